import { useQuery } from '@tanstack/react-query'
import { Alert, Card, Descriptions, Space, Table, Tag, Typography } from 'antd'
import { apiRequest } from '../../api/client'
import { PageHeader } from '../../components/PageHeader'
import { QueryError } from '../../components/QueryError'
import { formatDate } from '../../format'
import { Link, routes } from '../../router'
import type { ActivityView, CommitmentView } from './api'
import { ActivityFiles } from './ActivityFiles'
import { CommitmentActions } from './CommitmentActions'
import { useCan } from '../../session'
import { am } from './messages'

export function DueTag({ c }: { c: CommitmentView }) {
  if (c.daysLeft === null) return null
  const color = c.overdue ? 'red' : c.daysLeft <= 5 ? 'orange' : 'blue'
  return <Tag color={color}>{am.board.daysLeft(c.daysLeft)}</Tag>
}

/** Một hoạt động: what happened, who came, and its commitments followed to the end. */
export function ActivityPage({ id }: { id: string }) {
  const can = useCan()
  const query = useQuery({
    queryKey: ['activities', id],
    queryFn: () => apiRequest<ActivityView>(`/api/activities/${id}`),
  })
  if (query.isError) return <QueryError error={query.error} onRetry={() => void query.refetch()} />
  const a = query.data
  if (!a) return null
  const details = Object.entries(a.details).filter(([, v]) => typeof v !== 'object' || v === null)
  return (
    <>
      <PageHeader title={a.title} extra={<Link to={routes.activities}>{am.back}</Link>} />
      <Descriptions bordered size="small" column={2} style={{ marginBottom: 16 }}>
        <Descriptions.Item label={am.kind}>{a.kindLabel}</Descriptions.Item>
        <Descriptions.Item label={am.status}>{am.statuses[a.status] ?? a.status}</Descriptions.Item>
        <Descriptions.Item label={am.startsOn}>
          {formatDate(a.startsOn)} {a.startTime ?? ''}
        </Descriptions.Item>
        <Descriptions.Item label={am.level}>{a.levelLabel}</Descriptions.Item>
        <Descriptions.Item label={am.organization}>{a.organizationName}</Descriptions.Item>
        <Descriptions.Item label={am.unit}>
          {a.unit
            ? `${a.unit.name} (${a.unit.code})${a.unit.inForceToday ? '' : ` — ${am.historicalUnit}`}`
            : '—'}
        </Descriptions.Item>
        <Descriptions.Item label={am.place}>{a.place ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={am.participantsTotal}>{a.participantsTotal}</Descriptions.Item>
        {details.map(([k, v]) => (
          <Descriptions.Item key={k} label={(am.fields as Record<string, string>)[k] ?? k}>
            {String(v)}
          </Descriptions.Item>
        ))}
      </Descriptions>
      {a.checks.map((c) => (
        <Alert
          key={c.ruleKey}
          type={c.ok ? 'success' : 'warning'}
          showIcon
          title={c.message}
          description={c.source}
          style={{ marginBottom: 12 }}
        />
      ))}
      <Card size="small" title={am.participants} style={{ marginBottom: 16 }}>
        <Space wrap size="large">
          {a.participantGroups.map((g) => (
            <Typography.Text key={g.code}>
              {g.label}: <strong>{a.participants[g.code] ?? 0}</strong>
            </Typography.Text>
          ))}
        </Space>
      </Card>
      {a.publicSummary && (
        <Card size="small" title={am.publicSummary} style={{ marginBottom: 16 }}>
          <Typography.Paragraph style={{ margin: 0 }}>{a.publicSummary}</Typography.Paragraph>
        </Card>
      )}
      <ActivityFiles activityId={a.id} files={a.attachments} canUpload={can('activities.record')} />
      {a.followUp && (
        <Card size="small" title={am.commitments}>
          <Table<CommitmentView>
            rowKey="id"
            dataSource={a.commitments}
            pagination={false}
            locale={{ emptyText: am.board.empty }}
            scroll={{ x: 'max-content' }}
            columns={[
              { title: am.question, dataIndex: 'question' },
              { title: am.commitmentContent, dataIndex: 'content' },
              { title: am.ownerName, dataIndex: 'ownerName' },
              { title: am.dueDate, key: 'due', render: (_, c) => formatDate(c.dueDate) },
              { title: am.status, key: 'status', render: (_, c) => <Tag>{c.statusLabel}</Tag> },
              { title: '', key: 'left', render: (_, c) => <DueTag c={c} /> },
              { title: '', key: 'actions', render: (_, c) => <CommitmentActions commitment={c} /> },
            ]}
          />
        </Card>
      )}
    </>
  )
}
