import { useMutation, useQueryClient } from '@tanstack/react-query'
import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Form,
  Input,
  InputNumber,
  Space,
  Table,
  Tag,
  Timeline,
  Typography,
} from 'antd'
import { useState } from 'react'
import { ApiError, apiRequest } from '../../api/client'
import { PageHeader } from '../../components/PageHeader'
import { QueryError } from '../../components/QueryError'
import { msg } from '../../messages'
import { ratingColors, ratingFor, useEvaluation, type EvaluationView, type ScoreView } from './api'
import { fm } from './messages'

interface SelfValues {
  selfSummary?: string
  scores: Record<string, { score?: number | null; evidence?: string; links?: string }>
}
interface ReviewValues {
  comment?: string
  scores: Record<string, { score?: number | null; note?: string }>
}

const formatDate = (iso: string) => new Date(iso).toLocaleString('vi-VN')
const fields = (e: unknown) => (e instanceof ApiError ? e.fields : [])

function FileInput({ evaluation, score }: { evaluation: EvaluationView; score: ScoreView }) {
  const { message } = App.useApp()
  const client = useQueryClient()
  const upload = useMutation({
    mutationFn: (files: FileList) => {
      const form = new FormData()
      for (const file of Array.from(files)) form.append('attachments', file, file.name)
      return apiRequest(
        `/api/friendly-government/evaluations/${evaluation.id}/criteria/${score.criterion}/attachments`,
        {
          method: 'POST',
          body: form,
        },
      )
    },
    onSuccess: () => void client.invalidateQueries({ queryKey: ['friendly', 'evaluation', evaluation.id] }),
    onError: (e) => void message.error(e instanceof ApiError ? e.message : msg.common.unexpectedError),
  })
  return (
    <input
      type="file"
      multiple
      aria-label={fm.fileLabel(score.criterion)}
      onChange={(event) => event.target.files?.length && upload.mutate(event.target.files)}
    />
  )
}

const fileLinks = (s: ScoreView) =>
  s.files.map((f) => (
    <div key={f.id}>
      <a href={`/api/attachments/${f.id}`}>{f.fileName}</a>
    </div>
  ))

/** Self-assessment: a score and evidence per criterion, saved as a draft, then submitted. */
function SelfAssessmentForm({ evaluation }: { evaluation: EvaluationView }) {
  const [form] = Form.useForm<SelfValues>()
  const { message } = App.useApp()
  const client = useQueryClient()
  const [error, setError] = useState<string | null>(null)
  const max = new Map(evaluation.criteriaSet.criteria.map((c) => [c.code, c.maxPoints]))
  const body = (v: SelfValues) => ({
    expectedVersion: evaluation.version,
    selfSummary: v.selfSummary ?? null,
    scores: evaluation.scores.map((s) => ({
      criterion: s.criterion,
      score: v.scores[s.criterion]?.score ?? null,
      evidence: v.scores[s.criterion]?.evidence ?? null,
      links: (v.scores[s.criterion]?.links ?? '')
        .split(/\s+/)
        .map((l) => l.trim())
        .filter(Boolean),
    })),
  })
  const save = useMutation({
    mutationFn: async ({ values, submit }: { values: SelfValues; submit: boolean }) => {
      await apiRequest(`/api/friendly-government/evaluations/${evaluation.id}`, {
        method: 'PATCH',
        body: body(values),
      })
      if (submit)
        await apiRequest(`/api/friendly-government/evaluations/${evaluation.id}/actions/submit`, {
          method: 'POST',
          body: {},
        })
      return submit
    },
    onSuccess: (submit) => {
      setError(null)
      void message.success(submit ? fm.submitted : fm.saved)
      void client.invalidateQueries({ queryKey: ['friendly'] })
    },
    onError: (e) => {
      setError(e instanceof ApiError ? e.message : msg.common.unexpectedError)
      form.setFields(
        fields(e).map((f) => {
          const [, code, field] = f.path.split('.')
          return {
            name: ['scores', code ?? '', field === 'evidence' ? 'evidence' : 'score'],
            errors: [f.message],
          }
        }),
      )
    },
  })
  const values = Form.useWatch('scores', form) ?? {}
  const total = Object.values(values).reduce((s, v) => s + (v?.score ?? 0), 0)
  const initial: SelfValues = {
    selfSummary: evaluation.selfSummary ?? undefined,
    scores: Object.fromEntries(
      evaluation.scores.map((s) => [
        s.criterion,
        { score: s.selfScore, evidence: s.evidence ?? undefined, links: s.links.join('\n') },
      ]),
    ),
  }
  return (
    <Form<SelfValues> form={form} layout="vertical" initialValues={initial}>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} role="alert" />}
      <Table<ScoreView>
        rowKey="criterion"
        size="small"
        pagination={false}
        scroll={{ x: 'max-content' }}
        dataSource={evaluation.scores}
        columns={[
          {
            title: fm.criterion,
            key: 'text',
            render: (_, s) => (
              <div style={{ maxWidth: 420 }}>
                <strong>{s.criterion}</strong> — {s.text}
                <Typography.Paragraph type="secondary" style={{ margin: 0, fontSize: 12 }}>
                  {fm.source}: {s.source}
                </Typography.Paragraph>
              </div>
            ),
          },
          { title: fm.maxPoints, dataIndex: 'maxPoints', align: 'right' },
          {
            title: fm.score,
            key: 'score',
            render: (_, s) => (
              <Form.Item name={['scores', s.criterion, 'score']} style={{ margin: 0 }}>
                <InputNumber
                  aria-label={fm.scoreLabel(s.criterion)}
                  min={0}
                  max={max.get(s.criterion)}
                  step={0.5}
                />
              </Form.Item>
            ),
          },
          {
            title: fm.evidence,
            key: 'evidence',
            render: (_, s) => (
              <Space direction="vertical" style={{ minWidth: 260 }}>
                <Form.Item name={['scores', s.criterion, 'evidence']} style={{ margin: 0 }}>
                  <Input.TextArea rows={2} aria-label={fm.evidenceLabel(s.criterion)} />
                </Form.Item>
                <Form.Item name={['scores', s.criterion, 'links']} style={{ margin: 0 }}>
                  <Input.TextArea rows={1} aria-label={fm.linksLabel(s.criterion)} placeholder={fm.links} />
                </Form.Item>
                {fileLinks(s)}
                <FileInput evaluation={evaluation} score={s} />
              </Space>
            ),
          },
        ]}
      />
      <Form.Item name="selfSummary" label={fm.selfSummary} style={{ marginTop: 16 }}>
        <Input.TextArea rows={3} />
      </Form.Item>
      <Space wrap>
        <Typography.Text strong>{fm.total(total, evaluation.criteriaSet.maxTotal)}</Typography.Text>
        <Button
          loading={save.isPending}
          onClick={() => save.mutate({ values: form.getFieldsValue(true), submit: false })}
        >
          {fm.save}
        </Button>
        <Button
          type="primary"
          loading={save.isPending}
          onClick={() => save.mutate({ values: form.getFieldsValue(true), submit: true })}
        >
          {fm.submit}
        </Button>
      </Space>
    </Form>
  )
}

/** Review by the level above: its own score where it differs, a comment, then return or rate. */
function ReviewForm({ evaluation }: { evaluation: EvaluationView }) {
  const [form] = Form.useForm<ReviewValues>()
  const { message } = App.useApp()
  const client = useQueryClient()
  const [error, setError] = useState<string | null>(null)
  const run = useMutation({
    mutationFn: ({ action, values }: { action: string; values: ReviewValues }) =>
      apiRequest(`/api/friendly-government/evaluations/${evaluation.id}/actions/${action}`, {
        method: 'POST',
        body: {
          expectedVersion: evaluation.version,
          comment: values.comment,
          ...(action === 'rate'
            ? {
                scores: evaluation.scores
                  .filter(
                    (s) =>
                      values.scores[s.criterion]?.score !== s.selfScore || values.scores[s.criterion]?.note,
                  )
                  .map((s) => ({
                    criterion: s.criterion,
                    score: values.scores[s.criterion]?.score ?? 0,
                    ...(values.scores[s.criterion]?.note ? { note: values.scores[s.criterion]?.note } : {}),
                  })),
              }
            : {}),
        },
      }),
    onSuccess: () => {
      setError(null)
      void message.success(fm.done)
      void client.invalidateQueries({ queryKey: ['friendly'] })
    },
    onError: (e) => {
      setError(e instanceof ApiError ? e.message : msg.common.unexpectedError)
      form.setFields(
        fields(e)
          .filter((f) => f.path === 'comment')
          .map((f) => ({ name: 'comment', errors: [f.message] })),
      )
    },
  })
  const scores = Form.useWatch('scores', form) ?? {}
  const total = evaluation.scores.reduce(
    (sum, s) => sum + (scores[s.criterion]?.score ?? s.selfScore ?? 0),
    0,
  )
  const act = (action: string) => run.mutate({ action, values: form.getFieldsValue(true) })
  const rating = evaluation.availableActions.includes('rate')
  return (
    <Form<ReviewValues>
      form={form}
      layout="vertical"
      initialValues={{
        scores: Object.fromEntries(
          evaluation.scores.map((s) => [s.criterion, { score: s.reviewedScore ?? s.selfScore }]),
        ),
      }}
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} role="alert" />}
      {rating && (
        <Table<ScoreView>
          rowKey="criterion"
          size="small"
          pagination={false}
          scroll={{ x: 'max-content' }}
          dataSource={evaluation.scores}
          columns={[
            {
              title: fm.criterion,
              key: 'c',
              render: (_, s) => (
                <div style={{ maxWidth: 380 }}>
                  <strong>{s.criterion}</strong> — {s.text}
                </div>
              ),
            },
            { title: fm.maxPoints, dataIndex: 'maxPoints', align: 'right' },
            { title: fm.score, dataIndex: 'selfScore', align: 'right' },
            {
              title: fm.evidence,
              key: 'e',
              render: (_, s) => (
                <div style={{ maxWidth: 280 }}>
                  {s.evidence}
                  {s.links.map((l) => (
                    <div key={l}>
                      <a href={l} target="_blank" rel="noreferrer">
                        {l}
                      </a>
                    </div>
                  ))}
                  {fileLinks(s)}
                </div>
              ),
            },
            {
              title: fm.reviewedScore,
              key: 'r',
              render: (_, s) => (
                <Form.Item name={['scores', s.criterion, 'score']} style={{ margin: 0 }}>
                  <InputNumber
                    aria-label={fm.reviewLabel(s.criterion)}
                    min={0}
                    max={s.maxPoints ?? undefined}
                    step={0.5}
                  />
                </Form.Item>
              ),
            },
            {
              title: fm.reviewNote,
              key: 'n',
              render: (_, s) => (
                <Form.Item name={['scores', s.criterion, 'note']} style={{ margin: 0 }}>
                  <Input aria-label={fm.reviewNoteLabel(s.criterion)} />
                </Form.Item>
              ),
            },
          ]}
        />
      )}
      <Form.Item
        name="comment"
        label={fm.comment}
        style={{ marginTop: 16 }}
        rules={[{ required: true, message: msg.common.required(fm.comment) }]}
      >
        <Input.TextArea rows={3} />
      </Form.Item>
      <Space wrap>
        {rating && (
          <Typography.Text strong>
            {fm.total(total, evaluation.criteriaSet.maxTotal)} —{' '}
            {fm.predicted(ratingFor(total, evaluation.criteriaSet.thresholds))}
          </Typography.Text>
        )}
        {evaluation.availableActions.includes('return') && (
          <Button loading={run.isPending} onClick={() => act('return')}>
            {fm.returnAction}
          </Button>
        )}
        {rating && (
          <Button type="primary" loading={run.isPending} onClick={() => act('rate')}>
            {fm.rateAction}
          </Button>
        )}
        {evaluation.availableActions.includes('reopen') && (
          <Button loading={run.isPending} onClick={() => act('reopen')}>
            {fm.reopenAction}
          </Button>
        )}
      </Space>
    </Form>
  )
}

function ReadOnlyScores({ evaluation }: { evaluation: EvaluationView }) {
  return (
    <Table<ScoreView>
      rowKey="criterion"
      size="small"
      pagination={false}
      scroll={{ x: 'max-content' }}
      dataSource={evaluation.scores}
      columns={[
        {
          title: fm.criterion,
          key: 'c',
          render: (_, s) => (
            <div style={{ maxWidth: 420 }}>
              <strong>{s.criterion}</strong> — {s.text}
            </div>
          ),
        },
        { title: fm.maxPoints, dataIndex: 'maxPoints', align: 'right' },
        { title: fm.score, dataIndex: 'selfScore', align: 'right' },
        { title: fm.reviewedScore, dataIndex: 'reviewedScore', align: 'right' },
        {
          title: fm.evidence,
          key: 'e',
          render: (_, s) => (
            <div style={{ maxWidth: 300 }}>
              {s.evidence}
              {fileLinks(s)}
            </div>
          ),
        },
      ]}
    />
  )
}

/** One evaluation: the form the caller's step needs (self-assessment or review), else read-only. */
export function EvaluationPage({ id }: { id: string }) {
  const query = useEvaluation(id)
  const e = query.data
  if (query.isError) return <QueryError error={query.error} onRetry={() => void query.refetch()} />
  if (!e) return null
  const self = e.editable && e.availableActions.includes('submit')
  const review = e.availableActions.some((a) => a === 'rate' || a === 'return' || a === 'reopen')
  return (
    <>
      <PageHeader title={`${e.organizationName} — ${fm.year.toLowerCase()} ${e.year}`} />
      <Descriptions size="small" bordered column={{ xs: 1, md: 2 }} style={{ marginBottom: 16 }}>
        <Descriptions.Item label={fm.status}>{e.statusLabel}</Descriptions.Item>
        <Descriptions.Item label={fm.rating}>
          {e.rating ? <Tag color={ratingColors[e.rating]}>{e.ratingLabel}</Tag> : msg.common.none}
        </Descriptions.Item>
        <Descriptions.Item label={fm.selfTotal}>{e.selfTotal ?? msg.common.none}</Descriptions.Item>
        <Descriptions.Item label={fm.finalTotal}>{e.finalTotal ?? msg.common.none}</Descriptions.Item>
        <Descriptions.Item label={fm.criteriaSet} span={2}>
          {e.criteriaSet.name} ({e.criteriaSet.code}) —{' '}
          {fm.effective(e.criteriaSet.effectiveFrom, e.criteriaSet.effectiveTo)}
        </Descriptions.Item>
        <Descriptions.Item label={fm.thresholds} span={2}>
          {e.criteriaSet.thresholds.map((t) => `${t.label} ≥ ${t.minScore}`).join('; ')}
        </Descriptions.Item>
        {e.reviewComment && (
          <Descriptions.Item label={fm.reviewComment} span={2}>
            {e.reviewComment} {e.reviewerName ? `(${e.reviewerName})` : ''}
          </Descriptions.Item>
        )}
      </Descriptions>
      {e.criteriaSet.isExample && (
        <Alert type="warning" showIcon title={fm.example} style={{ marginBottom: 16 }} />
      )}
      {self && (
        <Card size="small" title={fm.newEvaluation} style={{ marginBottom: 16 }}>
          <SelfAssessmentForm key={e.version} evaluation={e} />
        </Card>
      )}
      {review && (
        <Card size="small" title={fm.review} style={{ marginBottom: 16 }}>
          <ReviewForm key={e.version} evaluation={e} />
        </Card>
      )}
      {!self && !review && (
        <Card size="small" title={fm.criterion} style={{ marginBottom: 16 }}>
          <Typography.Paragraph type="secondary">{fm.readOnly}</Typography.Paragraph>
          <ReadOnlyScores evaluation={e} />
        </Card>
      )}
      <Card size="small" title={fm.history}>
        <Timeline
          items={e.history.map((h) => ({
            key: h.at + h.action,
            children: `${formatDate(h.at)} — ${h.actionLabel} — ${h.actorName}${h.comment ? `: ${h.comment}` : ''}`,
          }))}
        />
      </Card>
    </>
  )
}
