import { PlusOutlined } from '@ant-design/icons'
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import {
  App,
  Button,
  Card,
  Col,
  Flex,
  Form,
  Input,
  InputNumber,
  List,
  Popconfirm,
  Row,
  Space,
  Table,
  Tag,
  Typography,
  type TableColumnsType,
} from 'antd'
import { useState, type ReactNode } from 'react'
import { apiRequest } from '../../api/client'
import { queryKeys } from '../../api/queries'
import type { CalendarOverride, HolidayEntry, Page } from '../../api/types'
import { PageHeader } from '../../components/PageHeader'
import { QueryError } from '../../components/QueryError'
import { formatDate, weekdayName } from '../../format'
import { msg } from '../../messages'
import { useCan, useSession } from '../../session'
import { OverrideFormModal } from './OverrideFormModal'

const KIND_COLORS: Record<string, string> = {
  holiday: 'red',
  compensatory: 'volcano',
  day_off: 'orange',
  working_day: 'blue',
  not_off: 'default',
}

interface Filters {
  year: number
  province?: string
}

/** The twelve months of a year with their days off, by month. */
function YearView({ entries }: { entries: HolidayEntry[] }) {
  const t = msg.calendar
  return (
    <Row gutter={[12, 12]} style={{ marginBottom: 24 }}>
      {Array.from({ length: 12 }, (_, index) => {
        const month = index + 1
        const ofMonth = entries.filter((e) => Number(e.date.slice(5, 7)) === month)
        return (
          <Col key={month} xs={24} sm={12} lg={8} xl={6}>
            <Card size="small" title={<h2 style={{ fontSize: 15, margin: 0 }}>{t.month(month)}</h2>}>
              {ofMonth.length === 0 ? (
                <Typography.Text type="secondary">{t.noDaysOff}</Typography.Text>
              ) : (
                <List
                  size="small"
                  split={false}
                  dataSource={ofMonth}
                  renderItem={(e) => (
                    <List.Item style={{ paddingInline: 0, display: 'block' }}>
                      <strong>{formatDate(e.date).slice(0, 5)}</strong> {weekdayName(e.date)} · {e.name}{' '}
                      <Tag color={KIND_COLORS[e.kind]}>{msg.holidayKind(e.kind)}</Tag>
                    </List.Item>
                  )}
                />
              )}
            </Card>
          </Col>
        )
      })}
    </Row>
  )
}

export function CalendarPage() {
  const t = msg.calendar
  const me = useSession()
  const can = useCan()
  const { message } = App.useApp()
  const queryClient = useQueryClient()
  const [form] = Form.useForm<Filters>()
  const [filters, setFilters] = useState<Filters>({ year: new Date().getFullYear() })
  const [adding, setAdding] = useState(false)
  const province = filters.province?.trim() || undefined

  const holidays = useQuery({
    queryKey: [...queryKeys.calendar, 'holidays', filters.year, province],
    queryFn: () =>
      apiRequest<Page<HolidayEntry>>('/api/calendar/holidays', { query: { year: filters.year, province } }),
  })
  const overrides = useQuery({
    queryKey: [...queryKeys.calendar, 'overrides', filters.year],
    queryFn: () =>
      apiRequest<Page<CalendarOverride>>('/api/calendar/overrides', { query: { year: filters.year } }),
  })

  const change = useMutation({
    mutationFn: ({ override, action }: { override: CalendarOverride; action: 'remove' | 'toggle' }) =>
      action === 'remove'
        ? apiRequest<undefined>(`/api/calendar/overrides/${override.id}`, { method: 'DELETE' })
        : apiRequest<CalendarOverride>(`/api/calendar/overrides/${override.id}`, {
            method: 'PATCH',
            body: { active: !override.active },
          }),
    onSuccess: (_, { override, action }) => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.calendar })
      message.success(action === 'remove' ? t.removed(override.name) : msg.common.saved)
    },
    onError: (error) => message.error(error.message),
  })

  const manage = can('calendar.manage')
  const columns: TableColumnsType<CalendarOverride> = [
    {
      title: t.date,
      key: 'date',
      render: (_, o) =>
        o.recurring ? `${formatDate(o.date).slice(0, 5)} (${t.recurring})` : formatDate(o.date),
    },
    {
      title: t.kind,
      key: 'kind',
      render: (_, o) => <Tag color={KIND_COLORS[o.kind]}>{msg.overrideKind(o.kind)}</Tag>,
    },
    { title: t.name, dataIndex: 'name', key: 'name' },
    { title: t.legalAct, dataIndex: 'legalAct', key: 'legalAct' },
    {
      title: t.scope,
      key: 'scope',
      render: (_, o) => (o.province ? t.provinceScope(o.province) : t.nationwide),
    },
    {
      title: t.status,
      key: 'status',
      render: (_, o) => <Tag color={o.active ? 'green' : 'default'}>{o.active ? t.active : t.inactive}</Tag>,
    },
    ...(manage
      ? [
          {
            title: msg.common.actions,
            key: 'actions',
            render: (_: unknown, o: CalendarOverride) => (
              <Space>
                <Popconfirm
                  title={o.active ? t.deactivateConfirm(o.name) : t.activateConfirm(o.name)}
                  okText={msg.common.yes}
                  cancelText={msg.common.no}
                  onConfirm={() => change.mutate({ override: o, action: 'toggle' })}
                >
                  <Button size="small">{o.active ? t.deactivate : t.activate}</Button>
                </Popconfirm>
                <Popconfirm
                  title={t.removeConfirm(o.name)}
                  okText={msg.common.yes}
                  cancelText={msg.common.no}
                  onConfirm={() => change.mutate({ override: o, action: 'remove' })}
                >
                  <Button size="small" danger>
                    {t.remove}
                  </Button>
                </Popconfirm>
              </Space>
            ),
          },
        ]
      : []),
  ]

  return (
    <>
      <PageHeader title={t.title} />
      <Form<Filters>
        name="calendarFilter"
        form={form}
        layout="inline"
        initialValues={filters}
        onFinish={(values) => setFilters({ year: values.year, province: values.province })}
        style={{ marginBottom: 16, rowGap: 8 }}
      >
        <Form.Item
          name="year"
          label={t.year}
          rules={[{ required: true, message: msg.common.required(t.year) }]}
        >
          <InputNumber min={1990} max={2100} precision={0} />
        </Form.Item>
        <Form.Item name="province" label={t.province} tooltip={t.provinceHint}>
          <Input autoComplete="off" style={{ width: 80 }} />
        </Form.Item>
        <Button type="primary" htmlType="submit">
          {t.show}
        </Button>
      </Form>
      {holidays.isError && <QueryError error={holidays.error} onRetry={() => void holidays.refetch()} />}
      {holidays.data && (
        <>
          <Typography.Paragraph type="secondary">
            {t.yearSummary(holidays.data.items.filter((e) => e.kind !== 'working_day').length)}
          </Typography.Paragraph>
          <YearView entries={holidays.data.items} />
        </>
      )}
      <PageHeaderSection
        action={
          manage ? (
            <Button icon={<PlusOutlined aria-hidden />} onClick={() => setAdding(true)}>
              {t.add}
            </Button>
          ) : null
        }
      />
      {overrides.isError && <QueryError error={overrides.error} onRetry={() => void overrides.refetch()} />}
      <Table<CalendarOverride>
        rowKey="id"
        columns={columns}
        dataSource={overrides.data?.items ?? []}
        loading={overrides.isPending}
        pagination={false}
        locale={{ emptyText: t.emptyOverrides }}
        scroll={{ x: 'max-content' }}
      />
      {adding && (
        <OverrideFormModal
          defaultProvince={!me.roles.includes('system_admin') ? me.organization.provinceCode : null}
          onClose={() => setAdding(false)}
        />
      )}
    </>
  )
}

function PageHeaderSection({ action }: { action: ReactNode }) {
  const t = msg.calendar
  return (
    <Flex vertical gap={4} style={{ marginBottom: 12 }}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={2} style={{ fontSize: 18, margin: 0 }}>
          {t.overridesTitle}
        </Typography.Title>
        {action}
      </Flex>
      <Typography.Text type="secondary">{t.overridesHint}</Typography.Text>
    </Flex>
  )
}
