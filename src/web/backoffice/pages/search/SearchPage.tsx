import { Button, Checkbox, DatePicker, Input, List, Segmented, Select, Space, Tag, Typography } from 'antd'
import type { Dayjs } from 'dayjs'
import { useState } from 'react'
import { buildUrl } from '../../api/client'
import { usePagedList, useCaseFields } from '../../api/queries'
import type { SearchHit } from '../../api/types'
import { DeadlineBadge } from '../../components/DeadlineBadge'
import { Highlighted } from '../../components/Highlighted'
import { LoadMore } from '../../components/LoadMore'
import { PageHeader } from '../../components/PageHeader'
import { QueryError } from '../../components/QueryError'
import { formatDateTime } from '../../format'
import { msg } from '../../messages'
import { casePath, Link, routes } from '../../router'
import { receptionText } from '../reception/texts'

const options = (labels: Record<string, string>) =>
  Object.entries(labels).map(([value, label]) => ({ value, label }))

/** Tìm kiếm: one box (with or without diacritics), filters, highlighted results, export to Excel. */
export function SearchPage() {
  const caseFields = useCaseFields()
  const t = msg.search
  const c = msg.cases
  const [text, setText] = useState('')
  const [q, setQ] = useState('')
  const [type, setType] = useState<'case' | 'visit' | 'matter'>('case')
  // Lĩnh vực, kênh and quá hạn belong to cases (and their matters), not to visits at the desk.
  const caseOnly = type !== 'visit'
  const [kind, setKind] = useState<string>()
  const [field, setField] = useState<string>()
  const [channel, setChannel] = useState<string>()
  const [overdue, setOverdue] = useState(false)
  const [dates, setDates] = useState<[Dayjs | null, Dayjs | null] | null>(null)
  const filters = {
    q,
    type,
    kind,
    field: caseOnly ? field : undefined,
    channel: caseOnly ? channel : undefined,
    overdue: caseOnly && overdue ? 'true' : undefined,
    from: dates?.[0]?.format('YYYY-MM-DD'),
    to: dates?.[1]?.format('YYYY-MM-DD'),
  }
  const list = usePagedList<SearchHit>(['search'], '/api/search', filters, 20)
  const { type: _type, ...exportFilters } = filters
  void _type

  return (
    <>
      <PageHeader
        title={t.title}
        extra={
          type === 'case' && (
            <Button href={buildUrl('/api/search/export', exportFilters)} download>
              {t.export}
            </Button>
          )
        }
      />
      <Space direction="vertical" style={{ width: '100%', marginBottom: 16 }} role="search">
        <Input.Search
          autoFocus
          aria-label={t.box}
          placeholder={t.box}
          enterButton={t.run}
          value={text}
          onChange={(e) => setText(e.target.value)}
          onSearch={(value) => setQ(value.trim())}
          allowClear
        />
        <Space wrap>
          <Segmented
            value={type}
            onChange={(v) => setType(v as 'case' | 'visit' | 'matter')}
            options={options(t.types)}
          />
          <Select
            allowClear
            aria-label={c.kind}
            placeholder={c.allKinds}
            value={kind}
            onChange={setKind}
            options={options(c.kinds)}
            style={{ minWidth: 150 }}
          />
          {caseOnly && (
            <Select
              allowClear
              aria-label={c.field}
              placeholder={c.allFields}
              value={field}
              onChange={setField}
              options={caseFields.options}
              style={{ minWidth: 200 }}
            />
          )}
          {caseOnly && (
            <Select
              allowClear
              aria-label={c.channel}
              placeholder={t.allChannels}
              value={channel}
              onChange={setChannel}
              options={options(c.channels)}
              style={{ minWidth: 180 }}
            />
          )}
          <DatePicker.RangePicker
            aria-label={type === 'visit' ? t.visitDates : t.dates}
            format="DD/MM/YYYY"
            value={dates}
            onChange={(v) => setDates(v)}
          />
          {caseOnly && (
            <Checkbox checked={overdue} onChange={(e) => setOverdue(e.target.checked)}>
              {t.overdue}
            </Checkbox>
          )}
        </Space>
      </Space>
      {list.isError && <QueryError error={list.error} onRetry={() => void list.refetch()} />}
      <List<SearchHit>
        aria-label={t.resultsLabel}
        loading={list.isPending}
        dataSource={list.items}
        locale={{ emptyText: t.empty }}
        renderItem={(hit) => (
          <List.Item key={hit.id}>
            <List.Item.Meta
              title={
                <Space wrap>
                  {hit.type === 'case' && hit.trackingCode ? (
                    <Link to={casePath(hit.id)}>{hit.trackingCode}</Link>
                  ) : null}
                  {hit.type === 'visit' && (
                    <Link to={routes.receptionVisits}>
                      {t.visitRegister}
                      {hit.kind ? ` · ${receptionText.kinds[hit.kind] ?? hit.kind}` : ''}
                    </Link>
                  )}
                  <Typography.Text strong>
                    <Highlighted segments={hit.highlight.title} />
                  </Typography.Text>
                  <Tag>{hit.statusLabel}</Tag>
                  {hit.letterCount !== null && <Tag color="orange">{t.letters(hit.letterCount)}</Tag>}
                  {hit.deadline && <DeadlineBadge deadline={hit.deadline} />}
                </Space>
              }
              description={
                <>
                  {hit.citizenName && (
                    <div>
                      <Highlighted segments={hit.highlight.citizen} /> · {formatDateTime(hit.receivedAt)}
                    </div>
                  )}
                  {hit.highlight.snippet.length > 0 && (
                    <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
                      <Highlighted segments={hit.highlight.snippet} />
                    </Typography.Paragraph>
                  )}
                </>
              }
            />
          </List.Item>
        )}
      />
      <LoadMore
        hasMore={list.hasNextPage}
        loading={list.isFetchingNextPage}
        onLoad={() => void list.fetchNextPage()}
      />
    </>
  )
}
