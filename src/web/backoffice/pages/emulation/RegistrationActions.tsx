import { useMutation, useQueryClient } from '@tanstack/react-query'
import { App, Button, DatePicker, Form, Input, Modal, Select, Space } from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import { useState } from 'react'
import { ApiError, apiRequest } from '../../api/client'
import { msg } from '../../messages'
import type { Outcome, Registration } from './api'
import { em } from './messages'
import { OutcomeFields } from './OutcomeFields'

interface Values {
  date?: Dayjs
  results?: Outcome[]
  councilOpinion?: string
  boardOpinion?: string
  proposal?: string
  commendationTitle?: string
  awardedBy?: string
  decisionNumber?: string
  decidedOn?: Dayjs
  reason?: string
}

/** The year-end steps a registration allows the caller: self-assessment, review, commendation or not. */
export function RegistrationActions({ registration }: { registration: Registration }) {
  const [action, setAction] = useState<{ action: string; label: string } | null>(null)
  const { message } = App.useApp()
  const [form] = Form.useForm<Values>()
  const queryClient = useQueryClient()
  const run = useMutation({
    mutationFn: (v: Values) =>
      apiRequest<Registration>(`/api/emulation/registrations/${registration.id}/actions/${action?.action}`, {
        method: 'POST',
        body: {
          ...v,
          date: v.date?.format('YYYY-MM-DD'),
          decidedOn: v.decidedOn?.format('YYYY-MM-DD'),
          expectedVersion: registration.version,
        },
      }),
    onSuccess: () => {
      setAction(null)
      form.resetFields()
      void message.success(em.done)
      void queryClient.invalidateQueries({ queryKey: ['emulation'] })
    },
    onError: (e) => {
      if (e instanceof ApiError && e.fields.length)
        form.setFields(e.fields.map((f) => ({ name: f.path.split('.') as never, errors: [f.message] })))
      else void message.error(e instanceof ApiError ? e.message : msg.common.unexpectedError)
    },
  })
  const required = (label: string) => [{ required: true, message: msg.common.required(label) }]
  const a = action?.action
  return (
    <>
      <Space wrap>
        {registration.allowedActions.map((x) => (
          <Button key={x.action} size="small" onClick={() => setAction(x)}>
            {x.label}
          </Button>
        ))}
      </Space>
      <Modal
        open={action !== null}
        width={720}
        title={`${action?.label ?? ''}: ${registration.personName ?? registration.organizationName}`}
        okText={em.confirm}
        cancelText={msg.common.cancel}
        confirmLoading={run.isPending}
        onOk={() => form.submit()}
        onCancel={() => setAction(null)}
        destroyOnHidden
      >
        <Form<Values>
          form={form}
          layout="vertical"
          initialValues={{ date: dayjs(), decidedOn: dayjs() }}
          onFinish={(v) => run.mutate(v)}
        >
          {a !== 'commend' && (
            <Form.Item name="date" label={em.date}>
              <DatePicker format="DD/MM/YYYY" />
            </Form.Item>
          )}
          {a === 'self_assess' && <OutcomeFields items={registration.targets} />}
          {a === 'review' && (
            <>
              <Form.Item name="councilOpinion" label={em.councilOpinion} rules={required(em.councilOpinion)}>
                <Input.TextArea rows={2} />
              </Form.Item>
              <Form.Item name="boardOpinion" label={em.boardOpinion} rules={required(em.boardOpinion)}>
                <Input.TextArea rows={2} />
              </Form.Item>
              <Form.Item name="proposal" label={em.proposal} rules={required(em.proposal)}>
                <Select options={Object.entries(em.proposals).map(([value, label]) => ({ value, label }))} />
              </Form.Item>
            </>
          )}
          {a === 'commend' && (
            <>
              <Form.Item
                name="commendationTitle"
                label={em.commendationTitle}
                rules={required(em.commendationTitle)}
              >
                <Input autoComplete="off" />
              </Form.Item>
              <Form.Item name="awardedBy" label={em.awardedBy} rules={required(em.awardedBy)}>
                <Input autoComplete="off" />
              </Form.Item>
              <Form.Item name="decisionNumber" label={em.decisionNumber} rules={required(em.decisionNumber)}>
                <Input autoComplete="off" />
              </Form.Item>
              <Form.Item name="decidedOn" label={em.decidedOn} rules={required(em.decidedOn)}>
                <DatePicker format="DD/MM/YYYY" />
              </Form.Item>
            </>
          )}
          {a === 'not_commend' && (
            <Form.Item name="reason" label={em.reason} rules={required(em.reason)}>
              <Input.TextArea rows={2} />
            </Form.Item>
          )}
        </Form>
      </Modal>
    </>
  )
}
