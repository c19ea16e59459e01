import { useMutation } from '@tanstack/react-query'
import { Alert, Button, Card, Form, Input, InputNumber, Radio, Table, Typography } from 'antd'
import { useState } from 'react'
import { apiRequest } from '../../api/client'
import type { Deadline, PeriodUnit } from '../../api/types'
import { FormError } from '../../components/FormError'
import { applyApiError, type FormErrorState } from '../../components/formErrors'
import { PageHeader } from '../../components/PageHeader'
import { formatDate, weekdayName } from '../../format'
import { msg } from '../../messages'

interface DeadlineValues {
  start: string
  amount: number
  unit: PeriodUnit
  province?: string
}

const FIELDS = ['start', 'amount', 'unit', 'province'] as const

/** For handlers: a due date from a start date and a period, with every skipped day and why. */
export function DeadlinePage() {
  const t = msg.deadline
  const [form] = Form.useForm<DeadlineValues>()
  const [formError, setFormError] = useState<FormErrorState | null>(null)
  const compute = useMutation({
    mutationFn: (values: DeadlineValues) =>
      apiRequest<Deadline>('/api/calendar/deadline', {
        query: { ...values, province: values.province?.trim() || undefined },
      }),
    onError: (error) => setFormError(applyApiError(form, error, FIELDS)),
  })
  const result = compute.data

  return (
    <>
      <PageHeader title={t.title} />
      <Typography.Paragraph type="secondary">{t.intro}</Typography.Paragraph>
      <FormError error={formError} />
      <Form<DeadlineValues>
        name="deadline"
        form={form}
        layout="inline"
        initialValues={{ unit: 'working_days', amount: 10 }}
        onFinish={(values) => {
          setFormError(null)
          compute.mutate(values)
        }}
        style={{ marginBottom: 16, rowGap: 8 }}
      >
        <Form.Item
          name="start"
          label={t.start}
          rules={[{ required: true, message: msg.common.required(t.start) }]}
        >
          <Input type="date" />
        </Form.Item>
        <Form.Item
          name="amount"
          label={t.amount}
          rules={[{ required: true, message: msg.common.required(t.amount) }]}
        >
          <InputNumber min={0} max={3650} precision={0} />
        </Form.Item>
        <Form.Item name="unit" label={t.unit}>
          <Radio.Group
            options={[
              { value: 'working_days', label: msg.unitName('working_days') },
              { value: 'days', label: msg.unitName('days') },
            ]}
          />
        </Form.Item>
        <Form.Item name="province" label={t.province}>
          <Input autoComplete="off" style={{ width: 80 }} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={compute.isPending}>
          {t.submit}
        </Button>
      </Form>
      {result && (
        <Card>
          <Alert
            type="success"
            showIcon
            role="status"
            title={
              <span>
                {t.due}: <strong>{t.dueText(weekdayName(result.due), formatDate(result.due))}</strong>
              </span>
            }
            description={t.summary(result.amount, msg.unitName(result.unit), formatDate(result.start))}
            style={{ marginBottom: 16 }}
          />
          <Typography.Title level={2} style={{ fontSize: 18 }}>
            {t.skippedTitle}
          </Typography.Title>
          <Table
            rowKey="date"
            size="small"
            pagination={false}
            dataSource={result.skipped}
            locale={{ emptyText: t.noSkipped }}
            columns={[
              {
                title: msg.calendar.date,
                key: 'date',
                render: (_, day) => `${weekdayName(day.date)}, ${formatDate(day.date)}`,
              },
              { title: t.reason, dataIndex: 'reason', key: 'reason' },
            ]}
          />
        </Card>
      )}
    </>
  )
}
