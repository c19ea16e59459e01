import { useMutation, useQuery } from '@tanstack/react-query'
import { App, Button, Drawer, InputNumber, Select, Space, Table, Tag } from 'antd'
import { useState } from 'react'
import { ApiError, apiRequest } from '../../api/client'
import { PageHeader } from '../../components/PageHeader'
import { QueryError } from '../../components/QueryError'
import { msg } from '../../messages'
import { useCan } from '../../session'
import { ConferenceActions, ConferenceHistory } from './ConferenceActions'
import { ConferenceForm } from './ConferenceForm'
import type { Conference } from './conference-types'
import { dm } from './messages'

function MinutesInput({ conference }: { conference: Conference }) {
  const { message } = App.useApp()
  const upload = useMutation({
    mutationFn: (files: FileList) => {
      const form = new FormData()
      for (const file of Array.from(files)) form.append('attachments', file, file.name)
      return apiRequest(`/api/democracy/conferences/${conference.id}/attachments`, {
        method: 'POST',
        body: form,
      })
    },
    onSuccess: () => void message.success(dm.attached),
    onError: (e) => void message.error(e instanceof ApiError ? e.message : msg.common.unexpectedError),
  })
  return (
    <input
      type="file"
      aria-label={dm.attachMinutes(conference.enterpriseName ?? conference.organizationName)}
      onChange={(event) => event.target.files?.length && upload.mutate(event.target.files)}
    />
  )
}

/** Hội nghị hằng năm: list with the checks' result, a form to record one, the minutes per row. */
export function ConferencesPage() {
  const can = useCan()
  const [year, setYear] = useState<number | null>(null)
  const [kind, setKind] = useState<string | undefined>(undefined)
  const [open, setOpen] = useState(false)
  const query = useQuery({
    queryKey: ['democracy', 'conferences', year, kind],
    queryFn: () =>
      apiRequest<{ items: Conference[] }>('/api/democracy/conferences', {
        query: { year, kind, limit: 100 },
      }),
  })
  return (
    <>
      <PageHeader
        title={dm.conferencesTitle}
        extra={
          can('democracy.manage') && (
            <Button type="primary" onClick={() => setOpen(true)}>
              {dm.record}
            </Button>
          )
        }
      />
      <Space wrap style={{ marginBottom: 16 }}>
        <InputNumber
          style={{ width: 180 }}
          aria-label={dm.year}
          placeholder={dm.year}
          min={2000}
          max={2100}
          value={year}
          onChange={setYear}
        />
        <Select
          aria-label={dm.kind}
          allowClear
          placeholder={dm.kind}
          style={{ minWidth: 260 }}
          value={kind}
          onChange={setKind}
          options={(['staff', 'workers'] as const).map((k) => ({ value: k, label: dm.kinds[k] }))}
        />
      </Space>
      {query.isError && <QueryError error={query.error} onRetry={() => void query.refetch()} />}
      <Table<Conference>
        rowKey="id"
        size="small"
        loading={query.isPending}
        dataSource={query.data?.items ?? []}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        scroll={{ x: 'max-content' }}
        expandable={{
          expandedRowRender: (c) => (
            <Space direction="vertical">
              <span>{dm.window(c.windowFrom, c.windowTo)}</span>
              {c.findings.map((f) => (
                <span key={f.code + f.message}>
                  <Tag color={f.severity === 'invalid' ? 'red' : 'orange'}>{f.code}</Tag>
                  {f.message} ({f.source})
                </span>
              ))}
              {c.withdrawnReason && <span>{dm.withdrawnBecause(c.withdrawnReason)}</span>}
              {can('democracy.manage') && c.status === 'held' && c.state === 'recorded' && (
                <MinutesInput conference={c} />
              )}
              {can('democracy.manage') && <ConferenceActions conference={c} />}
              <ConferenceHistory id={c.id} />
            </Space>
          ),
        }}
        columns={[
          { title: dm.organization, key: 'o', render: (_, c) => c.enterpriseName ?? c.organizationName },
          { title: dm.kind, key: 'k', render: (_, c) => dm.kinds[c.kind] },
          { title: dm.year, dataIndex: 'year' },
          {
            title: dm.heldOn,
            key: 'h',
            render: (_, c) => (c.heldOn ? c.heldOn.split('-').reverse().join('/') : dm.statuses.skipped),
          },
          { title: dm.form, dataIndex: 'formLabel' },
          {
            title: dm.presence,
            key: 'p',
            align: 'right',
            render: (_, c) => (c.presentCount === null ? '—' : `${c.presentCount}/${c.expectedCount ?? '—'}`),
          },
          {
            title: dm.findings,
            key: 'v',
            render: (_, c) => (
              <Space wrap>
                {c.state === 'withdrawn' && <Tag>{c.stateLabel}</Tag>}
                <Tag color={c.valid ? 'green' : 'red'}>{c.valid ? dm.valid : dm.invalid}</Tag>
                {c.findings.some((f) => f.code === 'late') && <Tag color="orange">{dm.late}</Tag>}
              </Space>
            ),
          },
        ]}
      />
      <Drawer title={dm.record} open={open} onClose={() => setOpen(false)} size="large" destroyOnHidden>
        <ConferenceForm onDone={() => setOpen(false)} />
      </Drawer>
    </>
  )
}
