import { useMutation, useQueryClient } from '@tanstack/react-query'
import { Alert, Button, Checkbox, DatePicker, Form, Input, Select, Space, type RefSelectProps } from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import { useRef, useState, type KeyboardEvent } from 'react'
import { apiRequest } from '../../api/client'
import { FormError } from '../../components/FormError'
import { applyApiError, type FormErrorState } from '../../components/formErrors'
import { PageHeader } from '../../components/PageHeader'
import { msg } from '../../messages'
import { useCaseFields } from '../../api/queries'
import { casePath, Link } from '../../router'
import { DuplicatePanel, type LinkedMatter } from './DuplicatePanel'

interface IntakeValues {
  kind: string
  channel: string
  receivedAt: Dayjs
  fullName?: string
  idNumber?: string
  phone?: string
  unitCode?: string
  addressDetail?: string
  anonymous?: boolean
  summary: string
  content: string
  field?: string
}

const FIELDS = ['kind', 'channel', 'receivedAt', 'citizen', 'summary', 'content', 'field'] as const
const options = (labels: Record<string, string>) =>
  Object.entries(labels).map(([value, label]) => ({ value, label }))

/**
 * Tiếp nhận đơn, built for speed at the reception desk: the first field has focus, Tab walks the form in
 * reading order, Ctrl+Enter submits from anywhere, and after saving the form clears for the next citizen.
 */
export function IntakePage() {
  const t = msg.cases
  const fields = useCaseFields()
  const [form] = Form.useForm<IntakeValues>()
  const [error, setError] = useState<FormErrorState | null>(null)
  const [done, setDone] = useState<{ id: string; trackingCode: string } | null>(null)
  const first = useRef<RefSelectProps>(null)
  const queryClient = useQueryClient()
  const kind = Form.useWatch('kind', form)
  const anonymous = Form.useWatch('anonymous', form)
  const [matter, setMatter] = useState<LinkedMatter | null>(null)
  const probe = {
    fullName: Form.useWatch('fullName', form),
    idNumber: Form.useWatch('idNumber', form),
    phone: Form.useWatch('phone', form),
    unitCode: Form.useWatch('unitCode', form),
    addressDetail: Form.useWatch('addressDetail', form),
    summary: Form.useWatch('summary', form),
    content: Form.useWatch('content', form),
  }

  const intake = useMutation({
    mutationFn: (v: IntakeValues) =>
      apiRequest<{ id: string; trackingCode: string }>('/api/cases', {
        method: 'POST',
        body: {
          kind: v.kind,
          channel: v.channel,
          receivedAt: v.receivedAt.toISOString(),
          summary: v.summary,
          content: v.content,
          field: v.field,
          anonymous: v.anonymous || undefined,
          matterId: matter?.matterId,
          citizen: v.anonymous
            ? undefined
            : {
                fullName: v.fullName ?? '',
                idNumber: v.idNumber || undefined,
                phone: v.phone || undefined,
                address: v.unitCode ? { unitCode: v.unitCode, detail: v.addressDetail ?? '' } : undefined,
              },
        },
      }),
    onSuccess: (result) => {
      setDone(result)
      setError(null)
      form.resetFields()
      setMatter(null)
      void queryClient.invalidateQueries({ queryKey: ['cases'] })
      first.current?.focus()
    },
    onError: (e) => setError(applyApiError(form, e, FIELDS)),
  })

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) form.submit()
  }

  return (
    <div onKeyDown={onKeyDown}>
      <PageHeader title={t.intakeTitle} />
      {done && (
        <Alert
          type="success"
          role="status"
          showIcon
          title={t.intakeDone(done.trackingCode)}
          action={<Link to={casePath(done.id)}>{t.open}</Link>}
          style={{ marginBottom: 16 }}
        />
      )}
      <FormError error={error} />
      <Form<IntakeValues>
        name="intake"
        form={form}
        layout="vertical"
        style={{ maxWidth: 760 }}
        initialValues={{ kind: 'complaint', channel: 'in_person', receivedAt: dayjs(), field: 'other' }}
        onFinish={(values) => intake.mutate(values)}
      >
        <Space wrap size="large">
          <Form.Item name="kind" label={t.kind} rules={[{ required: true }]}>
            <Select ref={first} autoFocus options={options(t.kinds)} style={{ minWidth: 180 }} />
          </Form.Item>
          <Form.Item name="channel" label={t.channel} rules={[{ required: true }]}>
            <Select options={options(t.channels)} style={{ minWidth: 200 }} />
          </Form.Item>
          <Form.Item name="receivedAt" label={t.receivedAt} rules={[{ required: true }]}>
            <DatePicker showTime format="DD/MM/YYYY HH:mm" />
          </Form.Item>
          <Form.Item name="field" label={t.field}>
            <Select options={fields.options} style={{ minWidth: 220 }} />
          </Form.Item>
        </Space>
        <Form.Item name="anonymous" valuePropName="checked">
          <Checkbox>{t.anonymous}</Checkbox>
        </Form.Item>
        {!anonymous && (
          <Space wrap size="large">
            <Form.Item
              name="fullName"
              label={t.fullName}
              rules={[{ required: true, message: msg.common.required(t.fullName) }]}
            >
              <Input autoComplete="off" style={{ minWidth: 260 }} />
            </Form.Item>
            <Form.Item name="idNumber" label={t.idNumber}>
              <Input autoComplete="off" />
            </Form.Item>
            <Form.Item name="phone" label={t.phone}>
              <Input autoComplete="off" />
            </Form.Item>
            <Form.Item name="unitCode" label={t.unitCode}>
              <Input autoComplete="off" style={{ width: 120 }} />
            </Form.Item>
            <Form.Item name="addressDetail" label={t.addressDetail}>
              <Input autoComplete="off" style={{ minWidth: 260 }} />
            </Form.Item>
          </Space>
        )}
        {kind === 'denunciation' && !anonymous && (
          <Alert type="info" showIcon title={t.protectedHint} style={{ marginBottom: 16 }} />
        )}
        <Form.Item
          name="summary"
          label={t.summary}
          rules={[{ required: true, message: msg.common.required(t.summary) }]}
        >
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="content"
          label={t.content}
          rules={[{ required: true, message: msg.common.required(t.content) }]}
        >
          <Input.TextArea rows={5} />
        </Form.Item>
        <DuplicatePanel probe={probe} linked={matter} onLink={setMatter} />
        <Button type="primary" htmlType="submit" loading={intake.isPending}>
          {t.submitIntake}
        </Button>
      </Form>
    </div>
  )
}
