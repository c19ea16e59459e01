import { useQuery } from '@tanstack/react-query'
import { Alert, Card, DatePicker, Space, Table, Typography } from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import { useState } from 'react'
import { apiRequest } from '../../api/client'
import { PageHeader } from '../../components/PageHeader'
import { QueryError } from '../../components/QueryError'
import { LEVELS, levelLabels, mm } from './messages'

type ByLevel = Record<string, number>
interface Group {
  key: string
  label: string
  models: number
  byLevel: ByLevel
  historical?: boolean
}
interface Summary {
  from: string
  to: string
  organization: { name: string }
  totals: { models: number; awards: number; awardedModels: number }
  byYear: { year: number; byLevel: ByLevel; models: number }[]
  byField: Group[]
  byUnit: Group[]
  awards: { form: string; label: string; count: number; models: number }[]
  headline: string
  note: string
}

const levelColumns = <T extends { byLevel: ByLevel }>() =>
  [...LEVELS].reverse().map((l) => ({
    title: levelLabels[l],
    key: l,
    align: 'right' as const,
    render: (_: unknown, row: T) => row.byLevel[l] ?? 0,
  }))

/** Tổng hợp mô hình: level × year (each model once, at its highest level), by field, by unit, awards. */
export function ModelSummaryPage() {
  const [range, setRange] = useState<[Dayjs, Dayjs]>([dayjs().subtract(4, 'year').startOf('year'), dayjs()])
  const from = range[0].format('YYYY-MM-DD')
  const to = range[1].format('YYYY-MM-DD')
  const query = useQuery({
    queryKey: ['models', 'summary', from, to],
    queryFn: () => apiRequest<Summary>('/api/models/summary', { query: { from, to } }),
  })
  const s = query.data
  const t = mm.summary
  const groupColumns = [
    {
      title: t.group,
      key: 'label',
      render: (_: unknown, g: Group) => (g.historical ? `${g.label} — ${t.historical}` : g.label),
    },
    ...levelColumns<Group>(),
    { title: t.total, dataIndex: 'models', align: 'right' as const },
  ]
  return (
    <>
      <PageHeader title={t.title} />
      <Space wrap style={{ marginBottom: 16 }}>
        <DatePicker.RangePicker
          aria-label={t.range}
          format="DD/MM/YYYY"
          value={range}
          allowClear={false}
          onChange={(v) => v?.[0] && v[1] && setRange([v[0], v[1]])}
        />
      </Space>
      {query.isError && <QueryError error={query.error} onRetry={() => void query.refetch()} />}
      {s && (
        <>
          <Typography.Title level={2} style={{ fontSize: 18 }}>
            {s.organization.name}: {s.headline}
          </Typography.Title>
          <Alert type="info" showIcon title={s.note} style={{ marginBottom: 16 }} />
          <Card size="small" title={t.byLevelYear} style={{ marginBottom: 16 }}>
            <Table
              rowKey="year"
              size="small"
              pagination={false}
              scroll={{ x: 'max-content' }}
              dataSource={s.byYear}
              summary={() => (
                <Table.Summary.Row>
                  <Table.Summary.Cell index={0}>{t.total}</Table.Summary.Cell>
                  {[...LEVELS].reverse().map((l, i) => (
                    <Table.Summary.Cell key={l} index={i + 1} align="right">
                      {s.byYear.reduce((n, y) => n + (y.byLevel[l] ?? 0), 0)}
                    </Table.Summary.Cell>
                  ))}
                  <Table.Summary.Cell index={5} align="right">
                    <strong>{s.totals.models}</strong>
                  </Table.Summary.Cell>
                </Table.Summary.Row>
              )}
              columns={[
                { title: t.year, dataIndex: 'year' },
                ...levelColumns<Summary['byYear'][number]>(),
                { title: t.total, dataIndex: 'models', align: 'right' as const },
              ]}
            />
          </Card>
          <Space align="start" wrap size="large" style={{ width: '100%' }}>
            <Card size="small" title={t.byField} style={{ minWidth: 480 }}>
              <Table
                rowKey="key"
                size="small"
                pagination={false}
                dataSource={s.byField}
                columns={groupColumns}
              />
            </Card>
            <Card size="small" title={t.byUnit} style={{ minWidth: 480 }}>
              <Table
                rowKey="label"
                size="small"
                pagination={false}
                dataSource={s.byUnit}
                columns={groupColumns}
              />
            </Card>
            <Card size="small" title={t.awards} style={{ minWidth: 320 }}>
              <Table
                rowKey="form"
                size="small"
                pagination={false}
                dataSource={s.awards}
                columns={[
                  { title: mm.form, dataIndex: 'label' },
                  { title: t.awardCount, dataIndex: 'count', align: 'right' as const },
                  { title: t.awardModels, dataIndex: 'models', align: 'right' as const },
                ]}
              />
            </Card>
          </Space>
        </>
      )}
    </>
  )
}
