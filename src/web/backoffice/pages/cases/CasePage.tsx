import { useQuery, useQueryClient } from '@tanstack/react-query'
import { App, Button, Card, Descriptions, Empty, Space, Tag, Timeline, Typography } from 'antd'
import dayjs from 'dayjs'
import { useState } from 'react'
import { apiRequest } from '../../api/client'
import type { CaseDetail, CaseEvent, Page } from '../../api/types'
import { DeadlineBadge } from '../../components/DeadlineBadge'
import { PageHeader } from '../../components/PageHeader'
import { QueryError } from '../../components/QueryError'
import { formatDateTime } from '../../format'
import { msg } from '../../messages'
import { useCaseFields } from '../../api/queries'
import { ActionForm } from './ActionForm'
import { CaseAttachments } from './CaseAttachments'
import { CaseDocuments } from './CaseDocuments'
import { useCan } from '../../session'

/** Một hồ sơ: its facts, deadline, the steps the official may take now, and its timeline. */
export function CasePage({ id }: { id: string }) {
  const t = msg.cases
  const fields = useCaseFields()
  const { message } = App.useApp()
  const queryClient = useQueryClient()
  const [action, setAction] = useState<CaseDetail['allowedActions'][number] | null>(null)
  const can = useCan()
  const detail = useQuery({
    queryKey: ['cases', id],
    queryFn: () => apiRequest<CaseDetail>(`/api/cases/${id}`),
  })
  const timeline = useQuery({
    queryKey: ['cases', id, 'timeline'],
    queryFn: () => apiRequest<Page<CaseEvent>>(`/api/cases/${id}/timeline`),
  })
  if (detail.isError) return <QueryError error={detail.error} onRetry={() => void detail.refetch()} />
  const c = detail.data
  if (!c) return null

  const done = (stale: boolean) => {
    setAction(null)
    if (stale) void message.warning(t.stale)
    else void message.success(t.done)
    void queryClient.invalidateQueries({ queryKey: ['cases'] })
  }

  return (
    <>
      <PageHeader title={`${t.kinds[c.kind as keyof typeof t.kinds] ?? c.kind} ${c.trackingCode}`} />
      <Space direction="vertical" size="large" style={{ width: '100%' }}>
        <Descriptions bordered size="small" column={{ xs: 1, md: 2 }}>
          <Descriptions.Item label={t.status}>
            <Tag>{c.statusLabel}</Tag>
          </Descriptions.Item>
          <Descriptions.Item label={t.deadline}>
            <DeadlineBadge deadline={c.deadline} />
          </Descriptions.Item>
          <Descriptions.Item label={t.receivedAt}>{formatDateTime(c.receivedAt)}</Descriptions.Item>
          <Descriptions.Item label={t.channel}>
            {t.channels[c.channel as keyof typeof t.channels] ?? c.channel}
          </Descriptions.Item>
          <Descriptions.Item label={t.field}>{fields.labels[c.field] ?? c.field}</Descriptions.Item>
          <Descriptions.Item label={t.citizens}>
            {c.citizens.map((p) => [p.displayName, p.phone].filter(Boolean).join(' · ')).join('; ') ||
              c.citizenName}
          </Descriptions.Item>
          <Descriptions.Item label={t.summary} span={2}>
            {c.summary}
          </Descriptions.Item>
          <Descriptions.Item label={t.content} span={2}>
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>
              {c.content}
            </Typography.Paragraph>
          </Descriptions.Item>
        </Descriptions>
        <Card title={t.actions} size="small">
          {c.allowedActions.length ? (
            <Space wrap>
              {c.allowedActions.map((a) => (
                <Button key={a.action} onClick={() => setAction(a)}>
                  {a.label}
                </Button>
              ))}
            </Space>
          ) : (
            <Typography.Text type="secondary">{t.noActions}</Typography.Text>
          )}
        </Card>
        <CaseAttachments
          caseId={c.id}
          files={c.attachments}
          canUpload={can('cases.intake') || can('cases.handle')}
        />
        <CaseDocuments
          caseId={c.id}
          version={c.version}
          hasProtectedIdentity={c.citizens.some((p) => p.protected)}
        />
        <Card title={t.timeline} size="small">
          {timeline.data?.items.length ? (
            <Timeline
              items={timeline.data.items.map((e) => ({
                key: e.id,
                children: (
                  <>
                    <Typography.Text strong>{e.label}</Typography.Text> —{' '}
                    {dayjs(e.stepDate).format('DD/MM/YYYY')} · {e.actorName}
                    {e.dueDate && <> · {t.dueOn(dayjs(e.dueDate).format('DD/MM/YYYY'))}</>}
                  </>
                ),
              }))}
            />
          ) : (
            <Empty />
          )}
        </Card>
      </Space>
      {action && (
        <ActionForm
          caseId={c.id}
          version={c.version}
          action={action}
          onDone={done}
          onCancel={() => setAction(null)}
        />
      )}
    </>
  )
}
