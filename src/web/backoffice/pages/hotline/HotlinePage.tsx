import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import {
  Alert,
  Button,
  Card,
  DatePicker,
  Form,
  Input,
  List,
  Radio,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import { useState } from 'react'
import { apiRequest } from '../../api/client'
import { usePagedList, useCaseFields } from '../../api/queries'
import type { HotlineCall } from '../../api/types'
import { FormError } from '../../components/FormError'
import { applyApiError, type FormErrorState } from '../../components/formErrors'
import { LoadMore } from '../../components/LoadMore'
import { PageHeader } from '../../components/PageHeader'
import { formatDateTime } from '../../format'
import { msg } from '../../messages'
import { casePath, Link } from '../../router'
import { useCan } from '../../session'

interface CallValues {
  callerNumber: string
  callerName?: string
  calledAt: Dayjs
  kind: string
  field: string
  summary: string
  outcome: string
  answer?: string
}
interface EarlierCase {
  id: string
  trackingCode: string
  summary: string
  statusLabel: string
  receivedAt: string
}

const options = (labels: Record<string, string>) =>
  Object.entries(labels).map(([value, label]) => ({ value, label }))
const FIELDS = [
  'callerNumber',
  'callerName',
  'calledAt',
  'kind',
  'field',
  'summary',
  'outcome',
  'answer',
] as const

/** Màn hình trực đường dây nóng: log a call, see the caller's earlier cases, answer or open a case. */
export function HotlinePage() {
  const caseFields = useCaseFields()
  const t = msg.hotline
  const can = useCan()
  const [form] = Form.useForm<CallValues>()
  const [error, setError] = useState<FormErrorState | null>(null)
  const [done, setDone] = useState<string | null>(null)
  const [phone, setPhone] = useState('')
  const outcome = Form.useWatch('outcome', form)
  const queryClient = useQueryClient()
  const calls = usePagedList<HotlineCall>(['hotline'], '/api/hotline/calls')
  const monthStart = dayjs().startOf('month').format('YYYY-MM-DD')
  const monthEnd = dayjs().endOf('month').format('YYYY-MM-DD')
  const counts = useQuery({
    queryKey: ['hotline', 'counts', monthStart],
    queryFn: () =>
      apiRequest<{
        items: { period: string; total: number; answered: number; cases: number; pending: number }[]
      }>('/api/hotline/counts', { query: { period: 'day', from: monthStart, to: monthEnd } }),
  })
  const earlier = useQuery({
    queryKey: ['hotline', 'lookup', phone],
    enabled: phone.replace(/\D/g, '').length >= 8 && can('cases.read'),
    queryFn: () => apiRequest<{ items: EarlierCase[] }>('/api/hotline/lookup', { query: { phone } }),
  })
  const save = useMutation({
    mutationFn: (v: CallValues) =>
      apiRequest<HotlineCall>('/api/hotline/calls', {
        method: 'POST',
        body: {
          callerNumber: v.callerNumber,
          callerName: v.callerName || undefined,
          calledAt: v.calledAt.toISOString(),
          kind: v.kind,
          field: v.field,
          summary: v.summary,
          outcome: v.outcome,
          answer: v.answer || undefined,
        },
      }),
    onSuccess: (call) => {
      setDone(call.trackingCode ? t.savedCase(call.trackingCode) : t.saved)
      setError(null)
      form.resetFields()
      setPhone('')
      void queryClient.invalidateQueries({ queryKey: ['hotline'] })
    },
    onError: (e) => setError(applyApiError(form, e, FIELDS)),
  })

  return (
    <>
      <PageHeader title={t.title} />
      <Space align="start" wrap size="large" style={{ width: '100%' }}>
        {can('hotline.log') && (
          <Card title={t.logTitle} style={{ minWidth: 420, maxWidth: 640 }}>
            {done && (
              <Alert type="success" role="status" showIcon title={done} style={{ marginBottom: 12 }} />
            )}
            <FormError error={error} />
            <Form<CallValues>
              form={form}
              name="hotline"
              layout="vertical"
              initialValues={{ calledAt: dayjs(), kind: 'inquiry', field: 'other', outcome: 'answered' }}
              onFinish={(v) => save.mutate(v)}
            >
              <Space wrap>
                <Form.Item
                  name="callerNumber"
                  label={t.callerNumber}
                  rules={[{ required: true, message: msg.common.required(t.callerNumber) }]}
                >
                  <Input autoFocus autoComplete="off" onBlur={(e) => setPhone(e.target.value)} />
                </Form.Item>
                <Form.Item name="callerName" label={t.callerName}>
                  <Input autoComplete="off" />
                </Form.Item>
                <Form.Item name="calledAt" label={t.calledAt} rules={[{ required: true }]}>
                  <DatePicker showTime format="DD/MM/YYYY HH:mm" />
                </Form.Item>
              </Space>
              <Space wrap>
                <Form.Item name="kind" label={t.kind}>
                  <Select options={options(t.kinds)} style={{ minWidth: 160 }} />
                </Form.Item>
                <Form.Item name="field" label={msg.cases.field}>
                  <Select options={caseFields.options} style={{ minWidth: 220 }} />
                </Form.Item>
              </Space>
              <Form.Item
                name="summary"
                label={t.summary}
                rules={[{ required: true, message: msg.common.required(t.summary) }]}
              >
                <Input.TextArea rows={3} />
              </Form.Item>
              <Form.Item name="outcome" label={t.outcome}>
                <Radio.Group options={options(t.outcomes)} />
              </Form.Item>
              {outcome === 'answered' && (
                <Form.Item
                  name="answer"
                  label={t.answer}
                  rules={[{ required: true, message: msg.common.required(t.answer) }]}
                >
                  <Input.TextArea rows={2} />
                </Form.Item>
              )}
              <Button type="primary" htmlType="submit" loading={save.isPending}>
                {t.save}
              </Button>
            </Form>
          </Card>
        )}
        <Card title={t.earlier} style={{ minWidth: 320 }}>
          <List<EarlierCase>
            dataSource={earlier.data?.items ?? []}
            loading={earlier.isFetching}
            locale={{ emptyText: t.noEarlier }}
            renderItem={(c) => (
              <List.Item key={c.id}>
                <Space direction="vertical" size={0}>
                  <Link to={casePath(c.id)}>{c.trackingCode}</Link>
                  <Typography.Text>{c.summary}</Typography.Text>
                  <Typography.Text type="secondary">
                    {c.statusLabel} · {formatDateTime(c.receivedAt)}
                  </Typography.Text>
                </Space>
              </List.Item>
            )}
          />
        </Card>
        <Card title={t.counts} style={{ minWidth: 320 }}>
          <Table
            size="small"
            rowKey="period"
            pagination={false}
            dataSource={counts.data?.items ?? []}
            columns={[
              { title: msg.cases.receivedAt, dataIndex: 'period' },
              { title: t.total, dataIndex: 'total' },
              { title: t.outcomes.answered, dataIndex: 'answered' },
              { title: t.outcomes.case, dataIndex: 'cases' },
              { title: t.outcomes.pending, dataIndex: 'pending' },
            ]}
          />
        </Card>
      </Space>
      <Typography.Title level={4} style={{ marginTop: 24 }}>
        {t.log}
      </Typography.Title>
      <Table<HotlineCall>
        rowKey="id"
        dataSource={calls.items}
        loading={calls.isPending}
        pagination={false}
        locale={{ emptyText: t.empty }}
        scroll={{ x: 'max-content' }}
        columns={[
          { title: t.calledAt, key: 'at', render: (_, c) => formatDateTime(c.calledAt) },
          {
            title: t.callerNumber,
            key: 'n',
            render: (_, c) => `${c.callerNumber}${c.callerName ? ` · ${c.callerName}` : ''}`,
          },
          { title: t.kind, key: 'k', render: (_, c) => t.kinds[c.kind] ?? c.kind },
          { title: t.summary, key: 's', render: (_, c) => c.summary },
          {
            title: t.outcome,
            key: 'o',
            render: (_, c) =>
              c.caseId && c.trackingCode ? (
                <Link to={casePath(c.caseId)}>{c.trackingCode}</Link>
              ) : (
                <Tag>{t.outcomes[c.outcome] ?? c.outcome}</Tag>
              ),
          },
        ]}
      />
      <LoadMore
        hasMore={calls.hasNextPage}
        loading={calls.isFetchingNextPage}
        onLoad={() => void calls.fetchNextPage()}
      />
    </>
  )
}
