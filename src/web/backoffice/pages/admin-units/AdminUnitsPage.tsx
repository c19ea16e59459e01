import { Breadcrumb, Button, Flex, Form, Input, Space, Table, Typography, type TableColumnsType } from 'antd'
import { useState } from 'react'
import { useAdminUnitSummary, usePagedList, queryKeys } from '../../api/queries'
import type { AdminUnit } from '../../api/types'
import { AdminUnitPicker } from '../../components/AdminUnitPicker'
import { LoadMore } from '../../components/LoadMore'
import { PageHeader } from '../../components/PageHeader'
import { QueryError } from '../../components/QueryError'
import { msg } from '../../messages'
import { formatUnitDate, todayInVietnam } from './unitDates'
import { UnitHistory } from './UnitHistory'

/** Browse the map in force on any date (provinces → districts before 01/07/2025 → communes → below). */
export function AdminUnitsPage() {
  const t = msg.adminUnits
  const [at, setAt] = useState(todayInVietnam())
  const [path, setPath] = useState<{ code: string; name: string }[]>([])
  const [history, setHistory] = useState<{ code: string; at: string } | null>(null)
  const parent = path.at(-1)
  const summary = useAdminUnitSummary(at)
  const list = usePagedList<AdminUnit>([...queryKeys.adminUnits, 'list'], '/api/admin-units', {
    at,
    parent: parent?.code,
  })

  const columns: TableColumnsType<AdminUnit> = [
    {
      title: t.name,
      key: 'name',
      render: (_, unit) =>
        unit.level === 'below_commune' ? (
          unit.name
        ) : (
          <Button
            type="link"
            style={{ padding: 0 }}
            onClick={() => setPath((p) => [...p, { code: unit.code, name: unit.name }])}
          >
            {unit.name}
          </Button>
        ),
    },
    { title: t.code, dataIndex: 'code', key: 'code' },
    { title: t.type, key: 'type', render: (_, unit) => msg.unitType(unit.type) },
    {
      title: t.validFrom,
      key: 'validFrom',
      render: (_, unit) => (unit.validFrom ? formatUnitDate(unit.validFrom) : t.unknownStart),
    },
    {
      title: t.validTo,
      key: 'validTo',
      render: (_, unit) => (unit.validTo ? formatUnitDate(unit.validTo) : t.stillInForce),
    },
    {
      title: msg.common.actions,
      key: 'history',
      render: (_, unit) => (
        <Button size="small" onClick={() => setHistory({ code: unit.code, at })}>
          {t.history}
        </Button>
      ),
    },
  ]

  return (
    <>
      <PageHeader title={t.title} />
      <Form layout="vertical">
        <Flex gap={16} wrap>
          <Form.Item label={t.date} htmlFor="unit-date" extra={t.dateHint}>
            <Input
              id="unit-date"
              type="date"
              value={at}
              onChange={(event) => {
                if (!event.target.value) return
                setAt(event.target.value)
                setPath([])
              }}
              style={{ width: 180 }}
            />
          </Form.Item>
          <Form.Item label={t.find} htmlFor="unit-find" style={{ minWidth: 360, flex: 1 }}>
            <AdminUnitPicker
              id="unit-find"
              at={at}
              value={null}
              onChange={(code) => code && setHistory({ code, at })}
            />
          </Form.Item>
        </Flex>
      </Form>
      {summary.data && (
        <Typography.Paragraph>
          {t.summary(summary.data.provinces, summary.data.districts, summary.data.communes)}
        </Typography.Paragraph>
      )}
      {history && (
        <UnitHistory
          code={history.code}
          at={history.at}
          onOpen={(code, on) => setHistory({ code, at: on })}
          onClose={() => setHistory(null)}
        />
      )}
      <Space direction="vertical" style={{ width: '100%' }}>
        <Breadcrumb
          items={[
            {
              title: (
                <Button type="link" style={{ padding: 0 }} onClick={() => setPath([])}>
                  {t.all}
                </Button>
              ),
            },
            ...path.map((p, i) => ({
              title: (
                <Button type="link" style={{ padding: 0 }} onClick={() => setPath(path.slice(0, i + 1))}>
                  {p.name}
                </Button>
              ),
            })),
          ]}
        />
        {list.isError && <QueryError error={list.error} onRetry={() => void list.refetch()} />}
        <Table<AdminUnit>
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
        <Typography.Paragraph type="secondary">{t.approximate}</Typography.Paragraph>
      </Space>
    </>
  )
}
