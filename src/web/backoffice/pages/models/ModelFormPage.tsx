import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { Button, Card, DatePicker, Form, Input, InputNumber, Select, Space, Typography } from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import { useState } from 'react'
import { ApiError, apiRequest } from '../../api/client'
import { FormError } from '../../components/FormError'
import type { FormErrorState } from '../../components/formErrors'
import { PageHeader } from '../../components/PageHeader'
import { QueryError } from '../../components/QueryError'
import { msg } from '../../messages'
import { Link, modelPath, navigate } from '../../router'
import { useModelFields, type ModelView } from './api'
import { kindLabels, mm } from './messages'

interface FormValues {
  kind: 'model' | 'exemplar'
  fieldCode: string
  title: string
  personName?: string
  personPosition?: string
  goal: string
  mobilisation: string
  results?: { label: string; value: number; unit?: string }[]
  resultsText?: string
  periodFrom: Dayjs
  periodTo?: Dayjs
  unitCode?: string
}

const toPath = (path: string): (string | number)[] =>
  path.split('.').map((s) => (/^\d+$/.test(s) ? Number(s) : s))

/** The form's values of a saved model (editing). */
const valuesOf = (m: ModelView): FormValues => ({
  kind: m.kind as FormValues['kind'],
  fieldCode: m.fieldCode,
  title: m.title,
  personName: m.personName ?? undefined,
  personPosition: m.personPosition ?? undefined,
  goal: m.goal,
  mobilisation: m.mobilisation,
  results: m.results,
  resultsText: m.resultsText ?? undefined,
  periodFrom: dayjs(m.periodFrom),
  periodTo: m.periodTo ? dayjs(m.periodTo) : undefined,
  unitCode: m.unitCode ?? undefined,
})

/**
 * The body of a registration (POST) or of an edit (PATCH): on an edit an emptied optional field is sent as
 * `null` so that it is cleared, and the version read is sent to refuse a stale save.
 */
function bodyOf(v: FormValues, editing: ModelView | undefined) {
  const optional = (x: string | undefined) => x || (editing ? null : undefined)
  const exemplar = v.kind === 'exemplar'
  return {
    ...(editing ? { expectedVersion: editing.version } : {}),
    kind: v.kind,
    fieldCode: v.fieldCode,
    title: v.title,
    personName: exemplar ? optional(v.personName) : editing ? null : undefined,
    personPosition: exemplar ? optional(v.personPosition) : editing ? null : undefined,
    goal: v.goal,
    mobilisation: v.mobilisation,
    results: (v.results ?? []).map((r) => ({ label: r.label, value: r.value, unit: r.unit || undefined })),
    resultsText: optional(v.resultsText),
    periodFrom: v.periodFrom.format('YYYY-MM-DD'),
    periodTo: v.periodTo ? v.periodTo.format('YYYY-MM-DD') : editing ? null : undefined,
    unitCode: optional(v.unitCode),
  }
}

/**
 * Đăng ký mô hình (tập thể) hoặc điển hình (cá nhân): saved as a draft, then opened to submit it. With
 * `id`, the same form corrects a draft or a returned model (`PATCH /api/models/:id`).
 */
export function ModelFormPage({ id }: { id?: string } = {}) {
  const existing = useQuery({
    queryKey: ['models', id],
    queryFn: () => apiRequest<ModelView>(`/api/models/${id}`),
    enabled: id !== undefined,
  })
  if (id === undefined) return <ModelForm />
  if (existing.isError) return <QueryError error={existing.error} onRetry={() => void existing.refetch()} />
  if (!existing.data) return null
  return <ModelForm editing={existing.data} />
}

function ModelForm({ editing }: { editing?: ModelView }) {
  const [form] = Form.useForm<FormValues>()
  const fields = useModelFields()
  const kind = Form.useWatch('kind', form) ?? 'model'
  const [error, setError] = useState<FormErrorState | null>(null)
  const queryClient = useQueryClient()
  const save = useMutation({
    mutationFn: (v: FormValues) =>
      apiRequest<ModelView>(editing ? `/api/models/${editing.id}` : '/api/models', {
        method: editing ? 'PATCH' : 'POST',
        body: bodyOf(v, editing),
      }),
    onSuccess: (model) => {
      void queryClient.invalidateQueries({ queryKey: ['models'] })
      navigate(modelPath(model.id))
    },
    onError: (e) => {
      if (!(e instanceof ApiError)) return setError({ message: msg.common.unexpectedError, details: [] })
      form.setFields(e.fields.map((f) => ({ name: toPath(f.path) as never, errors: [f.message] })))
      setError({ message: e.message, details: e.fields.map((f) => f.message) })
    },
  })
  const required = (label: string) => [{ required: true, message: msg.common.required(label) }]
  return (
    <>
      <PageHeader
        title={editing ? mm.editTitle : mm.newTitle}
        extra={editing && <Link to={modelPath(editing.id)}>{mm.backToModel}</Link>}
      />
      {editing && <Typography.Paragraph strong>{editing.title}</Typography.Paragraph>}
      <FormError error={error} />
      <Form<FormValues>
        name="model"
        form={form}
        layout="vertical"
        style={{ maxWidth: 900 }}
        initialValues={editing ? valuesOf(editing) : { kind: 'model', periodFrom: dayjs().startOf('year') }}
        onFinish={(values) => save.mutate(values)}
      >
        <Space wrap size="large" align="start">
          <Form.Item name="kind" label={mm.kind} rules={[{ required: true }]}>
            <Select
              style={{ minWidth: 220 }}
              options={Object.entries(kindLabels).map(([value, label]) => ({ value, label }))}
            />
          </Form.Item>
          <Form.Item
            name="fieldCode"
            label={mm.field}
            rules={[{ required: true, message: msg.common.requiredSelect(mm.field) }]}
          >
            <Select
              style={{ minWidth: 260 }}
              loading={fields.isPending}
              options={(fields.data ?? [])
                .filter((f) => f.active)
                .map((f) => ({ value: f.code, label: f.label }))}
            />
          </Form.Item>
          <Form.Item name="periodFrom" label={mm.periodFrom} rules={required(mm.periodFrom)}>
            <DatePicker format="DD/MM/YYYY" />
          </Form.Item>
          <Form.Item name="periodTo" label={mm.periodTo}>
            <DatePicker format="DD/MM/YYYY" />
          </Form.Item>
          <Form.Item name="unitCode" label={mm.unitCode}>
            <Input style={{ width: 120 }} autoComplete="off" />
          </Form.Item>
        </Space>
        <Form.Item name="title" label={mm.title} rules={required(mm.title)}>
          <Input autoComplete="off" />
        </Form.Item>
        {kind === 'exemplar' && (
          <Space wrap size="large">
            <Form.Item name="personName" label={mm.personName} rules={required(mm.personName)}>
              <Input style={{ width: 300 }} autoComplete="off" />
            </Form.Item>
            <Form.Item name="personPosition" label={mm.personPosition}>
              <Input style={{ width: 360 }} autoComplete="off" />
            </Form.Item>
          </Space>
        )}
        <Form.Item name="goal" label={mm.goal} rules={required(mm.goal)}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <Form.Item name="mobilisation" label={mm.mobilisation} rules={required(mm.mobilisation)}>
          <Input.TextArea rows={4} />
        </Form.Item>
        <Card size="small" title={mm.results} style={{ marginBottom: 16 }}>
          <Form.List name="results">
            {(items, { add, remove }) => (
              <>
                {items.map((item, index) => (
                  <Space key={item.key} wrap align="start" aria-label={`${mm.results} ${index + 1}`}>
                    <Form.Item
                      name={[item.name, 'label']}
                      label={mm.resultLabel}
                      rules={required(mm.resultLabel)}
                    >
                      <Input style={{ width: 320 }} autoComplete="off" />
                    </Form.Item>
                    <Form.Item
                      name={[item.name, 'value']}
                      label={mm.resultValue}
                      rules={required(mm.resultValue)}
                    >
                      <InputNumber min={0} style={{ width: 140 }} />
                    </Form.Item>
                    <Form.Item name={[item.name, 'unit']} label={mm.resultUnit}>
                      <Input style={{ width: 120 }} autoComplete="off" />
                    </Form.Item>
                    <Button onClick={() => remove(item.name)} style={{ marginTop: 30 }}>
                      {mm.remove}
                    </Button>
                  </Space>
                ))}
                <Button onClick={() => add()}>{mm.addResult}</Button>
              </>
            )}
          </Form.List>
        </Card>
        <Form.Item name="resultsText" label={mm.resultsText}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={save.isPending}>
          {editing ? mm.saveEdit : mm.save}
        </Button>
      </Form>
    </>
  )
}
