import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { App, Button, DatePicker, Drawer, Form, Input, InputNumber, Select, Space, Table, Tag } from 'antd'
import type { Dayjs } from 'dayjs'
import { useState } from 'react'
import { ApiError, apiRequest } from '../../api/client'
import { OrganizationSelect } from '../../components/OrganizationSelect'
import { PageHeader } from '../../components/PageHeader'
import { QueryError } from '../../components/QueryError'
import { msg } from '../../messages'
import { useCan } from '../../session'
import { dm } from './messages'

interface Conference {
  id: string
  kind: 'staff' | 'workers'
  organizationName: string
  enterpriseName: string | null
  year: number
  status: 'held' | 'skipped'
  heldOn: string | null
  formLabel: string | null
  expectedCount: number | null
  presentCount: number | null
  windowFrom: string
  windowTo: string
  valid: boolean
  findings: { code: string; severity: string; message: string; source: string }[]
}
interface FormValues {
  kind: 'staff' | 'workers'
  organizationId?: string
  enterpriseId?: string
  year: number
  status: 'held' | 'skipped'
  heldOn?: Dayjs
  form?: 'full' | 'delegates'
  staffTotal?: number
  expectedCount?: number
  presentCount?: number
  note?: string
  resolutions?: { title: string; votesFor: number; votesAgainst: number; abstentions?: number }[]
}

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

function ConferenceForm({ onDone }: { onDone: () => void }) {
  const [form] = Form.useForm<FormValues>()
  const { message } = App.useApp()
  const client = useQueryClient()
  const kind = Form.useWatch('kind', form) ?? 'staff'
  const status = Form.useWatch('status', form) ?? 'held'
  const formKind = Form.useWatch('form', form) ?? 'full'
  const enterprises = useQuery({
    queryKey: ['democracy', 'enterprises'],
    queryFn: () =>
      apiRequest<{ items: { id: string; name: string }[] }>('/api/democracy/enterprises', {
        query: { limit: 100 },
      }),
    enabled: kind === 'workers',
  })
  const save = useMutation({
    mutationFn: (v: FormValues) =>
      apiRequest<Conference>('/api/democracy/conferences', {
        method: 'POST',
        body: {
          ...v,
          organizationId: v.kind === 'staff' ? v.organizationId : undefined,
          enterpriseId: v.kind === 'workers' ? v.enterpriseId : undefined,
          heldOn: v.status === 'held' ? v.heldOn?.format('YYYY-MM-DD') : undefined,
          form: v.status === 'held' ? v.form : undefined,
          presentCount: v.status === 'held' ? v.presentCount : undefined,
          expectedCount: v.status === 'held' && v.form === 'delegates' ? v.expectedCount : undefined,
          resolutions: v.status === 'held' ? (v.resolutions ?? []) : [],
          note: v.note || undefined,
        },
      }),
    onSuccess: (c) => {
      void message.success(`${dm.recorded} ${c.valid ? dm.valid : dm.invalid}.`)
      void client.invalidateQueries({ queryKey: ['democracy'] })
      form.resetFields()
      onDone()
    },
    onError: (e) => {
      if (e instanceof ApiError && e.fields.length)
        form.setFields(
          e.fields.map((f) => ({
            name: f.path.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p)) as never,
            errors: [f.message],
          })),
        )
      else void message.error(e instanceof ApiError ? e.message : msg.common.unexpectedError)
    },
  })
  return (
    <Form<FormValues>
      form={form}
      layout="vertical"
      initialValues={{ kind: 'staff', status: 'held', form: 'full', year: new Date().getFullYear() - 1 }}
      onFinish={(v) => save.mutate(v)}
    >
      <Form.Item name="kind" label={dm.kind}>
        <Select options={(['staff', 'workers'] as const).map((k) => ({ value: k, label: dm.kinds[k] }))} />
      </Form.Item>
      {kind === 'staff' ? (
        <Form.Item name="organizationId" label={dm.organization}>
          <OrganizationSelect />
        </Form.Item>
      ) : (
        <Form.Item
          name="enterpriseId"
          label={dm.enterprise}
          rules={[{ required: true, message: msg.common.requiredSelect(dm.enterprise) }]}
        >
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            loading={enterprises.isPending}
            options={(enterprises.data?.items ?? []).map((e) => ({ value: e.id, label: e.name }))}
          />
        </Form.Item>
      )}
      <Space wrap>
        <Form.Item
          name="year"
          label={dm.year}
          rules={[{ required: true, message: msg.common.required(dm.year) }]}
        >
          <InputNumber min={2000} max={2100} />
        </Form.Item>
        <Form.Item
          name="staffTotal"
          label={dm.staffTotal}
          rules={[{ required: true, message: msg.common.required(dm.staffTotal) }]}
        >
          <InputNumber min={1} />
        </Form.Item>
      </Space>
      {kind === 'staff' && (
        <Form.Item name="status" label={dm.status}>
          <Select
            options={(['held', 'skipped'] as const).map((s) => ({ value: s, label: dm.statuses[s] }))}
          />
        </Form.Item>
      )}
      {status === 'held' && (
        <>
          <Space wrap>
            <Form.Item
              name="heldOn"
              label={dm.heldOn}
              rules={[{ required: true, message: msg.common.required(dm.heldOn) }]}
            >
              <DatePicker format="DD/MM/YYYY" />
            </Form.Item>
            <Form.Item name="form" label={dm.form}>
              <Select
                style={{ minWidth: 140 }}
                options={(['full', 'delegates'] as const).map((f) => ({ value: f, label: dm.forms[f] }))}
              />
            </Form.Item>
          </Space>
          <Space wrap>
            {formKind === 'delegates' && (
              <Form.Item name="expectedCount" label={dm.expectedCount}>
                <InputNumber min={1} />
              </Form.Item>
            )}
            <Form.Item
              name="presentCount"
              label={dm.presentCount}
              rules={[{ required: true, message: msg.common.required(dm.presentCount) }]}
            >
              <InputNumber min={0} />
            </Form.Item>
          </Space>
          <Form.List name="resolutions">
            {(items, { add, remove }) => (
              <fieldset style={{ border: 0, padding: 0 }}>
                <legend style={{ fontSize: 14 }}>{dm.resolutions}</legend>
                {items.map((item) => (
                  <Space key={item.key} wrap align="end">
                    <Form.Item
                      name={[item.name, 'title']}
                      label={dm.resolutionTitle}
                      rules={[{ required: true, message: msg.common.required(dm.resolutionTitle) }]}
                    >
                      <Input style={{ minWidth: 240 }} />
                    </Form.Item>
                    <Form.Item name={[item.name, 'votesFor']} label={dm.votesFor} initialValue={0}>
                      <InputNumber min={0} />
                    </Form.Item>
                    <Form.Item name={[item.name, 'votesAgainst']} label={dm.votesAgainst} initialValue={0}>
                      <InputNumber min={0} />
                    </Form.Item>
                    <Form.Item name={[item.name, 'abstentions']} label={dm.abstentions}>
                      <InputNumber min={0} />
                    </Form.Item>
                    <Form.Item>
                      <Button onClick={() => remove(item.name)}>{dm.remove}</Button>
                    </Form.Item>
                  </Space>
                ))}
                <Button onClick={() => add()} style={{ marginBottom: 16 }}>
                  {dm.addResolution}
                </Button>
              </fieldset>
            )}
          </Form.List>
        </>
      )}
      <Form.Item name="note" label={dm.note}>
        <Input.TextArea rows={2} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={save.isPending}>
        {dm.record}
      </Button>
    </Form>
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
              {can('democracy.manage') && c.status === 'held' && <MinutesInput conference={c} />}
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
