import { useMutation } from '@tanstack/react-query'
import { DatePicker, Form, Input, Modal } from 'antd'
import type { Dayjs } from 'dayjs'
import { useState } from 'react'
import { apiRequest, ApiError } from '../../api/client'
import type { CaseDetail } from '../../api/types'
import { FormError } from '../../components/FormError'
import { applyApiError, type FormErrorState } from '../../components/formErrors'
import { AssigneePicker } from './AssigneePicker'
import { msg } from '../../messages'

type Action = CaseDetail['allowedActions'][number]
const LONG = new Set(['reason', 'result', 'answer', 'enforcementNote'])

/**
 * The form of one lifecycle step: exactly the fields the step requires, sent with the version the official
 * is looking at, so a concurrent change is refused (409) rather than overwritten.
 */
export function ActionForm(props: {
  caseId: string
  version: number
  action: Action
  onDone: (stale: boolean) => void
  onCancel: () => void
}) {
  const t = msg.cases
  const [form] = Form.useForm<Record<string, string | Dayjs | undefined>>()
  const [error, setError] = useState<FormErrorState | null>(null)
  const { action } = props
  const run = useMutation({
    mutationFn: (values: Record<string, string | Dayjs | undefined>) => {
      const body: Record<string, unknown> = { expectedVersion: props.version }
      for (const [key, value] of Object.entries(values))
        if (value) body[key] = typeof value === 'string' ? value : value.format('YYYY-MM-DD')
      return apiRequest(`/api/cases/${props.caseId}/actions/${action.action}`, { method: 'POST', body })
    },
    onSuccess: () => props.onDone(false),
    onError: (e) => {
      if (e instanceof ApiError && e.code === 'CONFLICT') props.onDone(true)
      else setError(applyApiError(form, e, action.required))
    },
  })
  return (
    <Modal
      open
      title={action.label}
      okText={t.confirm}
      cancelText={msg.common.cancel}
      confirmLoading={run.isPending}
      onOk={() => form.submit()}
      onCancel={props.onCancel}
      destroyOnHidden
    >
      <FormError error={error} />
      <Form name={`action-${action.action}`} form={form} layout="vertical" onFinish={(v) => run.mutate(v)}>
        {action.required.map((field, index) => {
          const label = t.actionFields[field] ?? field
          const rules = [{ required: true, message: msg.common.required(label) }]
          return (
            <Form.Item key={field} name={field} label={label} rules={rules}>
              {field.endsWith('Date') ? (
                <DatePicker format="DD/MM/YYYY" autoFocus={index === 0} />
              ) : field === 'assigneeId' ? (
                <AssigneePicker caseId={props.caseId} />
              ) : LONG.has(field) ? (
                <Input.TextArea rows={3} autoFocus={index === 0} />
              ) : (
                <Input autoComplete="off" autoFocus={index === 0} />
              )}
            </Form.Item>
          )
        })}
      </Form>
    </Modal>
  )
}
