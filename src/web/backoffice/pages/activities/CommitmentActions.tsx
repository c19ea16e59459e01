import { useMutation, useQueryClient } from '@tanstack/react-query'
import { App, Button, Form, Input, InputNumber, Modal, Space } from 'antd'
import { useState } from 'react'
import { ApiError, apiRequest } from '../../api/client'
import { msg } from '../../messages'
import type { CommitmentView } from './api'
import { am } from './messages'

interface ActionValues {
  result?: string
  responseReference?: string
  reason?: string
  workingDays?: number
}

/** The buttons of the actions a commitment allows, each opening a short form (result, reason…). */
export function CommitmentActions({ commitment }: { commitment: CommitmentView }) {
  const [action, setAction] = useState<string | null>(null)
  const { message } = App.useApp()
  const [form] = Form.useForm<ActionValues>()
  const queryClient = useQueryClient()
  const run = useMutation({
    mutationFn: (v: ActionValues) =>
      apiRequest<CommitmentView>(`/api/commitments/${commitment.id}/actions/${action}`, {
        method: 'POST',
        body: { ...v, expectedVersion: commitment.version },
      }),
    onSuccess: () => {
      setAction(null)
      form.resetFields()
      void message.success(am.actionForm.done)
      void queryClient.invalidateQueries({ queryKey: ['activities'] })
      void queryClient.invalidateQueries({ queryKey: ['commitments'] })
    },
    onError: (e) => {
      if (e instanceof ApiError && e.fields.length)
        form.setFields(e.fields.map((f) => ({ name: f.path as keyof ActionValues, errors: [f.message] })))
      else void message.error(e instanceof ApiError ? e.message : msg.common.unexpectedError)
    },
  })
  const f = am.actionForm
  return (
    <>
      <Space wrap>
        {commitment.allowedActions.map((a) => (
          <Button
            key={a}
            size="small"
            type={a === 'complete' ? 'primary' : 'default'}
            onClick={() => setAction(a)}
          >
            {am.actions[a] ?? a}
          </Button>
        ))}
      </Space>
      <Modal
        open={action !== null}
        title={`${am.actions[action ?? ''] ?? ''}: ${commitment.content}`}
        okText={f.confirm}
        cancelText={msg.common.cancel}
        confirmLoading={run.isPending}
        onOk={() => form.submit()}
        onCancel={() => setAction(null)}
        destroyOnHidden
      >
        <Form<ActionValues> form={form} layout="vertical" onFinish={(v) => run.mutate(v)}>
          {action === 'complete' && (
            <Form.Item
              name="result"
              label={f.result}
              rules={[{ required: true, message: msg.common.required(f.result) }]}
            >
              <Input.TextArea rows={3} autoFocus />
            </Form.Item>
          )}
          {action === 'complete' && commitment.kind === 'recommendation' && (
            <Form.Item
              name="responseReference"
              label={f.responseReference}
              rules={[{ required: true, message: msg.common.required(f.responseReference) }]}
            >
              <Input />
            </Form.Item>
          )}
          {action !== 'complete' && (
            <Form.Item
              name="reason"
              label={f.reason}
              rules={[{ required: true, message: msg.common.required(f.reason) }]}
            >
              <Input.TextArea rows={2} autoFocus />
            </Form.Item>
          )}
          {action === 'extend' && (
            <Form.Item name="workingDays" label={f.workingDays}>
              <InputNumber min={1} max={250} />
            </Form.Item>
          )}
        </Form>
      </Modal>
    </>
  )
}
