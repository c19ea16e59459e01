import { Button, Form, Input, Select, Space, Table, Typography, type TableColumnsType } from 'antd'
import { useState } from 'react'
import { queryKeys, usePagedList } from '../api/queries'
import type { AuditEntry } from '../api/types'
import { LoadMore } from '../components/LoadMore'
import { PageHeader } from '../components/PageHeader'
import { QueryError } from '../components/QueryError'
import { formatDateTime } from '../format'
import { AUDIT_ENTITY_TYPES, msg } from '../messages'

const entityTypeOptions = AUDIT_ENTITY_TYPES.map((type) => ({ value: type, label: msg.entityType(type) }))

interface AuditFilters {
  entityType?: string
  entityId?: string
}

function clean(values: AuditFilters): AuditFilters {
  return {
    entityType: values.entityType?.trim() || undefined,
    entityId: values.entityId?.trim() || undefined,
  }
}

function Summary({ value }: { value: AuditEntry['summary'] }) {
  if (!value || Object.keys(value).length === 0) return <>{msg.common.none}</>
  const text = JSON.stringify(value)
  return (
    <Typography.Text code ellipsis={{ tooltip: text }} style={{ maxWidth: 360 }}>
      {text}
    </Typography.Text>
  )
}

export function AuditPage() {
  const t = msg.audit
  const [form] = Form.useForm<AuditFilters>()
  const [filters, setFilters] = useState<AuditFilters>({})
  const list = usePagedList<AuditEntry>(queryKeys.audit, '/api/audit', { ...filters })

  const columns: TableColumnsType<AuditEntry> = [
    { title: t.at, key: 'at', render: (_, e) => formatDateTime(e.at) },
    { title: t.actor, key: 'actor', render: (_, e) => e.actorName ?? t.system },
    {
      title: t.action,
      key: 'action',
      render: (_, e) => <span title={e.action}>{msg.auditAction(e.action)}</span>,
    },
    { title: t.entityType, key: 'entityType', render: (_, e) => msg.entityType(e.entityType) },
    { title: t.entityId, key: 'entityId', render: (_, e) => e.entityId ?? msg.common.none },
    { title: t.summary, key: 'summary', render: (_, e) => <Summary value={e.summary} /> },
    { title: t.requestId, key: 'requestId', render: (_, e) => e.requestId ?? msg.common.none },
  ]

  return (
    <>
      <PageHeader title={t.title} />
      <Form<AuditFilters>
        name="auditFilter"
        form={form}
        layout="inline"
        role="search"
        onFinish={(values) => setFilters(clean(values))}
        style={{ marginBottom: 16, rowGap: 8 }}
      >
        <Form.Item name="entityType" label={t.entityType}>
          <Select
            allowClear
            placeholder={t.allEntityTypes}
            options={entityTypeOptions}
            style={{ minWidth: 180 }}
          />
        </Form.Item>
        <Form.Item name="entityId" label={t.entityId}>
          <Input allowClear autoComplete="off" />
        </Form.Item>
        <Space>
          <Button type="primary" htmlType="submit">
            {msg.common.filter}
          </Button>
          <Button
            onClick={() => {
              form.resetFields()
              setFilters({})
            }}
          >
            {msg.common.clearFilter}
          </Button>
        </Space>
      </Form>
      {list.isError && <QueryError error={list.error} onRetry={() => void list.refetch()} />}
      <Table<AuditEntry>
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
