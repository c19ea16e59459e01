import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { App, Button, Card, DatePicker, Descriptions, Form, Input, Space, Table, Tag, Typography } from 'antd'
import type { Dayjs } from 'dayjs'
import { useState } from 'react'
import { ApiError, apiRequest } from '../../api/client'
import { OrganizationSelect } from '../../components/OrganizationSelect'
import { PageHeader } from '../../components/PageHeader'
import { QueryError } from '../../components/QueryError'
import { msg } from '../../messages'
import { useCan } from '../../session'
import { dm } from './messages'

interface RulesVersion {
  id: string
  versionNumber: number
  title: string
  decisionNumber: string
  adoptedOn: string
  effectiveFrom: string
  content: string | null
  current: boolean
  attachments: { id: string; fileName: string }[]
}
interface History {
  organization: { id: string; name: string }
  currentId: string | null
  items: RulesVersion[]
}
interface Values {
  title: string
  decisionNumber: string
  adoptedOn: Dayjs
  effectiveFrom: Dayjs
  content?: string
}
const vn = (iso: string) => iso.split('-').reverse().join('/')

/** Quy chế dân chủ của một cơ quan: phiên bản hiện hành, lịch sử các phiên bản, ban hành phiên bản mới. */
export function DemocracyRulesPage() {
  const can = useCan()
  const { message } = App.useApp()
  const client = useQueryClient()
  const [organization, setOrganization] = useState<string | undefined>(undefined)
  const [form] = Form.useForm<Values>()
  const query = useQuery({
    queryKey: ['democracy', 'rules', organization],
    queryFn: () => apiRequest<History>('/api/democracy/rules', { query: { organization } }),
  })
  const add = useMutation({
    mutationFn: (v: Values) =>
      apiRequest('/api/democracy/rules', {
        method: 'POST',
        body: {
          organizationId: query.data?.organization.id,
          title: v.title,
          decisionNumber: v.decisionNumber,
          adoptedOn: v.adoptedOn.format('YYYY-MM-DD'),
          effectiveFrom: v.effectiveFrom.format('YYYY-MM-DD'),
          content: v.content || undefined,
        },
      }),
    onSuccess: () => {
      void message.success(dm.added)
      form.resetFields()
      void client.invalidateQueries({ queryKey: ['democracy', 'rules'] })
    },
    onError: (e) => {
      if (e instanceof ApiError && e.fields.length)
        form.setFields(e.fields.map((f) => ({ name: f.path as keyof Values, errors: [f.message] })))
      else void message.error(e instanceof ApiError ? e.message : msg.common.unexpectedError)
    },
  })
  const h = query.data
  const current = h?.items.find((r) => r.current)
  return (
    <>
      <PageHeader title={dm.rulesTitle} />
      <Space wrap style={{ marginBottom: 16 }}>
        <label htmlFor="rules-organization">{dm.organization}</label>
        <div style={{ width: 360, display: 'grid' }}>
          <OrganizationSelect
            id="rules-organization"
            value={organization ?? h?.organization.id}
            onChange={setOrganization}
          />
        </div>
      </Space>
      {query.isError && <QueryError error={query.error} onRetry={() => void query.refetch()} />}
      {h && (
        <Space direction="vertical" size="large" style={{ width: '100%' }}>
          <Card size="small" title={`${dm.current} — ${h.organization.name}`}>
            {current ? (
              <Descriptions size="small" column={1}>
                <Descriptions.Item label={dm.title}>{current.title}</Descriptions.Item>
                <Descriptions.Item label={dm.version}>{current.versionNumber}</Descriptions.Item>
                <Descriptions.Item label={dm.decisionNumber}>
                  {current.decisionNumber} ({vn(current.adoptedOn)})
                </Descriptions.Item>
                <Descriptions.Item label={dm.effectiveFrom}>{vn(current.effectiveFrom)}</Descriptions.Item>
                {current.content && (
                  <Descriptions.Item label={dm.content}>{current.content}</Descriptions.Item>
                )}
              </Descriptions>
            ) : (
              <Typography.Text type="secondary">{dm.noRules}</Typography.Text>
            )}
          </Card>
          <Card size="small" title={dm.history}>
            <Table<RulesVersion>
              rowKey="id"
              size="small"
              pagination={false}
              scroll={{ x: 'max-content' }}
              dataSource={h.items}
              columns={[
                { title: dm.version, dataIndex: 'versionNumber' },
                { title: dm.title, dataIndex: 'title' },
                { title: dm.decisionNumber, dataIndex: 'decisionNumber' },
                { title: dm.adoptedOn, key: 'a', render: (_, r) => vn(r.adoptedOn) },
                { title: dm.effectiveFrom, key: 'e', render: (_, r) => vn(r.effectiveFrom) },
                {
                  title: '',
                  key: 'c',
                  render: (_, r) => (r.current ? <Tag color="green">{dm.inForce}</Tag> : null),
                },
                {
                  title: dm.content,
                  key: 'f',
                  render: (_, r) =>
                    r.attachments.map((f) => (
                      <div key={f.id}>
                        <a href={`/api/attachments/${f.id}`}>{f.fileName}</a>
                      </div>
                    )),
                },
              ]}
            />
          </Card>
          {can('democracy.manage') && (
            <Card size="small" title={dm.addVersion}>
              <Form<Values> form={form} layout="vertical" onFinish={(v) => add.mutate(v)}>
                <Form.Item
                  name="title"
                  label={dm.title}
                  rules={[{ required: true, message: msg.common.required(dm.title) }]}
                >
                  <Input />
                </Form.Item>
                <Space wrap>
                  <Form.Item
                    name="decisionNumber"
                    label={dm.decisionNumber}
                    rules={[{ required: true, message: msg.common.required(dm.decisionNumber) }]}
                  >
                    <Input />
                  </Form.Item>
                  <Form.Item
                    name="adoptedOn"
                    label={dm.adoptedOn}
                    rules={[{ required: true, message: msg.common.required(dm.adoptedOn) }]}
                  >
                    <DatePicker format="DD/MM/YYYY" />
                  </Form.Item>
                  <Form.Item
                    name="effectiveFrom"
                    label={dm.effectiveFrom}
                    rules={[{ required: true, message: msg.common.required(dm.effectiveFrom) }]}
                  >
                    <DatePicker format="DD/MM/YYYY" />
                  </Form.Item>
                </Space>
                <Form.Item name="content" label={dm.content}>
                  <Input.TextArea rows={4} />
                </Form.Item>
                <Button type="primary" htmlType="submit" loading={add.isPending}>
                  {dm.addVersion}
                </Button>
              </Form>
            </Card>
          )}
        </Space>
      )}
    </>
  )
}
