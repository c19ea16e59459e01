import { useMutation, useQueryClient } from '@tanstack/react-query'
import { App, Button, DatePicker, Form, Input, Modal, Select, Space, Typography } from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import { useState } from 'react'
import { ApiError, apiRequest } from '../../api/client'
import { msg } from '../../messages'
import type { ModelView } from './api'
import { awardFormLabels, LEVELS, levelLabels, mm } from './messages'

interface ActionValues {
  reason?: string
  note?: string
  level?: string
  decidingBody?: string
  decisionNumber?: string
  decidedOn?: Dayjs
  form?: string
  awardedBy?: string
  awardedOn?: Dayjs
}

/** The actions the model allows the caller (from the API), each with its short form in a dialog. */
export function ModelActions({ model }: { model: ModelView }) {
  const [action, setAction] = useState<{ action: string; label: string } | null>(null)
  const { message } = App.useApp()
  const [form] = Form.useForm<ActionValues>()
  const queryClient = useQueryClient()
  const run = useMutation({
    mutationFn: (v: ActionValues) =>
      apiRequest<ModelView>(`/api/models/${model.id}/actions/${action?.action}`, {
        method: 'POST',
        body: {
          ...v,
          decidedOn: v.decidedOn?.format('YYYY-MM-DD'),
          awardedOn: v.awardedOn?.format('YYYY-MM-DD'),
          expectedVersion: model.version,
        },
      }),
    onSuccess: () => {
      setAction(null)
      form.resetFields()
      void message.success(mm.done)
      void queryClient.invalidateQueries({ queryKey: ['models'] })
    },
    onError: (e) => {
      if (e instanceof ApiError && e.fields.length)
        form.setFields(e.fields.map((f) => ({ name: f.path as keyof ActionValues, errors: [f.message] })))
      else void message.error(e instanceof ApiError ? e.message : msg.common.unexpectedError)
    },
  })
  const required = (label: string) => [{ required: true, message: msg.common.required(label) }]
  const a = action?.action
  // Only the levels the caller's organization records (a commune records commune level, the province
  // province level and the old district level as history), above the model's current level.
  const higher = LEVELS.filter((l) => model.recordableLevels.includes(l))
  return (
    <>
      <Space wrap>
        {model.allowedActions
          // Recognition is offered only where the caller's organization records a level above the current one.
          .filter((x) => x.action !== 'recognise' || model.recordableLevels.length > 0)
          .map((x) => (
            <Button
              key={x.action}
              type={x.action === 'recognise' || x.action === 'submit' ? 'primary' : 'default'}
              onClick={() => setAction(x)}
            >
              {x.label}
            </Button>
          ))}
      </Space>
      <Modal
        open={action !== null}
        title={`${action?.label ?? ''}: ${model.title}`}
        okText={mm.confirm}
        cancelText={msg.common.cancel}
        confirmLoading={run.isPending}
        onOk={() => form.submit()}
        onCancel={() => setAction(null)}
        destroyOnHidden
      >
        <Form<ActionValues>
          form={form}
          layout="vertical"
          initialValues={{
            decidedOn: dayjs(),
            awardedOn: dayjs(),
            // District level only for decisions before 01/07/2025: not the default for a decision today.
            level: higher.find((l) => l !== 'district'),
          }}
          onFinish={(v) => run.mutate(v)}
        >
          {(a === 'submit' || a === 'resubmit') && (
            <Typography.Paragraph>{mm.confirmPlain}</Typography.Paragraph>
          )}
          {(a === 'return' || a === 'withdraw') && (
            <Form.Item name="reason" label={mm.reason} rules={required(mm.reason)}>
              <Input.TextArea rows={2} autoFocus />
            </Form.Item>
          )}
          {a === 'replicate' && (
            <Form.Item name="note" label={mm.note} rules={required(mm.note)}>
              <Input.TextArea rows={2} autoFocus />
            </Form.Item>
          )}
          {a === 'recognise' && (
            <>
              <Form.Item name="level" label={mm.level} rules={required(mm.level)}>
                <Select options={higher.map((l) => ({ value: l, label: levelLabels[l] }))} />
              </Form.Item>
              <Form.Item name="decidingBody" label={mm.decidingBody} rules={required(mm.decidingBody)}>
                <Input autoComplete="off" />
              </Form.Item>
              <Form.Item name="decisionNumber" label={mm.decisionNumber} rules={required(mm.decisionNumber)}>
                <Input autoComplete="off" />
              </Form.Item>
              <Form.Item name="decidedOn" label={mm.decidedOn} rules={required(mm.decidedOn)}>
                <DatePicker format="DD/MM/YYYY" />
              </Form.Item>
            </>
          )}
          {a === 'award' && (
            <>
              <Form.Item name="form" label={mm.form} rules={required(mm.form)}>
                <Select
                  options={Object.entries(awardFormLabels).map(([value, label]) => ({ value, label }))}
                />
              </Form.Item>
              <Form.Item name="awardedBy" label={mm.awardedBy} rules={required(mm.awardedBy)}>
                <Input autoComplete="off" />
              </Form.Item>
              <Form.Item name="decisionNumber" label={mm.decisionNumber} rules={required(mm.decisionNumber)}>
                <Input autoComplete="off" />
              </Form.Item>
              <Form.Item name="awardedOn" label={mm.awardedOn} rules={required(mm.awardedOn)}>
                <DatePicker format="DD/MM/YYYY" />
              </Form.Item>
            </>
          )}
        </Form>
      </Modal>
    </>
  )
}
