import { useMutation, useQueryClient } from '@tanstack/react-query'
import { App, Button, DatePicker, Form, Input, InputNumber, Modal, Select, Space, Table, Tag } from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import { useState } from 'react'
import { ApiError, apiRequest } from '../../api/client'
import { usePagedList } from '../../api/queries'
import { LoadMore } from '../../components/LoadMore'
import { PageHeader } from '../../components/PageHeader'
import { QueryError } from '../../components/QueryError'
import { formatDate } from '../../format'
import { msg } from '../../messages'
import { useCan } from '../../session'
import type { Outcome, Pact } from './api'
import { em, partyKindLabels } from './messages'
import { OutcomeFields } from './OutcomeFields'
import { TargetsList } from './TargetsList'

interface Values {
  year: number
  title: string
  signedOn: Dayjs
  parties: { name: string; kind: string }[]
  criteria: { text: string; target: string }[]
}

const thisYear = dayjs().year()
const years = Array.from({ length: 6 }, (_, i) => thisYear - i)
const pathOf = (path: string) => path.split('.').map((s) => (/^\d+$/.test(s) ? Number(s) : s)) as never

function SignForm({ onDone }: { onDone: () => void }) {
  const [form] = Form.useForm<Values>()
  const { message } = App.useApp()
  const queryClient = useQueryClient()
  const save = useMutation({
    mutationFn: (v: Values) =>
      apiRequest<Pact>('/api/emulation/pacts', {
        method: 'POST',
        body: { ...v, signedOn: v.signedOn.format('YYYY-MM-DD') },
      }),
    onSuccess: () => {
      void message.success(em.saved)
      void queryClient.invalidateQueries({ queryKey: ['emulation'] })
      onDone()
    },
    onError: (e) => {
      if (e instanceof ApiError && e.fields.length)
        form.setFields(e.fields.map((f) => ({ name: pathOf(f.path), errors: [f.message] })))
      else void message.error(e instanceof ApiError ? e.message : msg.common.unexpectedError)
    },
  })
  const required = (label: string) => [{ required: true, message: msg.common.required(label) }]
  return (
    <Form<Values>
      form={form}
      layout="vertical"
      initialValues={{ year: thisYear, signedOn: dayjs(), parties: [{ kind: 'trade_union' }] }}
      onFinish={(v) => save.mutate(v)}
    >
      <Space wrap size="large">
        <Form.Item name="year" label={em.year} rules={required(em.year)}>
          <InputNumber min={2000} max={2100} />
        </Form.Item>
        <Form.Item name="signedOn" label={em.signedOn} rules={required(em.signedOn)}>
          <DatePicker format="DD/MM/YYYY" />
        </Form.Item>
      </Space>
      <Form.Item name="title" label={em.pactTitle} rules={required(em.pactTitle)}>
        <Input autoComplete="off" />
      </Form.Item>
      <Form.List name="parties">
        {(items, { add, remove }) => (
          <>
            {items.map((item, index) => (
              <Space key={item.key} wrap align="start" aria-label={`${em.parties} ${index + 1}`}>
                <Form.Item name={[item.name, 'name']} label={em.partyName} rules={required(em.partyName)}>
                  <Input style={{ width: 340 }} autoComplete="off" />
                </Form.Item>
                <Form.Item name={[item.name, 'kind']} label={em.partyKind} rules={required(em.partyKind)}>
                  <Select
                    style={{ minWidth: 200 }}
                    options={Object.entries(partyKindLabels).map(([value, label]) => ({ value, label }))}
                  />
                </Form.Item>
                <Button onClick={() => remove(item.name)} style={{ marginTop: 30 }}>
                  {em.remove}
                </Button>
              </Space>
            ))}
            <Button onClick={() => add({ kind: 'trade_union' })} style={{ marginBottom: 16 }}>
              {em.addParty}
            </Button>
          </>
        )}
      </Form.List>
      <TargetsList name="criteria" addLabel={em.addCriterion} />
      <Button type="primary" htmlType="submit" loading={save.isPending} style={{ marginTop: 16 }}>
        {em.save}
      </Button>
    </Form>
  )
}

function AssessButton({ pact }: { pact: Pact }) {
  const [open, setOpen] = useState(false)
  const [form] = Form.useForm<{ date: Dayjs; results: Outcome[] }>()
  const { message } = App.useApp()
  const queryClient = useQueryClient()
  const run = useMutation({
    mutationFn: (v: { date: Dayjs; results: Outcome[] }) =>
      apiRequest<Pact>(`/api/emulation/pacts/${pact.id}/actions/assess`, {
        method: 'POST',
        body: { date: v.date.format('YYYY-MM-DD'), results: v.results, expectedVersion: pact.version },
      }),
    onSuccess: () => {
      setOpen(false)
      void message.success(em.done)
      void queryClient.invalidateQueries({ queryKey: ['emulation'] })
    },
    onError: (e) => {
      if (e instanceof ApiError && e.fields.length)
        form.setFields(e.fields.map((f) => ({ name: pathOf(f.path), errors: [f.message] })))
      else void message.error(e instanceof ApiError ? e.message : msg.common.unexpectedError)
    },
  })
  const action = pact.allowedActions[0]
  if (!action) return null
  return (
    <>
      <Button size="small" onClick={() => setOpen(true)}>
        {action.label}
      </Button>
      <Modal
        open={open}
        width={720}
        title={`${action.label}: ${pact.title}`}
        okText={em.confirm}
        cancelText={msg.common.cancel}
        confirmLoading={run.isPending}
        onOk={() => form.submit()}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" initialValues={{ date: dayjs() }} onFinish={(v) => run.mutate(v)}>
          <Form.Item name="date" label={em.date}>
            <DatePicker format="DD/MM/YYYY" />
          </Form.Item>
          <OutcomeFields items={pact.criteria} />
        </Form>
      </Modal>
    </>
  )
}

/** Giao ước thi đua: pacts between the government body and unions, their criteria and year-end results. */
export function PactsPage() {
  const can = useCan()
  const [year, setYear] = useState<number | undefined>(thisYear)
  const [open, setOpen] = useState(false)
  const list = usePagedList<Pact>(['emulation', 'pacts'], '/api/emulation/pacts', {
    year: year === undefined ? undefined : String(year),
  })
  return (
    <>
      <PageHeader
        title={em.pactsTitle}
        extra={
          can('emulation.manage') && (
            <Button type="primary" onClick={() => setOpen(true)}>
              {em.sign}
            </Button>
          )
        }
      />
      <Space wrap style={{ marginBottom: 16 }}>
        <Select
          allowClear
          aria-label={em.year}
          placeholder={em.allYears}
          value={year}
          onChange={setYear}
          options={years.map((y) => ({ value: y, label: String(y) }))}
          style={{ minWidth: 140 }}
        />
      </Space>
      {list.isError && <QueryError error={list.error} onRetry={() => void list.refetch()} />}
      <Table<Pact>
        rowKey="id"
        dataSource={list.items}
        loading={list.isPending}
        pagination={false}
        locale={{ emptyText: em.emptyPacts }}
        scroll={{ x: 'max-content' }}
        columns={[
          { title: em.year, dataIndex: 'year' },
          { title: em.pactTitle, dataIndex: 'title' },
          { title: em.organization, dataIndex: 'organizationName' },
          {
            title: em.parties,
            key: 'parties',
            render: (_, p) => p.parties.map((x) => <Tag key={x.name}>{`${x.name} (${x.kindLabel})`}</Tag>),
          },
          {
            title: em.criteria,
            key: 'criteria',
            render: (_, p) => (
              <ul style={{ margin: 0, paddingLeft: 16 }}>
                {p.criteria.map((c, i) => (
                  <li key={i}>
                    {c.text}: {c.target}
                    {p.assessment?.[i] &&
                      ` → ${p.assessment[i].achieved} (${p.assessment[i].met ? em.met : '✗'})`}
                  </li>
                ))}
              </ul>
            ),
          },
          { title: em.signedOn, key: 'on', render: (_, p) => formatDate(p.signedOn) },
          { title: em.status, key: 'status', render: (_, p) => <Tag>{p.statusLabel}</Tag> },
          { title: '', key: 'actions', render: (_, p) => <AssessButton pact={p} /> },
        ]}
      />
      <LoadMore
        hasMore={list.hasNextPage}
        loading={list.isFetchingNextPage}
        onLoad={() => void list.fetchNextPage()}
      />
      <Modal
        open={open}
        width={820}
        title={em.sign}
        footer={null}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        <SignForm onDone={() => setOpen(false)} />
      </Modal>
    </>
  )
}
