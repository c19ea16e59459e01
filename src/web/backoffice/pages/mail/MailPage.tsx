import { useMutation, useQueryClient } from '@tanstack/react-query'
import { Alert, App, Button, Form, Input, Segmented, Select, Space, Table, Typography } from 'antd'
import { useState } from 'react'
import { apiRequest } from '../../api/client'
import { usePagedList, useCaseFields } from '../../api/queries'
import type { InboundMail } from '../../api/types'
import { FormError } from '../../components/FormError'
import { applyApiError, type FormErrorState } from '../../components/formErrors'
import { LoadMore } from '../../components/LoadMore'
import { PageHeader } from '../../components/PageHeader'
import { formatDateTime } from '../../format'
import { msg } from '../../messages'
import { casePath, Link, navigate } from '../../router'
import { useCan } from '../../session'

const options = (labels: Record<string, string>) =>
  Object.entries(labels).map(([value, label]) => ({ value, label }))

function ConfirmDraft({ mail, onDone }: { mail: InboundMail; onDone: (text: string) => void }) {
  const caseFields = useCaseFields()
  const { message } = App.useApp()
  const [kind, setKind] = useState('petition')
  const [field, setField] = useState('other')
  const [reason, setReason] = useState('')
  const [error, setError] = useState<string | null>(null)
  const confirm = useMutation({
    mutationFn: () =>
      apiRequest<{ caseId: string; trackingCode: string }>(`/api/mail/inbound/${mail.id}/confirm`, {
        method: 'POST',
        body: { kind, field },
      }),
    // The new case opens, with the mail's attachments among its own.
    onSuccess: (r) => {
      void message.success(msg.mail.confirmed(r.trackingCode))
      onDone(msg.mail.confirmed(r.trackingCode))
      navigate(casePath(r.caseId))
    },
    onError: (e) => setError(e instanceof Error ? e.message : String(e)),
  })
  const discard = useMutation({
    mutationFn: () =>
      apiRequest(`/api/mail/inbound/${mail.id}/discard`, { method: 'POST', body: { reason } }),
    onSuccess: () => onDone(msg.mail.statuses.discarded ?? ''),
    onError: (e) => setError(e instanceof Error ? e.message : String(e)),
  })
  return (
    <Space direction="vertical">
      {error && <Alert type="error" showIcon title={error} />}
      <Space wrap>
        <Select
          aria-label={msg.cases.kind}
          value={kind}
          onChange={setKind}
          options={options(msg.cases.kinds)}
          style={{ minWidth: 140 }}
        />
        <Select
          aria-label={msg.cases.field}
          value={field}
          onChange={setField}
          options={caseFields.options}
          style={{ minWidth: 200 }}
        />
        <Button type="primary" loading={confirm.isPending} onClick={() => confirm.mutate()}>
          {msg.mail.confirm}
        </Button>
      </Space>
      <Space wrap>
        <Input
          aria-label={msg.mail.discardReason}
          placeholder={msg.mail.discardReason}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
        />
        <Button danger loading={discard.isPending} onClick={() => discard.mutate()}>
          {msg.mail.discard}
        </Button>
      </Space>
    </Space>
  )
}

/** Hộp thư đến: drafts to confirm as cases, replies threaded to cases, quarantined and rejected mail. */
export function MailPage() {
  const t = msg.mail
  const can = useCan()
  const [status, setStatus] = useState('draft')
  const [notice, setNotice] = useState<string | null>(null)
  const [error, setError] = useState<FormErrorState | null>(null)
  const [form] = Form.useForm<{ address: string; reason: string }>()
  const queryClient = useQueryClient()
  const list = usePagedList<InboundMail>(['mail'], '/api/mail/inbound', { status })
  const block = useMutation({
    mutationFn: (v: { address: string; reason: string }) =>
      apiRequest('/api/mail/blocked-senders', { method: 'POST', body: v }),
    onSuccess: () => {
      setNotice(t.blocked)
      setError(null)
      form.resetFields()
    },
    onError: (e) => setError(applyApiError(form, e, ['address', 'reason'])),
  })
  const done = (text: string) => {
    setNotice(text)
    void queryClient.invalidateQueries({ queryKey: ['mail'] })
  }

  return (
    <>
      <PageHeader title={t.title} />
      {notice && <Alert type="success" role="status" showIcon title={notice} style={{ marginBottom: 12 }} />}
      <Segmented
        value={status}
        onChange={(v) => setStatus(String(v))}
        options={options(t.statuses)}
        style={{ marginBottom: 16 }}
      />
      <Table<InboundMail>
        rowKey="id"
        dataSource={list.items}
        loading={list.isPending}
        pagination={false}
        locale={{ emptyText: t.empty }}
        scroll={{ x: 'max-content' }}
        expandable={{
          expandedRowRender: (m) => (
            <Space direction="vertical" style={{ width: '100%' }}>
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>
                {m.textBody}
              </Typography.Paragraph>
              {m.status === 'draft' && can('cases.intake') && <ConfirmDraft mail={m} onDone={done} />}
            </Space>
          ),
        }}
        columns={[
          { title: t.receivedAt, key: 'at', render: (_, m) => formatDateTime(m.receivedAt) },
          {
            title: t.from,
            key: 'from',
            render: (_, m) =>
              `${m.fromName ? `${m.fromName} ` : ''}<${m.headerFrom ?? m.envelopeFrom ?? ''}>`,
          },
          { title: t.subject, key: 'subject', render: (_, m) => m.subject },
          { title: t.reason, key: 'reason', render: (_, m) => m.reason },
          {
            title: t.attachments,
            key: 'files',
            render: (_, m) => (
              <Space direction="vertical" size={0}>
                {m.attachments.map((a) => (
                  <a key={a.id} href={`/api/mail/inbound/${m.id}/attachments/${a.id}`} download>
                    {a.fileName}
                  </a>
                ))}
              </Space>
            ),
          },
          {
            title: t.case,
            key: 'case',
            render: (_, m) =>
              m.caseId && m.trackingCode ? <Link to={casePath(m.caseId)}>{m.trackingCode}</Link> : null,
          },
        ]}
      />
      <LoadMore
        hasMore={list.hasNextPage}
        loading={list.isFetchingNextPage}
        onLoad={() => void list.fetchNextPage()}
      />
      {can('mail.manage') && (
        <>
          <Typography.Title level={4} style={{ marginTop: 24 }}>
            {t.blockTitle}
          </Typography.Title>
          <FormError error={error} />
          <Form form={form} layout="inline" name="block" onFinish={(v) => block.mutate(v)}>
            <Form.Item
              name="address"
              label={t.blockAddress}
              rules={[{ required: true, message: msg.common.required(t.blockAddress) }]}
            >
              <Input autoComplete="off" />
            </Form.Item>
            <Form.Item
              name="reason"
              label={t.blockReason}
              rules={[{ required: true, message: msg.common.required(t.blockReason) }]}
            >
              <Input autoComplete="off" />
            </Form.Item>
            <Button htmlType="submit" loading={block.isPending}>
              {t.block}
            </Button>
          </Form>
        </>
      )}
    </>
  )
}
