import { useMutation, useQueryClient } from '@tanstack/react-query'
import { App, Button, Flex, Form, Input, Modal, Select } from 'antd'
import { useState } from 'react'
import { apiRequest } from '../../api/client'
import { queryKeys } from '../../api/queries'
import type { CalendarOverride, OverrideKind } from '../../api/types'
import { FormError } from '../../components/FormError'
import { applyApiError, type FormErrorState } from '../../components/formErrors'
import { msg } from '../../messages'

interface OverrideValues {
  date: string
  kind: OverrideKind
  name: string
  legalAct: string
  province?: string
}

const FIELDS = ['date', 'kind', 'name', 'legalAct', 'province'] as const
const KINDS: OverrideKind[] = ['day_off', 'working_day', 'not_off']

/** Enters an announced day off, cancelled day off or swapped working day, with its legal act. */
export function OverrideFormModal({
  defaultProvince,
  onClose,
}: {
  /** The unit admin's own province; null for a system admin (nationwide by default). */
  defaultProvince: string | null
  onClose: () => void
}) {
  const t = msg.calendar
  const { message } = App.useApp()
  const queryClient = useQueryClient()
  const [form] = Form.useForm<OverrideValues>()
  const [formError, setFormError] = useState<FormErrorState | null>(null)

  const save = useMutation({
    mutationFn: (values: OverrideValues) =>
      apiRequest<CalendarOverride>('/api/calendar/overrides', {
        method: 'POST',
        body: { ...values, province: values.province?.trim() || null },
      }),
    onSuccess: (saved) => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.calendar })
      message.success(t.added(saved.name))
      onClose()
    },
    onError: (error) => setFormError(applyApiError(form, error, FIELDS)),
  })

  return (
    <Modal open title={t.addTitle} onCancel={onClose} footer={null} destroyOnHidden>
      <FormError error={formError} />
      <Form<OverrideValues>
        name="calendarOverride"
        form={form}
        layout="vertical"
        initialValues={{ kind: 'day_off', province: defaultProvince ?? undefined }}
        onFinish={(values) => {
          setFormError(null)
          save.mutate(values)
        }}
      >
        <Form.Item
          name="date"
          label={t.date}
          rules={[{ required: true, message: msg.common.required(t.date) }]}
        >
          <Input type="date" autoFocus />
        </Form.Item>
        <Form.Item
          name="kind"
          label={t.kind}
          rules={[{ required: true, message: msg.common.requiredSelect(t.kind) }]}
        >
          <Select options={KINDS.map((kind) => ({ value: kind, label: msg.overrideKind(kind) }))} />
        </Form.Item>
        <Form.Item
          name="name"
          label={t.name}
          rules={[{ required: true, whitespace: true, message: msg.common.required(t.name) }]}
        >
          <Input autoComplete="off" placeholder={t.namePlaceholder} />
        </Form.Item>
        <Form.Item
          name="legalAct"
          label={t.legalAct}
          rules={[{ required: true, whitespace: true, message: msg.common.required(t.legalAct) }]}
        >
          <Input autoComplete="off" placeholder={t.legalActPlaceholder} />
        </Form.Item>
        <Form.Item name="province" label={t.province} extra={t.provinceFieldHint}>
          <Input autoComplete="off" style={{ width: 100 }} />
        </Form.Item>
        <Flex justify="end" gap={8}>
          <Button onClick={onClose}>{msg.common.cancel}</Button>
          <Button type="primary" htmlType="submit" loading={save.isPending}>
            {msg.common.create}
          </Button>
        </Flex>
      </Form>
    </Modal>
  )
}
