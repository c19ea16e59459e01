import { Button, Input, Select, Space, Table, Tag, type TableColumnsType } from 'antd'
import { useState } from 'react'
import { usePagedList } from '../../api/queries'
import { LoadMore } from '../../components/LoadMore'
import { PageHeader } from '../../components/PageHeader'
import { QueryError } from '../../components/QueryError'
import { formatDate } from '../../format'
import { Link, modelPath, navigate, routes } from '../../router'
import { useCan } from '../../session'
import { useModelFields, type ModelItem } from './api'
import { levelLabels, mm, statusLabels } from './messages'

/** Mô hình "Dân vận khéo": the register with filters (status, field, highest level, words). */
export function ModelsPage() {
  const can = useCan()
  const fields = useModelFields()
  const [status, setStatus] = useState<string>()
  const [field, setField] = useState<string>()
  const [level, setLevel] = useState<string>()
  const [q, setQ] = useState('')
  const list = usePagedList<ModelItem>(['models'], '/api/models', { status, field, level, q: q || undefined })
  const columns: TableColumnsType<ModelItem> = [
    { title: mm.title, key: 'title', render: (_, m) => <Link to={modelPath(m.id)}>{m.title}</Link> },
    {
      title: mm.kind,
      key: 'kind',
      render: (_, m) => (m.personName ? `${m.kindLabel}: ${m.personName}` : m.kindLabel),
    },
    { title: mm.field, dataIndex: 'fieldLabel' },
    { title: mm.organization, dataIndex: 'organizationName' },
    { title: mm.level, key: 'level', render: (_, m) => m.levelLabel ?? '—' },
    { title: mm.recognisedOn, key: 'on', render: (_, m) => formatDate(m.recognisedOn) },
    { title: mm.status, key: 'status', render: (_, m) => <Tag>{m.statusLabel}</Tag> },
  ]
  return (
    <>
      <PageHeader
        title={mm.listTitle}
        extra={
          can('models.manage') && (
            <Button type="primary" onClick={() => navigate(routes.modelNew)}>
              {mm.register}
            </Button>
          )
        }
      />
      <Space wrap style={{ marginBottom: 16 }} role="search">
        <Input.Search
          aria-label={mm.search}
          placeholder={mm.search}
          allowClear
          onSearch={setQ}
          style={{ width: 360 }}
        />
        <Select
          allowClear
          aria-label={mm.status}
          placeholder={mm.allStatuses}
          value={status}
          onChange={setStatus}
          options={Object.entries(statusLabels).map(([value, label]) => ({ value, label }))}
          style={{ minWidth: 200 }}
        />
        <Select
          allowClear
          aria-label={mm.field}
          placeholder={mm.allFields}
          value={field}
          onChange={setField}
          options={(fields.data ?? []).map((f) => ({ value: f.code, label: f.label }))}
          style={{ minWidth: 220 }}
        />
        <Select
          allowClear
          aria-label={mm.level}
          placeholder={mm.allLevels}
          value={level}
          onChange={setLevel}
          options={Object.entries(levelLabels).map(([value, label]) => ({ value, label }))}
          style={{ minWidth: 200 }}
        />
      </Space>
      {list.isError && <QueryError error={list.error} onRetry={() => void list.refetch()} />}
      <Table<ModelItem>
        rowKey="id"
        columns={columns}
        dataSource={list.items}
        loading={list.isPending}
        pagination={false}
        locale={{ emptyText: mm.empty }}
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
