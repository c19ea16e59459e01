import { useQuery } from '@tanstack/react-query'
import { Card, InputNumber, Space, Statistic, Table } from 'antd'
import { useState } from 'react'
import { apiRequest } from '../../api/client'
import { OrganizationSelect } from '../../components/OrganizationSelect'
import { PageHeader } from '../../components/PageHeader'
import { QueryError } from '../../components/QueryError'
import { dm } from './messages'

interface Missing {
  id: string
  name: string
  reason: string
}
interface Coverage {
  organization: { name: string }
  agencies: {
    required: number
    held: number
    share: number | null
    optional: number
    late: number
    missing: Missing[]
  }
  enterprises: {
    required: number
    held: number
    share: number | null
    late: number
    byOwnership: { ownership: string; label: string; required: number; held: number; share: number | null }[]
    missing: Missing[]
  }
}

const percent = (n: number | null) => (n === null ? '—' : `${String(n).replace('.', ',')} %`)

function MissingList({ rows }: { rows: Missing[] }) {
  return (
    <Table<Missing>
      rowKey="id"
      size="small"
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
      locale={{ emptyText: dm.none }}
      dataSource={rows}
      columns={[
        { title: dm.missing, dataIndex: 'name' },
        { title: dm.status, key: 'r', render: (_, m) => dm.reasons[m.reason] ?? m.reason },
      ]}
    />
  )
}

/** Tỷ lệ tổ chức hội nghị hằng năm trong phạm vi: cơ quan, đơn vị và doanh nghiệp, và những nơi còn thiếu. */
export function CoveragePage() {
  const [year, setYear] = useState<number>(new Date().getFullYear() - 2)
  const [organization, setOrganization] = useState<string | undefined>(undefined)
  const query = useQuery({
    queryKey: ['democracy', 'coverage', year, organization],
    queryFn: () => apiRequest<Coverage>('/api/democracy/coverage', { query: { year, organization } }),
  })
  const c = query.data
  return (
    <>
      <PageHeader title={dm.coverageTitle} />
      <Space wrap style={{ marginBottom: 16 }}>
        <label htmlFor="coverage-year">{dm.year}</label>
        <InputNumber
          id="coverage-year"
          min={2000}
          max={2100}
          value={year}
          onChange={(v) => v && setYear(v)}
        />
        <label htmlFor="coverage-organization">{dm.organization}</label>
        <div style={{ width: 320, display: 'grid' }}>
          <OrganizationSelect id="coverage-organization" value={organization} onChange={setOrganization} />
        </div>
      </Space>
      {query.isError && <QueryError error={query.error} onRetry={() => void query.refetch()} />}
      {c && (
        <Space direction="vertical" size="large" style={{ width: '100%' }}>
          <Card size="small" title={`${dm.agencies} — ${c.organization.name}`}>
            <Space wrap size="large" style={{ marginBottom: 12 }}>
              <Statistic title={dm.required} value={c.agencies.required} />
              <Statistic title={dm.held} value={c.agencies.held} />
              <Statistic title={dm.share} value={percent(c.agencies.share)} />
              <Statistic title={dm.optional} value={c.agencies.optional} />
              <Statistic title={dm.late} value={c.agencies.late} />
            </Space>
            <MissingList rows={c.agencies.missing} />
          </Card>
          <Card size="small" title={dm.enterprises}>
            <Space wrap size="large" style={{ marginBottom: 12 }}>
              <Statistic title={dm.required} value={c.enterprises.required} />
              <Statistic title={dm.held} value={c.enterprises.held} />
              <Statistic title={dm.share} value={percent(c.enterprises.share)} />
              <Statistic title={dm.late} value={c.enterprises.late} />
            </Space>
            <Table
              rowKey="ownership"
              size="small"
              pagination={false}
              style={{ marginBottom: 12 }}
              dataSource={c.enterprises.byOwnership}
              columns={[
                { title: dm.byOwnership, dataIndex: 'label' },
                { title: dm.required, dataIndex: 'required', align: 'right' as const },
                { title: dm.held, dataIndex: 'held', align: 'right' as const },
                {
                  title: dm.share,
                  key: 's',
                  align: 'right' as const,
                  render: (_: unknown, r: { share: number | null }) => percent(r.share),
                },
              ]}
            />
            <MissingList rows={c.enterprises.missing} />
          </Card>
        </Space>
      )}
    </>
  )
}
