import { useMutation, useQueryClient } from '@tanstack/react-query'
import {
  Alert,
  Button,
  Card,
  Checkbox,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Select,
  Space,
  type RefSelectProps,
} from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import { useRef, useState, type KeyboardEvent } from 'react'
import { ApiError, apiRequest } from '../../api/client'
import { FormError } from '../../components/FormError'
import type { FormErrorState } from '../../components/formErrors'
import { PageHeader } from '../../components/PageHeader'
import { msg } from '../../messages'
import { activityPath, Link } from '../../router'
import { getIn, setIn, useKinds, type ActivityItem, type ActivityView } from './api'
import { dateFieldsOf, KindFields } from './kindFields'
import { am, kindLabels, levelLabels } from './messages'

interface CommitmentValues {
  question: string
  content: string
  ownerName: string
  workingDays?: number
}
interface FormValues {
  kind: string
  title: string
  startsOn: Dayjs
  startTime?: string
  status: 'held' | 'planned'
  place?: string
  unitCode?: string
  level?: string
  details: Record<string, unknown>
  participants: Record<string, number | null>
  publicSummary?: string
  published?: boolean
  commitments?: CommitmentValues[]
}

const toPath = (path: string): (string | number)[] =>
  path.split('.').map((s) => (/^\d+$/.test(s) ? Number(s) : s))

/**
 * Ghi nhận hoạt động, quick to fill after the event: the kind decides the fields, the participant counts
 * are one row of numbers, "copy last" fills the form from the latest activity of the kind, commitments are
 * added in the same form; Ctrl+Enter saves, and the form stays on the kind for the next one.
 */
export function ActivityFormPage() {
  const [form] = Form.useForm<FormValues>()
  const kinds = useKinds()
  const kind = Form.useWatch('kind', form) ?? 'dialogue'
  const info = kinds.data?.find((k) => k.code === kind)
  const [error, setError] = useState<FormErrorState | null>(null)
  const [notice, setNotice] = useState<string | null>(null)
  const [done, setDone] = useState<{ id: string; title: string } | null>(null)
  const first = useRef<RefSelectProps>(null)
  const queryClient = useQueryClient()

  const save = useMutation({
    mutationFn: (v: FormValues) => {
      const details = structuredClone(v.details ?? {}) as Record<string, unknown>
      for (const path of dateFieldsOf(v.kind)) {
        const value = getIn(v.details, path)
        setIn(details, path, dayjs.isDayjs(value) ? value.format('YYYY-MM-DD') : undefined)
      }
      const participants = Object.fromEntries(
        Object.entries(v.participants ?? {}).filter((e): e is [string, number] => typeof e[1] === 'number'),
      )
      return apiRequest<ActivityView>('/api/activities', {
        method: 'POST',
        body: {
          kind: v.kind,
          title: v.title,
          startsOn: v.startsOn.format('YYYY-MM-DD'),
          startTime: v.startTime || undefined,
          status: v.status,
          place: v.place || undefined,
          unitCode: v.unitCode || undefined,
          level: v.level || undefined,
          details,
          participants,
          publicSummary: v.publicSummary || undefined,
          published: v.published || undefined,
          commitments: v.commitments?.length
            ? v.commitments.map((c) => ({
                question: c.question,
                content: c.content,
                ownerName: c.ownerName,
                workingDays: c.workingDays ?? undefined,
              }))
            : undefined,
        },
      })
    },
    onSuccess: (result) => {
      setDone({ id: result.id, title: result.title })
      setError(null)
      setNotice(null)
      const keep = form.getFieldValue('kind') as string
      form.resetFields()
      form.setFieldsValue({ kind: keep })
      void queryClient.invalidateQueries({ queryKey: ['activities'] })
      void queryClient.invalidateQueries({ queryKey: ['commitments'] })
      first.current?.focus()
    },
    onError: (e) => {
      if (!(e instanceof ApiError)) return setError({ message: msg.common.unexpectedError, details: [] })
      form.setFields(e.fields.map((f) => ({ name: toPath(f.path), errors: [f.message] })))
      setError({ message: e.message, details: e.fields.map((f) => f.message) })
    },
  })

  const copyLast = async () => {
    const page = await apiRequest<{ items: ActivityItem[] }>('/api/activities', { query: { kind, limit: 1 } })
    const last = page.items[0]
    if (!last) return setNotice(am.nothingToCopy)
    const full = await apiRequest<ActivityView>(`/api/activities/${last.id}`)
    const details = structuredClone(full.details)
    for (const path of dateFieldsOf(kind)) {
      const value = getIn(full.details, path)
      setIn(details, path, typeof value === 'string' ? dayjs(value) : undefined)
    }
    form.setFieldsValue({
      title: full.title,
      place: full.place ?? undefined,
      details,
      participants: full.participants,
      publicSummary: full.publicSummary ?? undefined,
    })
    setNotice(am.copied(full.title))
  }

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) form.submit()
  }
  const followUp = info?.followUp?.kind

  return (
    <div onKeyDown={onKeyDown}>
      <PageHeader
        title={am.newTitle}
        extra={<Button onClick={() => void copyLast()}>{am.copyLast}</Button>}
      />
      {done && (
        <Alert
          type="success"
          role="status"
          showIcon
          title={`${am.saved} ${done.title}`}
          action={<Link to={activityPath(done.id)}>{am.open}</Link>}
          style={{ marginBottom: 16 }}
        />
      )}
      {notice && <Alert type="info" role="status" showIcon title={notice} style={{ marginBottom: 16 }} />}
      <FormError error={error} />
      <Form<FormValues>
        name="activity"
        form={form}
        layout="vertical"
        style={{ maxWidth: 980 }}
        initialValues={{ kind: 'dialogue', status: 'held', startsOn: dayjs() }}
        onFinish={(values) => save.mutate(values)}
      >
        <Space wrap size="large" align="start">
          <Form.Item name="kind" label={am.kind} rules={[{ required: true }]}>
            <Select
              ref={first}
              autoFocus
              style={{ minWidth: 280 }}
              options={Object.entries(kindLabels).map(([value, label]) => ({ value, label }))}
            />
          </Form.Item>
          <Form.Item
            name="startsOn"
            label={am.startsOn}
            rules={[{ required: true, message: msg.common.required(am.startsOn) }]}
          >
            <DatePicker format="DD/MM/YYYY" />
          </Form.Item>
          <Form.Item name="startTime" label={am.startTime}>
            <Input placeholder="08:00" style={{ width: 90 }} autoComplete="off" />
          </Form.Item>
          <Form.Item name="status" label={am.status}>
            <Select
              style={{ minWidth: 140 }}
              options={['held', 'planned'].map((s) => ({ value: s, label: am.statuses[s] }))}
            />
          </Form.Item>
          <Form.Item name="level" label={am.level}>
            <Select
              allowClear
              placeholder={am.levelAuto}
              style={{ minWidth: 200 }}
              options={Object.entries(levelLabels).map(([value, label]) => ({ value, label }))}
            />
          </Form.Item>
          <Form.Item name="unitCode" label={am.unitCode}>
            <Input style={{ width: 120 }} autoComplete="off" />
          </Form.Item>
        </Space>
        <Form.Item
          name="title"
          label={am.title}
          rules={[{ required: true, message: msg.common.required(am.title) }]}
        >
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item name="place" label={am.place}>
          <Input autoComplete="off" />
        </Form.Item>
        <Card size="small" title={am.details} style={{ marginBottom: 16 }}>
          <KindFields kind={kind} />
        </Card>
        <Card size="small" title={am.participants} style={{ marginBottom: 16 }}>
          <Space wrap size="large">
            {(info?.groups ?? []).map((g) => (
              <Form.Item key={g.code} name={['participants', g.code]} label={g.label}>
                <InputNumber min={0} style={{ width: 130 }} />
              </Form.Item>
            ))}
          </Space>
        </Card>
        {followUp && (
          <Card size="small" title={am.commitments} style={{ marginBottom: 16 }}>
            <Form.List name="commitments">
              {(fields, { add, remove }) => (
                <>
                  {fields.map((field, index) => (
                    <Space
                      key={field.key}
                      wrap
                      align="start"
                      style={{ marginBottom: 8 }}
                      aria-label={`${am.commitments} ${index + 1}`}
                    >
                      <Form.Item
                        name={[field.name, 'question']}
                        label={am.question}
                        rules={[{ required: true, message: msg.common.required(am.question) }]}
                      >
                        <Input.TextArea rows={2} style={{ width: 260 }} />
                      </Form.Item>
                      <Form.Item
                        name={[field.name, 'content']}
                        label={am.commitmentContent}
                        rules={[{ required: true, message: msg.common.required(am.commitmentContent) }]}
                      >
                        <Input.TextArea rows={2} style={{ width: 260 }} />
                      </Form.Item>
                      <Form.Item
                        name={[field.name, 'ownerName']}
                        label={am.ownerName}
                        rules={[{ required: true, message: msg.common.required(am.ownerName) }]}
                      >
                        <Input style={{ width: 220 }} autoComplete="off" />
                      </Form.Item>
                      <Form.Item name={[field.name, 'workingDays']} label={am.workingDays}>
                        <InputNumber min={1} max={250} style={{ width: 120 }} />
                      </Form.Item>
                      <Button onClick={() => remove(field.name)} style={{ marginTop: 30 }}>
                        {am.remove}
                      </Button>
                    </Space>
                  ))}
                  <Button onClick={() => add()}>
                    {followUp === 'recommendation' ? am.addRecommendation : am.addCommitment}
                  </Button>
                </>
              )}
            </Form.List>
          </Card>
        )}
        <Form.Item name="publicSummary" label={am.publicSummary}>
          <Input.TextArea rows={3} />
        </Form.Item>
        <Form.Item name="published" valuePropName="checked">
          <Checkbox>{am.published}</Checkbox>
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={save.isPending}>
          {am.submit}
        </Button>
      </Form>
    </div>
  )
}
