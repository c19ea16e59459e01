import { Alert, Button, Card, Descriptions, Table, type TableColumnsType } from 'antd'
import { errorMessage } from '../../api/client'
import { useAdminUnit } from '../../api/queries'
import type { AdminUnitSuccession } from '../../api/types'
import { msg } from '../../messages'
import { formatUnitDate } from './unitDates'

/** One unit on one date: where it sat, when it was in force, what came before and after it. */
export function UnitHistory(props: {
  code: string
  at: string
  onOpen: (code: string, at: string) => void
  onClose: () => void
}) {
  const t = msg.adminUnits
  const detail = useAdminUnit(props.code, props.at)
  if (detail.isError)
    return (
      <Alert
        type="warning"
        role="alert"
        showIcon
        title={errorMessage(detail.error)}
        style={{ marginBottom: 16 }}
      />
    )
  const unit = detail.data
  const columns = (which: 'predecessors' | 'successors'): TableColumnsType<AdminUnitSuccession> => [
    {
      title: t.name,
      key: 'name',
      render: (_, s) => {
        // Open the other unit on a date it was in force: its last day, else its first.
        const on = which === 'predecessors' ? (s.validTo ?? props.at) : (s.validFrom ?? s.effectiveDate)
        return (
          <Button type="link" style={{ padding: 0 }} onClick={() => props.onOpen(s.code, on)}>
            {s.name}
          </Button>
        )
      },
    },
    { title: t.code, dataIndex: 'code', key: 'code' },
    { title: t.effectiveDate, key: 'effectiveDate', render: (_, s) => formatUnitDate(s.effectiveDate) },
    { title: t.legalAct, dataIndex: 'legalAct', key: 'legalAct' },
  ]
  return (
    <Card
      title={unit ? t.historyTitle(unit.name) : msg.common.loading}
      loading={detail.isPending}
      extra={<Button onClick={props.onClose}>{msg.common.close}</Button>}
      style={{ marginBottom: 16 }}
    >
      {unit && (
        <>
          <Descriptions
            size="small"
            column={{ xs: 1, md: 2 }}
            items={[
              { key: 'code', label: t.code, children: unit.code },
              { key: 'type', label: t.type, children: msg.unitType(unit.type) },
              { key: 'level', label: t.level, children: msg.unitLevel(unit.level) },
              {
                key: 'parents',
                label: t.parents,
                children: unit.parents.map((p) => p.name).join(', ') || msg.common.none,
              },
              {
                key: 'from',
                label: t.validFrom,
                children: unit.validFrom ? formatUnitDate(unit.validFrom) : t.unknownStart,
              },
              {
                key: 'to',
                label: t.validTo,
                children: unit.validTo ? formatUnitDate(unit.validTo) : t.stillInForce,
              },
            ]}
          />
          <h2 style={{ fontSize: 16 }}>{t.predecessors}</h2>
          <Table<AdminUnitSuccession>
            rowKey="code"
            size="small"
            columns={columns('predecessors')}
            dataSource={unit.predecessors}
            pagination={false}
            locale={{ emptyText: t.noPredecessors }}
            scroll={{ x: 'max-content' }}
          />
          <h2 style={{ fontSize: 16 }}>{t.successors}</h2>
          <Table<AdminUnitSuccession>
            rowKey="code"
            size="small"
            columns={columns('successors')}
            dataSource={unit.successors}
            pagination={false}
            locale={{ emptyText: t.noSuccessors }}
            scroll={{ x: 'max-content' }}
          />
        </>
      )}
    </Card>
  )
}
