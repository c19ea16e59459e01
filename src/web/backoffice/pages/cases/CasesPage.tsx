import { useQuery } from '@tanstack/react-query'
import { Button, Segmented, Select, Space, Table, Tag, Typography, type TableColumnsType } from 'antd'
import { useState } from 'react'
import { apiRequest } from '../../api/client'
import { useCaseFields, usePagedList } from '../../api/queries'
import type { CaseItem } from '../../api/types'
import { DeadlineBadge } from '../../components/DeadlineBadge'
import { LoadMore } from '../../components/LoadMore'
import { PageHeader } from '../../components/PageHeader'
import { QueryError } from '../../components/QueryError'
import { formatDateTime } from '../../format'
import { msg } from '../../messages'
import { casePath, Link, navigate, routes } from '../../router'
import { useCan } from '../../session'

type View = 'org' | 'mine' | 'dueSoon' | 'overdue'

const viewFilters: Record<View, Record<string, string>> = {
  org: {},
  mine: { mine: 'true' },
  dueSoon: { dueWithinDays: '3' },
  overdue: { overdue: 'true' },
}

const options = (labels: Record<string, string>) =>
  Object.entries(labels).map(([value, label]) => ({ value, label }))

/** Hộp hồ sơ: the unit's cases, mine, due soon, overdue; filtered by kind and field. */
export function CasesPage() {
  const t = msg.cases
  const fields = useCaseFields()
  const can = useCan()
  const [view, setView] = useState<View>('org')
  const [kind, setKind] = useState<string>()
  const [field, setField] = useState<string>()
  const list = usePagedList<CaseItem>(['cases'], '/api/cases', { ...viewFilters[view], kind, field })
  const counts = useQuery({
    queryKey: ['cases', 'counts'],
    queryFn: () => apiRequest<{ overdue: number; dueSoon: number }>('/api/cases/counts'),
  })

  const columns: TableColumnsType<CaseItem> = [
    {
      title: t.trackingCode,
      key: 'code',
      render: (_, c) => <Link to={casePath(c.id)}>{c.trackingCode}</Link>,
    },
    { title: t.kind, key: 'kind', render: (_, c) => t.kinds[c.kind as keyof typeof t.kinds] ?? c.kind },
    {
      title: t.summary,
      key: 'summary',
      render: (_, c) => (
        <Typography.Text ellipsis={{ tooltip: c.summary }} style={{ maxWidth: 320 }}>
          {c.summary}
        </Typography.Text>
      ),
    },
    { title: t.citizen, key: 'citizen', render: (_, c) => c.citizenName },
    { title: t.status, key: 'status', render: (_, c) => <Tag>{c.statusLabel}</Tag> },
    { title: t.receivedAt, key: 'receivedAt', render: (_, c) => formatDateTime(c.receivedAt) },
    { title: t.deadline, key: 'deadline', render: (_, c) => <DeadlineBadge deadline={c.deadline} /> },
  ]

  return (
    <>
      <PageHeader
        title={t.title}
        extra={
          can('cases.intake') && (
            <Button type="primary" onClick={() => navigate(routes.caseNew)}>
              {t.intake}
            </Button>
          )
        }
      />
      <Space wrap style={{ marginBottom: 16 }} role="search">
        <Segmented<View>
          value={view}
          onChange={setView}
          options={(Object.keys(t.views) as View[]).map((v) => ({ value: v, label: t.views[v] }))}
        />
        <Select
          allowClear
          aria-label={t.kind}
          placeholder={t.allKinds}
          value={kind}
          onChange={setKind}
          options={options(t.kinds)}
          style={{ minWidth: 160 }}
        />
        <Select
          allowClear
          aria-label={t.field}
          placeholder={t.allFields}
          value={field}
          onChange={setField}
          options={fields.options}
          style={{ minWidth: 220 }}
        />
        {counts.data && (
          <Typography.Text>{t.counts(counts.data.overdue, counts.data.dueSoon)}</Typography.Text>
        )}
      </Space>
      {list.isError && <QueryError error={list.error} onRetry={() => void list.refetch()} />}
      <Table<CaseItem>
        rowKey="id"
        columns={columns}
        dataSource={list.items}
        loading={list.isPending}
        pagination={false}
        locale={{ emptyText: t.empty }}
        scroll={{ x: 'max-content' }}
      />
      <LoadMore
        hasMore={list.hasNextPage}
        loading={list.isFetchingNextPage}
        onLoad={() => void list.fetchNextPage()}
      />
    </>
  )
}
