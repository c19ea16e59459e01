import { useQuery } from '@tanstack/react-query'
import { Button, Form, Input, Modal, Table, Tag, Typography, type TableColumnsType } from 'antd'
import { useState } from 'react'
import { apiRequest } from '../../api/client'
import { queryKeys } from '../../api/queries'
import type { Page, Rule } from '../../api/types'
import { PageHeader } from '../../components/PageHeader'
import { QueryError } from '../../components/QueryError'
import { formatDate, formatRuleValue } from '../../format'
import { msg } from '../../messages'

/** Notes of facts the research could not verify start with this mark (rule book data). */
const UNVERIFIED_MARK = 'CHƯA KIỂM CHỨNG'

const today = (): string => {
  const now = new Date()
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`
}

function Note({ note }: { note: string | null }) {
  if (!note) return <>{msg.common.none}</>
  const unverified = note.includes(UNVERIFIED_MARK)
  return (
    <div>
      {unverified && (
        <div>
          <Tag color="warning">{msg.rules.unverified}</Tag>
        </div>
      )}
      <Typography.Text>{note}</Typography.Text>
    </div>
  )
}

function columns(onHistory?: (key: string) => void): TableColumnsType<Rule> {
  const t = msg.rules
  return [
    {
      title: t.key,
      key: 'key',
      width: 300,
      render: (_, r) =>
        onHistory ? (
          <Button
            type="link"
            style={{ padding: 0 }}
            onClick={() => onHistory(r.key)}
            aria-label={t.historyTitle(r.key)}
          >
            <Typography.Text code>{r.key}</Typography.Text>
          </Button>
        ) : (
          <Typography.Text code>{r.key}</Typography.Text>
        ),
    },
    { title: t.value, key: 'value', width: 160, render: (_, r) => formatRuleValue(r.value) },
    {
      title: t.effective,
      key: 'effective',
      width: 200,
      render: (_, r) =>
        r.effectiveTo
          ? t.fromTo(formatDate(r.effectiveFrom), formatDate(r.effectiveTo))
          : t.from(formatDate(r.effectiveFrom)),
    },
    { title: t.source, dataIndex: 'source', key: 'source', width: 280 },
    { title: t.note, key: 'note', width: 440, render: (_, r) => <Note note={r.note} /> },
  ]
}

function HistoryModal({ ruleKey, onClose }: { ruleKey: string; onClose: () => void }) {
  const history = useQuery({
    queryKey: [...queryKeys.rules, 'history', ruleKey],
    queryFn: () => apiRequest<Page<Rule>>(`/api/rules/${encodeURIComponent(ruleKey)}/history`),
  })
  return (
    <Modal open width={1000} title={msg.rules.historyTitle(ruleKey)} onCancel={onClose} footer={null}>
      {history.isError && <QueryError error={history.error} onRetry={() => void history.refetch()} />}
      <Table<Rule>
        rowKey="effectiveFrom"
        size="small"
        columns={columns()}
        dataSource={history.data?.items ?? []}
        loading={history.isPending}
        pagination={false}
        tableLayout="fixed"
        scroll={{ x: 1380 }}
      />
    </Modal>
  )
}

/** The rule book: rules in force on a chosen day, and the history of each key. */
export function RulesPage() {
  const t = msg.rules
  const [at, setAt] = useState(today)
  const [historyKey, setHistoryKey] = useState<string | null>(null)
  const rules = useQuery({
    queryKey: [...queryKeys.rules, 'at', at],
    queryFn: () => apiRequest<Page<Rule>>('/api/rules', { query: { at } }),
  })

  return (
    <>
      <PageHeader title={t.title} />
      <Typography.Paragraph type="secondary">{t.intro}</Typography.Paragraph>
      <Form
        name="rulesAt"
        layout="inline"
        initialValues={{ at }}
        onFinish={(values: { at?: string }) => values.at && setAt(values.at)}
        style={{ marginBottom: 16 }}
      >
        <Form.Item name="at" label={t.at}>
          <Input type="date" />
        </Form.Item>
        <Button type="primary" htmlType="submit">
          {msg.calendar.show}
        </Button>
      </Form>
      {rules.isError && <QueryError error={rules.error} onRetry={() => void rules.refetch()} />}
      <Table<Rule>
        rowKey="key"
        columns={columns(setHistoryKey)}
        dataSource={rules.data?.items ?? []}
        loading={rules.isPending}
        pagination={false}
        locale={{ emptyText: t.empty }}
        tableLayout="fixed"
        scroll={{ x: 1380 }}
      />
      {historyKey && <HistoryModal ruleKey={historyKey} onClose={() => setHistoryKey(null)} />}
    </>
  )
}
