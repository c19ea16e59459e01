import { useQuery } from '@tanstack/react-query'
import { Alert, InputNumber, Space, Table, Typography } from 'antd'
import { useState } from 'react'
import { apiRequest } from '../../api/client'
import { PageHeader } from '../../components/PageHeader'
import { QueryError } from '../../components/QueryError'
import { fm } from './messages'

interface RatingCount {
  rating: string
  label: string
  count: number
}
interface ProvinceRow {
  provinceCode: string | null
  provinceName: string | null
  evaluated: number
  ratedGood: number
  shareGood: number | null
  inProgress: number
  byRating: RatingCount[]
}
interface Summary {
  year: number
  organization: { name: string }
  provinces: ProvinceRow[]
  totals: Omit<ProvinceRow, 'provinceCode' | 'provinceName'>
}

const percent = (n: number | null) => (n === null ? '—' : `${String(n).replace('.', ',')} %`)

/** Tỷ lệ xã, phường được xếp loại tốt, theo tỉnh, trong một năm. */
export function FriendlySummaryPage() {
  const [year, setYear] = useState<number>(new Date().getFullYear() - 1)
  const query = useQuery({
    queryKey: ['friendly', 'summary', year],
    queryFn: () => apiRequest<Summary>('/api/friendly-government/summary', { query: { year } }),
  })
  const s = query.data
  const ratings = s?.totals.byRating ?? []
  return (
    <>
      <PageHeader title={fm.summaryTitle} />
      <Space style={{ marginBottom: 16 }}>
        <label htmlFor="friendly-summary-year">{fm.year}</label>
        <InputNumber
          id="friendly-summary-year"
          min={2000}
          max={2100}
          value={year}
          onChange={(v) => v && setYear(v)}
        />
      </Space>
      {query.isError && <QueryError error={query.error} onRetry={() => void query.refetch()} />}
      {s && (
        <>
          <Typography.Title level={2} style={{ fontSize: 18 }}>
            {s.organization.name}: {fm.totalsLine(s.totals.evaluated, s.totals.ratedGood, s.totals.shareGood)}
          </Typography.Title>
          <Alert type="info" showIcon title={fm.goodNote} style={{ marginBottom: 12 }} />
          <Table<ProvinceRow>
            rowKey={(r) => r.provinceCode ?? '—'}
            size="small"
            pagination={false}
            scroll={{ x: 'max-content' }}
            locale={{ emptyText: fm.noData }}
            dataSource={s.provinces}
            columns={[
              { title: fm.province, key: 'p', render: (_, r) => r.provinceName ?? r.provinceCode ?? '—' },
              { title: fm.evaluated, dataIndex: 'evaluated', align: 'right' },
              { title: fm.ratedGood, dataIndex: 'ratedGood', align: 'right' },
              { title: fm.shareGood, key: 's', align: 'right', render: (_, r) => percent(r.shareGood) },
              ...ratings
                .filter((r) => r.rating !== 'good')
                .map((rt) => ({
                  title: rt.label,
                  key: rt.rating,
                  align: 'right' as const,
                  render: (_: unknown, r: ProvinceRow) =>
                    r.byRating.find((b) => b.rating === rt.rating)?.count ?? 0,
                })),
              { title: fm.inProgress, dataIndex: 'inProgress', align: 'right' },
            ]}
          />
        </>
      )}
    </>
  )
}
