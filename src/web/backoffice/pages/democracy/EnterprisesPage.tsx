import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { App, Button, Drawer, Form, Input, InputNumber, Modal, Select, Space, Switch, Table, Tag } from 'antd'
import { useState } from 'react'
import { ApiError, apiRequest } from '../../api/client'
import { OrganizationSelect } from '../../components/OrganizationSelect'
import { PageHeader } from '../../components/PageHeader'
import { QueryError } from '../../components/QueryError'
import { msg } from '../../messages'
import { useCan } from '../../session'
import { em } from './messages'

interface Enterprise {
  id: string
  name: string
  taxCode: string
  ownership: 'state' | 'private'
  ownershipLabel: string
  workforce: number
  fiscalYearEndMonth: number
  hasTradeUnion: boolean
  organizationId: string
  organizationName: string
  adminUnitCode: string | null
  address: string | null
  status: 'active' | 'inactive'
  inactiveReason: string | null
  allowedActions: ('deactivate' | 'reactivate')[]
  conferenceBasis: string
}

interface FormValues {
  name: string
  taxCode: string
  ownership: 'state' | 'private'
  workforce: number
  fiscalYearEndMonth: number
  hasTradeUnion: boolean
  organizationId?: string
  adminUnitCode?: string
  address?: string
}

const fieldErrors = (e: ApiError) =>
  e.fields.map((f) => ({ name: f.path as keyof FormValues, errors: [f.message] }))

/** Thêm or sửa a doanh nghiệp: the overseeing organization is chosen when adding, fixed afterwards. */
function EnterpriseForm({ editing, onDone }: { editing?: Enterprise; onDone: () => void }) {
  const [form] = Form.useForm<FormValues>()
  const { message } = App.useApp()
  const client = useQueryClient()
  const save = useMutation({
    mutationFn: (v: FormValues) =>
      editing
        ? apiRequest<Enterprise>(`/api/democracy/enterprises/${editing.id}`, {
            method: 'PATCH',
            body: {
              name: v.name,
              taxCode: v.taxCode,
              ownership: v.ownership,
              workforce: v.workforce,
              fiscalYearEndMonth: v.fiscalYearEndMonth,
              hasTradeUnion: v.hasTradeUnion,
              adminUnitCode: v.adminUnitCode || null,
              address: v.address || null,
            },
          })
        : apiRequest<Enterprise>('/api/democracy/enterprises', {
            method: 'POST',
            body: { ...v, adminUnitCode: v.adminUnitCode || undefined, address: v.address || undefined },
          }),
    onSuccess: () => {
      void message.success(editing ? em.saved : em.added)
      void client.invalidateQueries({ queryKey: ['democracy'] })
      onDone()
    },
    onError: (e) => {
      if (e instanceof ApiError && e.fields.length) form.setFields(fieldErrors(e))
      else void message.error(e instanceof ApiError ? e.message : msg.common.unexpectedError)
    },
  })
  const required = (label: string) => [{ required: true, message: msg.common.required(label) }]
  return (
    <Form<FormValues>
      form={form}
      layout="vertical"
      initialValues={
        editing
          ? {
              ...editing,
              adminUnitCode: editing.adminUnitCode ?? undefined,
              address: editing.address ?? undefined,
            }
          : { ownership: 'private', fiscalYearEndMonth: 12, hasTradeUnion: true }
      }
      onFinish={(v) => save.mutate(v)}
    >
      <Form.Item name="name" label={em.name} rules={required(em.name)}>
        <Input autoComplete="off" />
      </Form.Item>
      <Space wrap>
        <Form.Item name="taxCode" label={em.taxCode} rules={required(em.taxCode)}>
          <Input autoComplete="off" style={{ width: 200 }} />
        </Form.Item>
        <Form.Item name="ownership" label={em.ownership}>
          <Select
            style={{ minWidth: 240 }}
            options={(['state', 'private'] as const).map((o) => ({ value: o, label: em.ownerships[o] }))}
          />
        </Form.Item>
      </Space>
      <Space wrap>
        <Form.Item name="workforce" label={em.workforce} rules={required(em.workforce)}>
          <InputNumber min={0} />
        </Form.Item>
        <Form.Item name="fiscalYearEndMonth" label={em.fiscalYearEndMonth}>
          <InputNumber min={1} max={12} />
        </Form.Item>
        <Form.Item name="hasTradeUnion" label={em.hasTradeUnion} valuePropName="checked">
          <Switch />
        </Form.Item>
      </Space>
      {!editing && (
        <Form.Item name="organizationId" label={em.organization}>
          <OrganizationSelect />
        </Form.Item>
      )}
      <Form.Item name="adminUnitCode" label={em.adminUnitCode}>
        <Input autoComplete="off" style={{ width: 120 }} />
      </Form.Item>
      <Form.Item name="address" label={em.address}>
        <Input autoComplete="off" />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={save.isPending}>
        {editing ? em.save : em.add}
      </Button>
    </Form>
  )
}

function DeactivateModal({ enterprise, onClose }: { enterprise: Enterprise; onClose: () => void }) {
  const [form] = Form.useForm<{ reason: string }>()
  const { message } = App.useApp()
  const client = useQueryClient()
  const run = useMutation({
    mutationFn: (v: { reason: string }) =>
      apiRequest(`/api/democracy/enterprises/${enterprise.id}/actions/deactivate`, {
        method: 'POST',
        body: v,
      }),
    onSuccess: () => {
      void message.success(em.deactivated)
      void client.invalidateQueries({ queryKey: ['democracy'] })
      onClose()
    },
    onError: (e) => {
      if (e instanceof ApiError && e.fields.length)
        form.setFields(e.fields.map((f) => ({ name: f.path as 'reason', errors: [f.message] })))
      else void message.error(e instanceof ApiError ? e.message : msg.common.unexpectedError)
    },
  })
  return (
    <Modal
      open
      title={`${em.deactivate}: ${enterprise.name}`}
      okText={em.deactivate}
      cancelText={msg.common.cancel}
      confirmLoading={run.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={(v) => run.mutate(v)}>
        <p>{em.deactivateHelp}</p>
        <Form.Item
          name="reason"
          label={em.reason}
          rules={[{ required: true, message: msg.common.required(em.reason) }]}
        >
          <Input.TextArea rows={2} autoFocus />
        </Form.Item>
      </Form>
    </Modal>
  )
}

/**
 * Danh sách doanh nghiệp theo dõi hội nghị người lao động: search (without diacritics too), filters,
 * add, edit, stop following with a reason and follow again.
 */
export function EnterprisesPage() {
  const can = useCan()
  const { message } = App.useApp()
  const client = useQueryClient()
  const [q, setQ] = useState('')
  const [ownership, setOwnership] = useState<string | undefined>(undefined)
  const [status, setStatus] = useState<string | undefined>('active')
  const [editing, setEditing] = useState<Enterprise | 'new' | null>(null)
  const [deactivating, setDeactivating] = useState<Enterprise | null>(null)
  const query = useQuery({
    queryKey: ['democracy', 'enterprises', 'register', q, ownership, status],
    queryFn: () =>
      apiRequest<{ items: Enterprise[] }>('/api/democracy/enterprises', {
        query: { q: q || undefined, ownership, status, limit: 100 },
      }),
  })
  const reactivate = useMutation({
    mutationFn: (e: Enterprise) =>
      apiRequest(`/api/democracy/enterprises/${e.id}/actions/reactivate`, { method: 'POST', body: {} }),
    onSuccess: () => {
      void message.success(em.reactivated)
      void client.invalidateQueries({ queryKey: ['democracy'] })
    },
    onError: (e) => void message.error(e instanceof ApiError ? e.message : msg.common.unexpectedError),
  })
  const manage = can('democracy.manage')
  return (
    <>
      <PageHeader
        title={em.title}
        extra={
          manage && (
            <Button type="primary" onClick={() => setEditing('new')}>
              {em.add}
            </Button>
          )
        }
      />
      <Space wrap style={{ marginBottom: 16 }}>
        <Input.Search
          aria-label={em.search}
          placeholder={em.search}
          allowClear
          style={{ width: 320 }}
          onSearch={setQ}
        />
        <Select
          aria-label={em.ownership}
          allowClear
          placeholder={em.ownership}
          style={{ minWidth: 240 }}
          value={ownership}
          onChange={setOwnership}
          options={(['state', 'private'] as const).map((o) => ({ value: o, label: em.ownerships[o] }))}
        />
        <Select
          aria-label={em.status}
          allowClear
          placeholder={em.allStatuses}
          style={{ minWidth: 200 }}
          value={status}
          onChange={setStatus}
          options={(['active', 'inactive'] as const).map((s) => ({ value: s, label: em.statuses[s] }))}
        />
      </Space>
      {query.isError && <QueryError error={query.error} onRetry={() => void query.refetch()} />}
      <Table<Enterprise>
        rowKey="id"
        size="small"
        loading={query.isPending}
        dataSource={query.data?.items ?? []}
        locale={{ emptyText: em.empty }}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        scroll={{ x: 'max-content' }}
        columns={[
          { title: em.name, dataIndex: 'name' },
          { title: em.taxCode, dataIndex: 'taxCode' },
          { title: em.ownership, dataIndex: 'ownershipLabel' },
          { title: em.workforce, dataIndex: 'workforce', align: 'right' },
          { title: em.fiscalYearEnd, key: 'fy', render: (_, e) => em.month(e.fiscalYearEndMonth) },
          { title: em.organization, dataIndex: 'organizationName' },
          {
            title: em.status,
            key: 's',
            render: (_, e) =>
              e.status === 'active' ? (
                <Tag color="green">{em.statuses.active}</Tag>
              ) : (
                <Space direction="vertical" size={0}>
                  <Tag>{em.statuses.inactive}</Tag>
                  <span>{e.inactiveReason}</span>
                </Space>
              ),
          },
          ...(manage
            ? [
                {
                  title: em.actions,
                  key: 'a',
                  render: (_: unknown, e: Enterprise) => (
                    <Space wrap>
                      <Button size="small" onClick={() => setEditing(e)} aria-label={em.editOf(e.name)}>
                        {em.edit}
                      </Button>
                      {e.allowedActions.includes('deactivate') && (
                        <Button
                          size="small"
                          danger
                          onClick={() => setDeactivating(e)}
                          aria-label={em.deactivateOf(e.name)}
                        >
                          {em.deactivate}
                        </Button>
                      )}
                      {e.allowedActions.includes('reactivate') && (
                        <Button
                          size="small"
                          loading={reactivate.isPending}
                          onClick={() => reactivate.mutate(e)}
                          aria-label={em.reactivateOf(e.name)}
                        >
                          {em.reactivate}
                        </Button>
                      )}
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
      <Drawer
        title={editing === 'new' ? em.add : em.editTitle}
        open={editing !== null}
        onClose={() => setEditing(null)}
        size="large"
        destroyOnHidden
      >
        {editing !== null && (
          <EnterpriseForm editing={editing === 'new' ? undefined : editing} onDone={() => setEditing(null)} />
        )}
      </Drawer>
      {deactivating && <DeactivateModal enterprise={deactivating} onClose={() => setDeactivating(null)} />}
    </>
  )
}
