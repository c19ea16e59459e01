import { useQuery } from '@tanstack/react-query'
import { Alert, Card, DatePicker, Segmented, Space, Table, Typography } from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import { useState } from 'react'
import { apiRequest } from '../../api/client'
import { PageHeader } from '../../components/PageHeader'
import { QueryError } from '../../components/QueryError'
import { am, levelLabels } from './messages'

interface Counts {
  activities: number
  participants: number
}
interface Summary {
  from: string
  to: string
  organization: { name: string }
  totals: Counts
  groups: (Counts & { key: string; label: string; historical?: boolean })[]
  byKind: (Counts & { kind: string; label: string; byLevel: Record<string, number> })[]
  byMonth: (Counts & { month: string })[]
  headlines: string[]
  remapped: {
    note: string
    asOf: string
    provinces: (Counts & { code: string; name: string; fromOldMap: number })[]
    units: (Counts & { code: string; name: string; fromOldMap: number })[]
    unmapped: Counts
  }
}
type GroupBy = 'level' | 'kind' | 'unit'
const LEVELS = ['central', 'province', 'district', 'commune']

/** Bars per month, in plain SVG (no chart library): height ∝ count, labelled for screen readers. */
function MonthChart({ months }: { months: (Counts & { month: string })[] }) {
  const max = Math.max(1, ...months.map((m) => m.activities))
  const barWidth = 36
  const height = 160
  return (
    <svg
      role="img"
      aria-label={am.summary.perMonth}
      width={Math.max(200, months.length * (barWidth + 8))}
      height={height + 40}
      style={{ maxWidth: '100%' }}
    >
      {months.map((m, i) => {
        const h = Math.round((m.activities / max) * height)
        const x = i * (barWidth + 8)
        return (
          <g key={m.month}>
            <title>{am.summary.chartLabel(m.month, m.activities)}</title>
            <rect x={x} y={height - h + 14} width={barWidth} height={h} fill="#1677ff" rx={3} />
            <text x={x + barWidth / 2} y={height - h + 10} textAnchor="middle" fontSize={11}>
              {m.activities}
            </text>
            <text x={x + barWidth / 2} y={height + 30} textAnchor="middle" fontSize={11}>
              {m.month.slice(5)}/{m.month.slice(2, 4)}
            </text>
          </g>
        )
      })}
    </svg>
  )
}

/** Tổng hợp hoạt động: counts by level and kind, the monthly chart, and the re-mapped view. */
export function SummaryPage() {
  const [range, setRange] = useState<[Dayjs, Dayjs]>([dayjs().startOf('year'), dayjs()])
  const [groupBy, setGroupBy] = useState<GroupBy>('level')
  const from = range[0].format('YYYY-MM-DD')
  const to = range[1].format('YYYY-MM-DD')
  const query = useQuery({
    queryKey: ['activities', 'summary', from, to, groupBy],
    queryFn: () => apiRequest<Summary>('/api/activities/summary', { query: { from, to, groupBy } }),
  })
  const s = query.data
  const t = am.summary
  return (
    <>
      <PageHeader title={t.title} />
      <Space wrap style={{ marginBottom: 16 }}>
        <DatePicker.RangePicker
          aria-label={`${t.from} – ${t.to}`}
          format="DD/MM/YYYY"
          value={range}
          allowClear={false}
          onChange={(v) => v?.[0] && v[1] && setRange([v[0], v[1]])}
        />
        <Segmented<GroupBy>
          value={groupBy}
          onChange={setGroupBy}
          options={(['level', 'kind', 'unit'] as GroupBy[]).map((g) => ({
            value: g,
            label: t.groupByOptions[g],
          }))}
        />
      </Space>
      {query.isError && <QueryError error={query.error} onRetry={() => void query.refetch()} />}
      {s && (
        <>
          <Typography.Title level={2} style={{ fontSize: 18 }}>
            {s.organization.name}: {t.totals(s.totals.activities, s.totals.participants)}
          </Typography.Title>
          <Card size="small" title={t.headlines} style={{ marginBottom: 16 }}>
            <ul style={{ margin: 0 }}>
              {s.headlines.map((h) => (
                <li key={h}>{h}</li>
              ))}
            </ul>
          </Card>
          <Card size="small" title={t.byKindLevel} style={{ marginBottom: 16 }}>
            <Table
              rowKey="kind"
              size="small"
              pagination={false}
              scroll={{ x: 'max-content' }}
              dataSource={s.byKind}
              columns={[
                { title: am.kind, dataIndex: 'label' },
                ...LEVELS.map((l) => ({
                  title: levelLabels[l],
                  key: l,
                  align: 'right' as const,
                  render: (_: unknown, k: Summary['byKind'][number]) => k.byLevel[l] ?? 0,
                })),
                { title: t.total, dataIndex: 'activities', align: 'right' as const },
                { title: t.participants, dataIndex: 'participants', align: 'right' as const },
              ]}
            />
          </Card>
          <Card size="small" title={t.perMonth} style={{ marginBottom: 16, overflowX: 'auto' }}>
            <MonthChart months={s.byMonth} />
          </Card>
          <Space align="start" wrap size="large" style={{ width: '100%' }}>
            <Card
              size="small"
              title={`${t.asRecorded} — ${t.groupByOptions[groupBy]}`}
              style={{ minWidth: 420 }}
            >
              <Table
                rowKey="key"
                size="small"
                pagination={false}
                dataSource={s.groups}
                columns={[
                  { title: t.group, dataIndex: 'label' },
                  { title: t.activities, dataIndex: 'activities', align: 'right' as const },
                  { title: t.participants, dataIndex: 'participants', align: 'right' as const },
                ]}
              />
            </Card>
            <Card size="small" title={t.remapped} style={{ minWidth: 420 }}>
              <Alert type="info" showIcon title={s.remapped.note} style={{ marginBottom: 12 }} />
              <Table
                rowKey="code"
                size="small"
                pagination={false}
                dataSource={groupBy === 'unit' ? s.remapped.units : s.remapped.provinces}
                columns={[
                  { title: groupBy === 'unit' ? am.unit : t.province, dataIndex: 'name' },
                  { title: t.activities, dataIndex: 'activities', align: 'right' as const },
                  { title: t.fromOldMap, dataIndex: 'fromOldMap', align: 'right' as const },
                ]}
              />
              {s.remapped.unmapped.activities > 0 && (
                <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
                  {t.unmapped(s.remapped.unmapped.activities)}
                </Typography.Paragraph>
              )}
            </Card>
          </Space>
        </>
      )}
    </>
  )
}
