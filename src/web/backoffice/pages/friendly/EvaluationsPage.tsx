import { useMutation, useQuery } from '@tanstack/react-query'
import { App, Button, Form, InputNumber, Segmented, Space, Table, Tag } from 'antd'
import { useState } from 'react'
import { ApiError, apiRequest } from '../../api/client'
import { PageHeader } from '../../components/PageHeader'
import { QueryError } from '../../components/QueryError'
import { msg } from '../../messages'
import { Link, navigate, routes } from '../../router'
import { useCan } from '../../session'
import { ratingColors, type EvaluationItem, type EvaluationView } from './api'
import { fm } from './messages'

export const evaluationPath = (id: string): string => `${routes.friendlyEvaluations}/${id}`

/** Danh sách bản đánh giá: the unit's own years, and for the level above those waiting for its rating. */
export function EvaluationsPage() {
  const can = useCan()
  const { message } = App.useApp()
  const [year, setYear] = useState<number | null>(null)
  const [toReview, setToReview] = useState(can('friendly.rate') ? 'true' : 'false')
  const query = useQuery({
    queryKey: ['friendly', 'evaluations', year, toReview],
    queryFn: () =>
      apiRequest<{ items: EvaluationItem[] }>('/api/friendly-government/evaluations', {
        query: { year, toReview, limit: 100 },
      }),
  })
  const [newYear, setNewYear] = useState<number>(new Date().getFullYear())
  const create = useMutation({
    mutationFn: () =>
      apiRequest<EvaluationView>('/api/friendly-government/evaluations', {
        method: 'POST',
        body: { year: newYear },
      }),
    onSuccess: (e) => navigate(evaluationPath(e.id)),
    onError: (e) => void message.error(e instanceof ApiError ? e.message : msg.common.unexpectedError),
  })
  return (
    <>
      <PageHeader title={fm.listTitle} />
      {can('friendly.assess') && (
        <Form layout="inline" style={{ marginBottom: 16 }} onFinish={() => create.mutate()}>
          <Form.Item label={fm.year} htmlFor="friendly-new-year">
            <InputNumber
              id="friendly-new-year"
              min={2000}
              max={2100}
              value={newYear}
              onChange={(v) => v && setNewYear(v)}
            />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={create.isPending}>
            {fm.newEvaluation}
          </Button>
        </Form>
      )}
      <Space wrap style={{ marginBottom: 16 }}>
        {can('friendly.rate') && (
          <Segmented
            value={toReview}
            onChange={setToReview}
            options={[
              { value: 'true', label: fm.toReview },
              { value: 'false', label: fm.all },
            ]}
          />
        )}
        <InputNumber
          style={{ width: 160 }}
          aria-label={fm.year}
          placeholder={fm.year}
          min={2000}
          max={2100}
          value={year}
          onChange={(v) => setYear(v)}
        />
      </Space>
      {query.isError && <QueryError error={query.error} onRetry={() => void query.refetch()} />}
      <Table<EvaluationItem>
        rowKey="id"
        size="small"
        loading={query.isPending}
        dataSource={query.data?.items ?? []}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        scroll={{ x: 'max-content' }}
        columns={[
          {
            title: fm.organization,
            dataIndex: 'organizationName',
            render: (name: string, e) => <Link to={evaluationPath(e.id)}>{name}</Link>,
          },
          { title: fm.year, dataIndex: 'year' },
          { title: fm.status, dataIndex: 'statusLabel' },
          { title: fm.selfTotal, dataIndex: 'selfTotal', align: 'right' },
          { title: fm.finalTotal, dataIndex: 'finalTotal', align: 'right' },
          {
            title: fm.rating,
            dataIndex: 'rating',
            render: (r: string | null, e) =>
              r ? <Tag color={ratingColors[r]}>{e.ratingLabel}</Tag> : msg.common.none,
          },
        ]}
      />
    </>
  )
}
