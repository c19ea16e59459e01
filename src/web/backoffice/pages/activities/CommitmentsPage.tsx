import { useQuery } from '@tanstack/react-query'
import { Card, Segmented, Space, Table, Tag, type TableColumnsType } from 'antd'
import { useState } from 'react'
import { fetchAllPages } from '../../api/client'
import { usePagedList } from '../../api/queries'
import { LoadMore } from '../../components/LoadMore'
import { PageHeader } from '../../components/PageHeader'
import { QueryError } from '../../components/QueryError'
import { formatDate } from '../../format'
import { activityPath, Link } from '../../router'
import { DueTag } from './ActivityPage'
import type { CommitmentView } from './api'
import { CommitmentActions } from './CommitmentActions'
import { am } from './messages'

type View = 'open' | 'dueSoon' | 'overdue' | 'all'
const filters: Record<View, Record<string, string>> = {
  open: { status: 'open' },
  dueSoon: { dueWithinDays: '5' },
  overdue: { overdue: 'true' },
  all: {},
}

/** Per owner: how many commitments are still open and how many of them are overdue. */
function ByOwner() {
  const open = useQuery({
    queryKey: ['commitments', 'by-owner'],
    queryFn: async () => [
      ...(await fetchAllPages<CommitmentView>('/api/commitments', { status: 'open' })),
      ...(await fetchAllPages<CommitmentView>('/api/commitments', { status: 'extended' })),
    ],
  })
  const rows = new Map<string, { owner: string; open: number; overdue: number }>()
  for (const c of open.data ?? []) {
    const row = rows.get(c.ownerName) ?? { owner: c.ownerName, open: 0, overdue: 0 }
    row.open++
    if (c.overdue) row.overdue++
    rows.set(c.ownerName, row)
  }
  return (
    <Card size="small" title={am.board.byOwner} style={{ marginBottom: 16 }}>
      <Table
        rowKey="owner"
        size="small"
        loading={open.isPending}
        pagination={false}
        dataSource={[...rows.values()].sort((a, b) => b.overdue - a.overdue || b.open - a.open)}
        columns={[
          { title: am.board.owner, dataIndex: 'owner' },
          { title: am.board.openCount, dataIndex: 'open', align: 'right' },
          {
            title: am.board.overdueCount,
            dataIndex: 'overdue',
            align: 'right',
            render: (n: number) => (n > 0 ? <Tag color="red">{n}</Tag> : 0),
          },
        ]}
      />
    </Card>
  )
}

/** Bảng theo dõi cam kết: open, due soon, overdue, by owner; each row with its allowed actions. */
export function CommitmentsPage() {
  const [view, setView] = useState<View>('overdue')
  const list = usePagedList<CommitmentView>(['commitments'], '/api/commitments', filters[view])
  const columns: TableColumnsType<CommitmentView> = [
    { title: am.board.due, key: 'due', render: (_, c) => formatDate(c.dueDate) },
    { title: '', key: 'left', render: (_, c) => <DueTag c={c} /> },
    { title: am.kind, key: 'kind', render: (_, c) => am.board.kinds[c.kind] },
    { title: am.commitmentContent, dataIndex: 'content' },
    { title: am.ownerName, dataIndex: 'ownerName' },
    {
      title: am.board.activity,
      key: 'activity',
      render: (_, c) => <Link to={activityPath(c.activityId)}>{c.activityTitle}</Link>,
    },
    { title: am.status, key: 'status', render: (_, c) => <Tag>{c.statusLabel}</Tag> },
    { title: '', key: 'actions', render: (_, c) => <CommitmentActions commitment={c} /> },
  ]
  return (
    <>
      <PageHeader title={am.board.title} />
      <Space wrap style={{ marginBottom: 16 }}>
        <Segmented<View>
          value={view}
          onChange={setView}
          options={(Object.keys(am.board.views) as View[]).map((v) => ({
            value: v,
            label: am.board.views[v],
          }))}
        />
      </Space>
      <ByOwner />
      {list.isError && <QueryError error={list.error} onRetry={() => void list.refetch()} />}
      <Table<CommitmentView>
        rowKey="id"
        columns={columns}
        dataSource={list.items}
        loading={list.isPending}
        pagination={false}
        locale={{ emptyText: am.board.empty }}
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
