import { Button, Checkbox, DatePicker, Flex, Input, Space, Table, Tag, type TableColumnsType } from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import { useState } from 'react'
import { buildUrl } from '../../api/client'
import { useMe, usePagedList } from '../../api/queries'
import { LoadMore } from '../../components/LoadMore'
import { OrganizationSelect } from '../../components/OrganizationSelect'
import { PageHeader } from '../../components/PageHeader'
import { formatDate } from '../../format'
import { QueryError } from '../../components/QueryError'
import { useCan } from '../../session'
import { RevealVisitors } from './RevealVisitors'
import { receptionText as t } from './texts'

interface VisitItem {
  id: string
  visitDate: string
  kind: string
  officerName: string
  citizenName: string
  identityProtected: boolean
  groupSize: number
  summary: string
  contentKinds: string[]
  outcome: string
  repeatOfId: string | null
}

/** Sổ tiếp công dân: the visits of a period, searchable without diacritics, and the register downloads. */
export function VisitsPage() {
  const me = useMe()
  const can = useCan()
  const [revealing, setRevealing] = useState<string | null>(null)
  const [organization, setOrganization] = useState<string | undefined>(undefined)
  const [from, setFrom] = useState<Dayjs>(dayjs().startOf('month'))
  const [to, setTo] = useState<Dayjs>(dayjs())
  const [q, setQ] = useState('')
  const [subtree, setSubtree] = useState(false)
  const org = organization ?? me.data?.user.organizationId
  const range = { from: from.format('YYYY-MM-DD'), to: to.format('YYYY-MM-DD') }
  const list = usePagedList<VisitItem>(['reception-visits'], '/api/reception/visits', {
    ...range,
    organization: org,
    q: q.trim() || undefined,
  })
  const register = (format: 'xlsx' | 'pdf') =>
    buildUrl('/api/reception/register', {
      organization: org,
      ...range,
      format,
      subtree: subtree ? 'true' : undefined,
    })

  const columns: TableColumnsType<VisitItem> = [
    { title: t.columns.date, dataIndex: 'visitDate', render: (v: string) => formatDate(v), width: 110 },
    {
      title: t.columns.citizen,
      dataIndex: 'citizenName',
      render: (v: string, row) =>
        row.identityProtected ? (
          <Space size={4} wrap>
            <span>{v}</span>
            <Tag color="purple">{t.protectedTag}</Tag>
            {can('cases.reveal_identity') && (
              <Button
                size="small"
                aria-label={t.revealLabel(formatDate(row.visitDate))}
                onClick={() => setRevealing(row.id)}
              >
                {t.reveal}
              </Button>
            )}
          </Space>
        ) : (
          v
        ),
    },
    { title: t.columns.groupSize, dataIndex: 'groupSize', width: 90 },
    { title: t.columns.summary, dataIndex: 'summary' },
    { title: t.columns.contentKinds, dataIndex: 'contentKinds', render: (v: string[]) => v.join(', ') },
    {
      title: t.columns.outcome,
      dataIndex: 'outcome',
      render: (v: string, row) => (
        <Space size={4} wrap>
          <Tag>{t.outcomes[v] ?? v}</Tag>
          {row.repeatOfId && <Tag color="orange">{t.columns.repeat}</Tag>}
        </Space>
      ),
    },
    { title: t.columns.officer, dataIndex: 'officerName' },
  ]

  return (
    <div>
      <PageHeader
        title={t.visitsTitle}
        extra={
          <Space wrap>
            <a href={register('xlsx')} download>
              {t.downloadXlsx}
            </a>
            <a href={register('pdf')} download>
              {t.downloadPdf}
            </a>
          </Space>
        }
      />
      <Flex gap={12} wrap style={{ marginBottom: 16 }} align="center">
        <div style={{ minWidth: 280 }}>
          <OrganizationSelect value={org} onChange={setOrganization} />
        </div>
        <DatePicker
          aria-label={t.from}
          format="DD/MM/YYYY"
          value={from}
          allowClear={false}
          onChange={(v) => v && setFrom(v)}
        />
        <DatePicker
          aria-label={t.to}
          format="DD/MM/YYYY"
          value={to}
          allowClear={false}
          onChange={(v) => v && setTo(v)}
        />
        <Input.Search
          aria-label={t.search}
          placeholder={t.search}
          allowClear
          onSearch={setQ}
          style={{ width: 300 }}
        />
        <Checkbox checked={subtree} onChange={(e) => setSubtree(e.target.checked)}>
          {t.subtree}
        </Checkbox>
      </Flex>
      {list.error && <QueryError error={list.error} />}
      <Table<VisitItem>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={list.items}
        loading={list.isLoading}
        pagination={false}
      />
      <LoadMore
        hasMore={list.hasNextPage}
        loading={list.isFetchingNextPage}
        onLoad={() => void list.fetchNextPage()}
      />
      {revealing && <RevealVisitors visitId={revealing} onClose={() => setRevealing(null)} />}
    </div>
  )
}
