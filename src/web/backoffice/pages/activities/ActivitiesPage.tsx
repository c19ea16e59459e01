import { useQuery } from '@tanstack/react-query'
import {
  Button,
  Calendar,
  Segmented,
  Select,
  Space,
  Table,
  Tag,
  Typography,
  type TableColumnsType,
} from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import { useState } from 'react'
import { fetchAllPages } from '../../api/client'
import { usePagedList } from '../../api/queries'
import { LoadMore } from '../../components/LoadMore'
import { PageHeader } from '../../components/PageHeader'
import { QueryError } from '../../components/QueryError'
import { formatDate } from '../../format'
import { activityPath, Link, navigate, routes } from '../../router'
import { useCan } from '../../session'
import type { ActivityItem } from './api'
import { am, kindLabels } from './messages'

type View = 'all' | 'upcoming' | 'calendar'

/** The month calendar of activities (held and planned), each day listing its titles. */
function MonthCalendar({ kind }: { kind?: string }) {
  const [month, setMonth] = useState<Dayjs>(dayjs())
  const from = month.startOf('month').format('YYYY-MM-DD')
  const to = month.endOf('month').format('YYYY-MM-DD')
  const items = useQuery({
    queryKey: ['activities', 'month', from, kind],
    queryFn: () => fetchAllPages<ActivityItem>('/api/activities', { from, to, kind }),
  })
  const byDay = new Map<string, ActivityItem[]>()
  for (const a of items.data ?? []) byDay.set(a.startsOn, [...(byDay.get(a.startsOn) ?? []), a])
  return (
    <Calendar
      value={month}
      onPanelChange={(d) => setMonth(d)}
      onSelect={(d) => setMonth(d)}
      cellRender={(d, info) => {
        if (info.type !== 'date') return info.originNode
        return (
          <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
            {(byDay.get(d.format('YYYY-MM-DD')) ?? []).map((a) => (
              <li key={a.id}>
                <Link to={activityPath(a.id)}>
                  <Typography.Text
                    ellipsis
                    style={{ maxWidth: 140, fontSize: 12 }}
                    type={a.status === 'planned' ? 'warning' : undefined}
                  >
                    {a.startTime ? `${a.startTime} ` : ''}
                    {a.title}
                  </Typography.Text>
                </Link>
              </li>
            ))}
          </ul>
        )
      }}
    />
  )
}

/** Hoạt động dân vận: the register, the upcoming ones (soonest first) and a month calendar. */
export function ActivitiesPage() {
  const can = useCan()
  const [view, setView] = useState<View>('all')
  const [kind, setKind] = useState<string>()
  const list = usePagedList<ActivityItem>(['activities'], '/api/activities', {
    kind,
    upcoming: view === 'upcoming' ? 'true' : undefined,
  })
  const columns: TableColumnsType<ActivityItem> = [
    {
      title: am.startsOn,
      key: 'date',
      render: (_, a) => `${formatDate(a.startsOn)}${a.startTime ? ` ${a.startTime}` : ''}`,
    },
    { title: am.title, key: 'title', render: (_, a) => <Link to={activityPath(a.id)}>{a.title}</Link> },
    { title: am.kind, key: 'kind', render: (_, a) => a.kindLabel },
    { title: am.level, key: 'level', render: (_, a) => a.levelLabel },
    { title: am.organization, dataIndex: 'organizationName' },
    { title: am.participantsTotal, dataIndex: 'participantsTotal', align: 'right' },
    { title: am.status, key: 'status', render: (_, a) => <Tag>{am.statuses[a.status] ?? a.status}</Tag> },
  ]
  return (
    <>
      <PageHeader
        title={am.listTitle}
        extra={
          can('activities.record') && (
            <Button type="primary" onClick={() => navigate(routes.activityNew)}>
              {am.record}
            </Button>
          )
        }
      />
      <Space wrap style={{ marginBottom: 16 }} role="search">
        <Segmented<View>
          value={view}
          onChange={setView}
          options={(Object.keys(am.views) as View[]).map((v) => ({ value: v, label: am.views[v] }))}
        />
        <Select
          allowClear
          aria-label={am.kind}
          placeholder={am.allKinds}
          value={kind}
          onChange={setKind}
          options={Object.entries(kindLabels).map(([value, label]) => ({ value, label }))}
          style={{ minWidth: 260 }}
        />
      </Space>
      {view === 'calendar' ? (
        <MonthCalendar kind={kind} />
      ) : (
        <>
          {list.isError && <QueryError error={list.error} onRetry={() => void list.refetch()} />}
          <Table<ActivityItem>
            rowKey="id"
            columns={columns}
            dataSource={list.items}
            loading={list.isPending}
            pagination={false}
            locale={{ emptyText: view === 'upcoming' ? am.upcomingEmpty : am.empty }}
            scroll={{ x: 'max-content' }}
          />
          <LoadMore
            hasMore={list.hasNextPage}
            loading={list.isFetchingNextPage}
            onLoad={() => void list.fetchNextPage()}
          />
        </>
      )}
    </>
  )
}
