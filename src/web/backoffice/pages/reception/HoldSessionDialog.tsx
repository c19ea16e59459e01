import { useMutation, useQueryClient } from '@tanstack/react-query'
import { Button, DatePicker, Flex, Form, Input, Modal } from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import { useState } from 'react'
import { apiRequest } from '../../api/client'
import { FormError } from '../../components/FormError'
import { applyApiError, type FormErrorState } from '../../components/formErrors'
import { receptionText as t } from './texts'

interface HoldValues {
  attendees?: string
  conclusionNumber: string
  conclusionDate: Dayjs
  conclusion: string
  tasks: { direction?: string; owner?: string; dueDate?: Dayjs }[]
}

const FIELDS = ['attendees', 'conclusionNumber', 'conclusionDate', 'conclusion', 'tasks']

/** Kết thúc buổi tiếp: attendees, the conclusion notice and its directions as tracked tasks. */
export function HoldSessionDialog({ sessionId, onClose }: { sessionId: string | null; onClose: () => void }) {
  const [form] = Form.useForm<HoldValues>()
  const [error, setError] = useState<FormErrorState | null>(null)
  const queryClient = useQueryClient()
  const hold = useMutation({
    mutationFn: (v: HoldValues) =>
      apiRequest(`/api/reception/schedules/${sessionId}/hold`, {
        method: 'POST',
        body: {
          attendees: (v.attendees ?? '')
            .split(/[;\n]/)
            .map((a) => a.trim())
            .filter(Boolean),
          conclusionNumber: v.conclusionNumber,
          conclusionDate: v.conclusionDate.format('YYYY-MM-DD'),
          conclusion: v.conclusion,
          tasks: v.tasks
            .filter((k) => k.direction?.trim())
            .map((k) => ({
              direction: k.direction ?? '',
              owner: k.owner ?? '',
              dueDate: (k.dueDate ?? dayjs()).format('YYYY-MM-DD'),
            })),
        },
      }),
    onSuccess: () => {
      setError(null)
      form.resetFields()
      void queryClient.invalidateQueries({ queryKey: ['reception-sessions'] })
      void queryClient.invalidateQueries({ queryKey: ['reception-compliance'] })
      onClose()
    },
    onError: (e) => setError(applyApiError(form, e, FIELDS)),
  })
  return (
    <Modal
      open={sessionId !== null}
      title={t.holdTitle}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t.holdSubmit}
      confirmLoading={hold.isPending}
      width={760}
      destroyOnHidden
    >
      <FormError error={error} />
      <Form<HoldValues>
        form={form}
        layout="vertical"
        initialValues={{ conclusionDate: dayjs(), tasks: [{}] }}
        onFinish={(v) => hold.mutate(v)}
      >
        <Form.Item name="attendees" label={t.attendees}>
          <Input.TextArea rows={2} placeholder={t.attendeesHint} />
        </Form.Item>
        <Flex gap={12} wrap>
          <Form.Item
            name="conclusionNumber"
            label={t.conclusionNumber}
            rules={[{ required: true, message: t.conclusionNumber }]}
          >
            <Input autoComplete="off" />
          </Form.Item>
          <Form.Item
            name="conclusionDate"
            label={t.conclusionDate}
            rules={[{ required: true, message: t.conclusionDate }]}
          >
            <DatePicker format="DD/MM/YYYY" />
          </Form.Item>
        </Flex>
        <Form.Item name="conclusion" label={t.conclusion} rules={[{ required: true, message: t.conclusion }]}>
          <Input.TextArea rows={3} />
        </Form.Item>
        <Form.List name="tasks">
          {(fields, { add }) => (
            <>
              {fields.map((field, index) => (
                <Flex key={field.key} gap={8} wrap>
                  <Form.Item name={[field.name, 'direction']}>
                    <Input
                      aria-label={t.taskDirection(index + 1)}
                      placeholder={t.taskDirection(index + 1)}
                      style={{ width: 300 }}
                    />
                  </Form.Item>
                  <Form.Item name={[field.name, 'owner']}>
                    <Input
                      aria-label={t.taskOwner(index + 1)}
                      placeholder={t.taskOwner(index + 1)}
                      style={{ width: 200 }}
                    />
                  </Form.Item>
                  <Form.Item name={[field.name, 'dueDate']}>
                    <DatePicker
                      aria-label={t.taskDue(index + 1)}
                      placeholder={t.taskDue(index + 1)}
                      format="DD/MM/YYYY"
                    />
                  </Form.Item>
                </Flex>
              ))}
              <Button onClick={() => add({})}>{t.addTask}</Button>
            </>
          )}
        </Form.List>
      </Form>
    </Modal>
  )
}
