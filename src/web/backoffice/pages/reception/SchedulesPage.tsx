import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import {
  Alert,
  Button,
  Card,
  DatePicker,
  Flex,
  Form,
  Input,
  Select,
  Space,
  Table,
  Tag,
  type TableColumnsType,
} from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import { useState } from 'react'
import { apiRequest } from '../../api/client'
import { useMe } from '../../api/queries'
import { FormError } from '../../components/FormError'
import { applyApiError, type FormErrorState } from '../../components/formErrors'
import { OrganizationSelect } from '../../components/OrganizationSelect'
import { PageHeader } from '../../components/PageHeader'
import { QueryError } from '../../components/QueryError'
import { formatDate } from '../../format'
import { HoldSessionDialog } from './HoldSessionDialog'
import { receptionText as t } from './texts'

interface Session {
  id: string
  date: string
  startTime: string | null
  endTime: string | null
  kind: string
  hostRole: string
  hostName: string
  hostTitle: string
  place: string
  status: string
  conclusionNumber: string | null
  tasks: { id: string; direction: string; owner: string; dueDate: string; status: string }[]
}
interface Period {
  from: string
  to: string
  required: number
  per: string
  source: string
  scheduled: number
  held: number
  heldSessionIds: string[]
  short: boolean
  met: boolean
}
interface Compliance {
  hostRole: string
  hostName: string | null
  periods: Period[]
  warnings: string[]
}
interface ScheduleValues {
  date: Dayjs
  startTime?: string
  endTime?: string
  kind: string
  hostRole: string
  hostName: string
  hostTitle: string
  place: string
}

const FIELDS = [
  'date',
  'startTime',
  'endTime',
  'kind',
  'hostRole',
  'hostName',
  'hostTitle',
  'place',
  'online',
]

/**
 * Lịch tiếp công dân: the sessions of a period, the warning when a head's schedule falls short of the
 * minimum frequency in the rule book (per week or month, by the version in force), which held sessions met
 * it, and scheduling a new session.
 */
export function SchedulesPage() {
  const me = useMe()
  const queryClient = useQueryClient()
  const [form] = Form.useForm<ScheduleValues>()
  const [error, setError] = useState<FormErrorState | null>(null)
  const [holding, setHolding] = useState<string | null>(null)
  const [organization, setOrganization] = useState<string | undefined>(undefined)
  const [from, setFrom] = useState<Dayjs>(dayjs().startOf('month'))
  const [to, setTo] = useState<Dayjs>(dayjs().add(1, 'month').endOf('month'))
  const org = organization ?? me.data?.user.organizationId
  const query = { organization: org, from: from.format('YYYY-MM-DD'), to: to.format('YYYY-MM-DD') }
  const canManage = me.data?.permissions.includes('reception.manage') ?? false

  const sessions = useQuery({
    queryKey: ['reception-sessions', query],
    queryFn: () => apiRequest<{ items: Session[] }>('/api/reception/schedules', { query }),
    enabled: Boolean(org),
  })
  const compliance = useQuery({
    queryKey: ['reception-compliance', query],
    queryFn: () => apiRequest<{ items: Compliance[] }>('/api/reception/schedules/compliance', { query }),
    enabled: Boolean(org),
  })
  const schedule = useMutation({
    mutationFn: (v: ScheduleValues) =>
      apiRequest('/api/reception/schedules', {
        method: 'POST',
        body: {
          organizationId: org,
          date: v.date.format('YYYY-MM-DD'),
          startTime: v.startTime || undefined,
          endTime: v.endTime || undefined,
          kind: v.kind,
          hostRole: v.hostRole,
          hostName: v.hostName,
          hostTitle: v.hostTitle,
          place: v.place,
        },
      }),
    onSuccess: () => {
      setError(null)
      form.resetFields(['date'])
      void queryClient.invalidateQueries({ queryKey: ['reception-sessions'] })
      void queryClient.invalidateQueries({ queryKey: ['reception-compliance'] })
    },
    onError: (e) => setError(applyApiError(form, e, FIELDS)),
  })

  const completeTask = useMutation({
    mutationFn: (task: { id: string; result: string }) =>
      apiRequest(`/api/reception/tasks/${task.id}/done`, {
        method: 'POST',
        body: { doneOn: dayjs().format('YYYY-MM-DD'), result: task.result },
      }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['reception-sessions'] }),
  })

  const heldBy = new Set(
    compliance.data?.items.flatMap((c) => c.periods.flatMap((p) => p.heldSessionIds)) ?? [],
  )
  const columns: TableColumnsType<Session> = [
    { title: t.date, dataIndex: 'date', render: (v: string) => formatDate(v), width: 110 },
    {
      title: t.startTime,
      render: (_, s) => [s.startTime, s.endTime].filter(Boolean).join(' – '),
      width: 120,
    },
    { title: t.kind, dataIndex: 'kind', render: (v: string) => t.kinds[v] ?? v },
    { title: t.host, render: (_, s) => `${s.hostName} — ${s.hostTitle}` },
    { title: t.place, dataIndex: 'place' },
    {
      title: t.status,
      render: (_, s) => (
        <Space size={4} wrap>
          <Tag color={s.status === 'held' ? 'green' : s.status === 'cancelled' ? 'default' : 'blue'}>
            {t.statuses[s.status] ?? s.status}
          </Tag>
          {heldBy.has(s.id) && <Tag color="green">{t.met}</Tag>}
          {s.conclusionNumber && <Tag>{`${t.conclusion} ${s.conclusionNumber}`}</Tag>}
          {s.tasks.length > 0 && (
            <Tag>{`${t.tasks}: ${s.tasks.filter((k) => k.status === 'done').length}/${s.tasks.length}`}</Tag>
          )}
        </Space>
      ),
    },
    {
      title: t.actions,
      render: (_, s) =>
        canManage ? (
          <Flex vertical gap={4}>
            {s.status === 'planned' && (
              <Button size="small" onClick={() => setHolding(s.id)}>
                {t.hold}
              </Button>
            )}
            {s.tasks
              .filter((k) => k.status === 'open')
              .map((k) => (
                <Button
                  key={k.id}
                  size="small"
                  onClick={() => {
                    const result = window.prompt(t.taskResult)
                    if (result?.trim()) completeTask.mutate({ id: k.id, result: result.trim() })
                  }}
                >
                  {t.taskDone(k.direction)}
                </Button>
              ))}
          </Flex>
        ) : null,
    },
  ]

  const warnings = compliance.data?.items.flatMap((c) => c.warnings) ?? []
  return (
    <div>
      <PageHeader title={t.schedulesTitle} />
      <HoldSessionDialog sessionId={holding} onClose={() => setHolding(null)} />
      <Flex gap={12} wrap style={{ marginBottom: 16 }} align="center">
        <div style={{ minWidth: 280 }}>
          <OrganizationSelect value={org} onChange={setOrganization} />
        </div>
        <DatePicker
          aria-label={t.from}
          format="DD/MM/YYYY"
          value={from}
          allowClear={false}
          onChange={(v) => v && setFrom(v)}
        />
        <DatePicker
          aria-label={t.to}
          format="DD/MM/YYYY"
          value={to}
          allowClear={false}
          onChange={(v) => v && setTo(v)}
        />
      </Flex>
      {compliance.error && <QueryError error={compliance.error} />}
      {compliance.data && (
        <Card size="small" title={t.compliance} style={{ marginBottom: 16 }}>
          {warnings.length === 0 ? (
            <Alert type="success" showIcon title={t.complianceOk} />
          ) : (
            <Alert
              type="warning"
              role="alert"
              showIcon
              title={t.compliance}
              description={
                <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                  {warnings.map((w) => (
                    <li key={w}>{w}</li>
                  ))}
                </ul>
              }
            />
          )}
          {compliance.data.items.map((c) => (
            <div key={c.hostRole} style={{ marginTop: 12 }}>
              <strong>{t.hostRoles[c.hostRole] ?? c.hostRole}</strong>
              {c.hostName ? ` — ${c.hostName}` : ''}
              <Flex gap={6} wrap style={{ marginTop: 6 }}>
                {c.periods.map((p) => (
                  <Tag key={p.from} color={p.met ? 'green' : p.short ? 'red' : 'blue'} title={p.source}>
                    {`${formatDate(p.from)}–${formatDate(p.to)}: ${t.planned} ${p.scheduled}/${p.required}, ${t.heldCount} ${p.held}`}
                  </Tag>
                ))}
              </Flex>
            </div>
          ))}
        </Card>
      )}
      {sessions.error && <QueryError error={sessions.error} />}
      <Table<Session>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={sessions.data?.items ?? []}
        loading={sessions.isLoading}
        pagination={false}
        style={{ marginBottom: 24 }}
      />
      {canManage && (
        <Card size="small" title={t.schedule} style={{ maxWidth: 980 }}>
          <FormError error={error} />
          <Form<ScheduleValues>
            name="reception-schedule"
            form={form}
            layout="vertical"
            initialValues={{
              kind: 'periodic',
              hostRole: 'commune_chair',
              startTime: '08:00',
              endTime: '11:30',
            }}
            onFinish={(v) => schedule.mutate(v)}
          >
            <Space wrap size="large">
              <Form.Item name="date" label={t.date} rules={[{ required: true, message: t.date }]}>
                <DatePicker format="DD/MM/YYYY" />
              </Form.Item>
              <Form.Item name="startTime" label={t.startTime}>
                <Input style={{ width: 100 }} />
              </Form.Item>
              <Form.Item name="endTime" label={t.endTime}>
                <Input style={{ width: 100 }} />
              </Form.Item>
              <Form.Item name="kind" label={t.kind}>
                <Select
                  style={{ minWidth: 160 }}
                  options={Object.entries(t.kinds)
                    .filter(([k]) => k !== 'online')
                    .map(([value, label]) => ({ value, label }))}
                />
              </Form.Item>
              <Form.Item name="hostRole" label={t.hostRole}>
                <Select
                  style={{ minWidth: 240 }}
                  options={Object.entries(t.hostRoles).map(([value, label]) => ({ value, label }))}
                />
              </Form.Item>
              <Form.Item name="hostName" label={t.hostName} rules={[{ required: true, message: t.hostName }]}>
                <Input autoComplete="off" />
              </Form.Item>
              <Form.Item
                name="hostTitle"
                label={t.hostTitle}
                rules={[{ required: true, message: t.hostTitle }]}
              >
                <Input autoComplete="off" style={{ minWidth: 260 }} />
              </Form.Item>
              <Form.Item name="place" label={t.place} rules={[{ required: true, message: t.place }]}>
                <Input autoComplete="off" style={{ minWidth: 320 }} />
              </Form.Item>
            </Space>
            <Button type="primary" htmlType="submit" loading={schedule.isPending}>
              {t.schedule}
            </Button>
          </Form>
        </Card>
      )}
    </div>
  )
}
