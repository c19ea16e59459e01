import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { App, Button, Drawer, Form, Input, List, Modal, Space } from 'antd'
import { useState } from 'react'
import { ApiError, apiRequest } from '../../api/client'
import { QueryError } from '../../components/QueryError'
import { formatDateTime } from '../../format'
import { msg } from '../../messages'
import { ConferenceForm } from './ConferenceForm'
import type { Conference, ConferenceDetail } from './conference-types'
import { dm } from './messages'

const useDetail = (id: string, enabled = true) =>
  useQuery({
    queryKey: ['democracy', 'conference', id],
    queryFn: () => apiRequest<ConferenceDetail>(`/api/democracy/conferences/${id}`),
    enabled,
  })

/** Ghi nhận, đính chính, rút — each with who, when, why and what the figures were before. */
export function ConferenceHistory({ id }: { id: string }) {
  const detail = useDetail(id)
  if (detail.isError) return <QueryError error={detail.error} onRetry={() => void detail.refetch()} />
  return (
    <List
      size="small"
      header={dm.recordHistory}
      loading={detail.isPending}
      dataSource={detail.data?.history ?? []}
      renderItem={(h) => (
        <List.Item>
          {formatDateTime(h.at)} — {h.actionLabel} ({h.actorName}){h.reason ? `: ${h.reason}` : ''}
          {h.previous && h.action === 'correct' ? ` — ${dm.before(h.previous)}` : ''}
        </List.Item>
      )}
    />
  )
}

function CorrectionDrawer({ id, onClose }: { id: string; onClose: () => void }) {
  const detail = useDetail(id)
  return (
    <Drawer title={dm.correctTitle} open onClose={onClose} size="large" destroyOnHidden>
      {detail.isError && <QueryError error={detail.error} onRetry={() => void detail.refetch()} />}
      {detail.data && <ConferenceForm correcting={detail.data} onDone={onClose} />}
    </Drawer>
  )
}

function WithdrawModal({ conference, onClose }: { conference: Conference; onClose: () => void }) {
  const [form] = Form.useForm<{ reason: string }>()
  const { message } = App.useApp()
  const client = useQueryClient()
  const withdraw = useMutation({
    mutationFn: (v: { reason: string }) =>
      apiRequest(`/api/democracy/conferences/${conference.id}/actions/withdraw`, {
        method: 'POST',
        body: { reason: v.reason, expectedVersion: conference.version },
      }),
    onSuccess: () => {
      void message.success(dm.withdrawn)
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
      title={`${dm.withdraw}: ${conference.enterpriseName ?? conference.organizationName} (${conference.year})`}
      okText={dm.withdraw}
      cancelText={msg.common.cancel}
      confirmLoading={withdraw.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={(v) => withdraw.mutate(v)}>
        <p>{dm.withdrawHelp}</p>
        <Form.Item
          name="reason"
          label={dm.withdrawReason}
          rules={[{ required: true, message: msg.common.required(dm.withdrawReason) }]}
        >
          <Input.TextArea rows={2} autoFocus />
        </Form.Item>
      </Form>
    </Modal>
  )
}

/** The steps a recorded conference allows: đính chính (the form again, with a reason) and rút. */
export function ConferenceActions({ conference }: { conference: Conference }) {
  const [open, setOpen] = useState<'correct' | 'withdraw' | null>(null)
  if (conference.allowedActions.length === 0) return null
  return (
    <Space wrap>
      {conference.allowedActions.includes('correct') && (
        <Button onClick={() => setOpen('correct')}>{dm.correct}</Button>
      )}
      {conference.allowedActions.includes('withdraw') && (
        <Button danger onClick={() => setOpen('withdraw')}>
          {dm.withdraw}
        </Button>
      )}
      {open === 'correct' && <CorrectionDrawer id={conference.id} onClose={() => setOpen(null)} />}
      {open === 'withdraw' && <WithdrawModal conference={conference} onClose={() => setOpen(null)} />}
    </Space>
  )
}
