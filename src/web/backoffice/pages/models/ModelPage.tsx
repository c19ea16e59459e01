import { useQuery } from '@tanstack/react-query'
import { Button, Card, Descriptions, Space, Table, Tag, Timeline, Typography } from 'antd'
import { apiRequest } from '../../api/client'
import { PageHeader } from '../../components/PageHeader'
import { QueryError } from '../../components/QueryError'
import { formatDate, formatDateTime } from '../../format'
import { Link, modelEditPath, navigate, routes } from '../../router'
import type { ModelView } from './api'
import { ModelActions } from './ModelActions'
import { ModelFiles } from './ModelFiles'
import { useCan } from '../../session'
import { mm } from './messages'

/** Một mô hình: what it is, its figures, recognitions and awards, the actions allowed, its history. */
export function ModelPage({ id }: { id: string }) {
  const can = useCan()
  const query = useQuery({
    queryKey: ['models', id],
    queryFn: () => apiRequest<ModelView>(`/api/models/${id}`),
  })
  if (query.isError) return <QueryError error={query.error} onRetry={() => void query.refetch()} />
  const m = query.data
  if (!m) return null
  return (
    <>
      <PageHeader title={m.title} extra={<Link to={routes.models}>{mm.back}</Link>} />
      <Space wrap style={{ marginBottom: 16 }}>
        {m.editable && <Button onClick={() => navigate(modelEditPath(m.id))}>{mm.edit}</Button>}
        <ModelActions model={m} />
      </Space>
      <Descriptions bordered size="small" column={2} style={{ marginBottom: 16 }}>
        <Descriptions.Item label={mm.status}>
          <Tag>{m.statusLabel}</Tag>
        </Descriptions.Item>
        <Descriptions.Item label={mm.level}>{m.levelLabel ?? mm.noRecognition}</Descriptions.Item>
        <Descriptions.Item label={mm.kind}>{m.kindLabel}</Descriptions.Item>
        <Descriptions.Item label={mm.field}>{m.fieldLabel}</Descriptions.Item>
        {m.personName && (
          <Descriptions.Item label={mm.personName}>
            {m.personName}
            {m.personPosition ? `, ${m.personPosition}` : ''}
          </Descriptions.Item>
        )}
        <Descriptions.Item label={mm.organization}>{m.organizationName}</Descriptions.Item>
        <Descriptions.Item label={mm.unit}>
          {m.unitName ? `${m.unitName} (${m.unitCode})` : '—'}
        </Descriptions.Item>
        <Descriptions.Item label={mm.periodFrom}>
          {formatDate(m.periodFrom)} – {formatDate(m.periodTo, '…')}
        </Descriptions.Item>
        <Descriptions.Item label={mm.goal} span={2}>
          {m.goal}
        </Descriptions.Item>
        <Descriptions.Item label={mm.mobilisation} span={2}>
          <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-line' }}>
            {m.mobilisation}
          </Typography.Paragraph>
        </Descriptions.Item>
      </Descriptions>
      <Card size="small" title={mm.results} style={{ marginBottom: 16 }}>
        <Table
          rowKey="label"
          size="small"
          pagination={false}
          dataSource={m.results}
          columns={[
            { title: mm.resultLabel, dataIndex: 'label' },
            {
              title: mm.resultValue,
              key: 'value',
              align: 'right' as const,
              render: (_, r) => `${r.value.toLocaleString('vi-VN')} ${r.unit ?? ''}`,
            },
          ]}
        />
        {m.resultsText && (
          <Typography.Paragraph style={{ marginTop: 8 }}>{m.resultsText}</Typography.Paragraph>
        )}
      </Card>
      <Card size="small" title={mm.recognitions} style={{ marginBottom: 16 }}>
        <Table
          rowKey="id"
          size="small"
          pagination={false}
          locale={{ emptyText: mm.noRecognition }}
          dataSource={m.recognitions}
          columns={[
            { title: mm.decidedOn, key: 'on', render: (_, r) => formatDate(r.decidedOn) },
            { title: mm.level, dataIndex: 'levelLabel' },
            { title: mm.decidingBody, dataIndex: 'decidingBody' },
            { title: mm.decisionNumber, dataIndex: 'decisionNumber' },
          ]}
        />
      </Card>
      {m.awards.length > 0 && (
        <Card size="small" title={mm.awards} style={{ marginBottom: 16 }}>
          <Table
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={m.awards}
            columns={[
              { title: mm.awardedOn, key: 'on', render: (_, a) => formatDate(a.awardedOn) },
              { title: mm.form, dataIndex: 'formLabel' },
              { title: mm.awardedBy, dataIndex: 'awardedBy' },
              { title: mm.decisionNumber, dataIndex: 'decisionNumber' },
            ]}
          />
        </Card>
      )}
      <ModelFiles model={m} canUpload={can('models.manage')} />
      <Card size="small" title={mm.history}>
        <Timeline
          items={m.history.map((h) => ({
            key: h.at + h.action,
            children: `${formatDateTime(h.at)} — ${h.actionLabel} (${h.actorName})`,
          }))}
        />
      </Card>
    </>
  )
}
