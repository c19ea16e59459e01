import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { App, Button, Card, Descriptions, Form, Input, Select, Space, Tag, Typography } from 'antd'
import { useEffect, useState } from 'react'
import { apiRequest, ApiError } from '../../api/client'
import type { DocumentTemplate, Page } from '../../api/types'
import { FormError } from '../../components/FormError'
import { applyApiError, type FormErrorState } from '../../components/formErrors'
import { PageHeader } from '../../components/PageHeader'
import { QueryError } from '../../components/QueryError'
import { formatDateTime } from '../../format'
import { documentsMsg as t } from './messages'

type Values = Pick<
  DocumentTemplate,
  'numberSymbol' | 'title' | 'subtitle' | 'body' | 'recipients' | 'signerAuthority' | 'signerTitle'
>
const FIELDS: (keyof Values)[] = [
  'numberSymbol',
  'title',
  'subtitle',
  'body',
  'recipients',
  'signerAuthority',
  'signerTitle',
]

const sourceColor = { default: 'default', own: 'green', inherited: 'blue' } as const

/** Mẫu văn bản: a unit admin adjusts the wording of the documents its cases print. */
export function DocumentTemplatesPage() {
  const { message } = App.useApp()
  const queryClient = useQueryClient()
  const [type, setType] = useState<string | null>(null)
  const [form] = Form.useForm<Values>()
  const [error, setError] = useState<FormErrorState | null>(null)
  const list = useQuery({
    queryKey: ['document-templates'],
    queryFn: () => apiRequest<Page<DocumentTemplate>>('/api/document-templates'),
  })
  const current = list.data?.items.find((x) => x.type === (type ?? list.data?.items[0]?.type))

  useEffect(() => {
    if (!current) return
    form.setFieldsValue(Object.fromEntries(FIELDS.map((f) => [f, current[f] ?? ''])) as Values)
  }, [current, form])

  const save = useMutation({
    mutationFn: (values: Values) =>
      apiRequest<DocumentTemplate>(`/api/document-templates/${current?.type ?? ''}`, {
        method: 'PUT',
        body: {
          ...values,
          subtitle: values.subtitle || null,
          signerAuthority: values.signerAuthority || null,
          recipients: values.recipients ?? '',
          expectedVersion: current?.source === 'own' ? current.version : 0,
        },
      }),
    onSuccess: () => {
      setError(null)
      void message.success(t.saved)
      void queryClient.invalidateQueries({ queryKey: ['document-templates'] })
    },
    onError: (e) => {
      if (e instanceof ApiError && e.code === 'CONFLICT') {
        void message.warning(t.stale)
        void queryClient.invalidateQueries({ queryKey: ['document-templates'] })
      } else setError(applyApiError(form, e, FIELDS))
    },
  })

  if (list.isError) return <QueryError error={list.error} onRetry={() => void list.refetch()} />

  return (
    <>
      <PageHeader title={t.templatesTitle} />
      <Typography.Paragraph type="secondary">{t.templatesIntro}</Typography.Paragraph>
      <Space direction="vertical" size="large" style={{ width: '100%' }}>
        <Space wrap>
          <label htmlFor="template-type">{t.type}</label>
          <Select
            id="template-type"
            showSearch
            optionFilterProp="label"
            style={{ minWidth: 320 }}
            loading={list.isPending}
            value={current?.type}
            onChange={(value: string) => {
              setError(null)
              setType(value)
            }}
            options={(list.data?.items ?? []).map((x) => ({ value: x.type, label: x.label }))}
          />
          {current && <Tag color={sourceColor[current.source]}>{t.source[current.source]}</Tag>}
          {current && current.version > 0 && <Tag>{t.version(current.version)}</Tag>}
          {current?.updatedBy && current.updatedAt && (
            <Typography.Text type="secondary">
              {t.updated(current.updatedBy, formatDateTime(current.updatedAt))}
            </Typography.Text>
          )}
        </Space>
        {current && (
          <Card size="small" title={current.label}>
            <FormError error={error} />
            <Form
              name="document-template"
              form={form}
              layout="vertical"
              onFinish={(values) => save.mutate(values)}
              disabled={save.isPending}
            >
              <Space wrap align="start">
                <Form.Item name="title" label={t.title} rules={[{ required: true, message: t.title }]}>
                  <Input style={{ width: 260 }} />
                </Form.Item>
                <Form.Item
                  name="numberSymbol"
                  label={t.numberSymbol}
                  extra={t.numberSymbolHelp}
                  rules={[{ required: true, message: t.numberSymbol }]}
                >
                  <Input style={{ width: 260 }} />
                </Form.Item>
              </Space>
              <Form.Item name="subtitle" label={t.subtitle}>
                <Input />
              </Form.Item>
              <Form.Item
                name="body"
                label={t.body}
                extra={t.bodyHelp}
                rules={[{ required: true, message: t.body }]}
              >
                <Input.TextArea autoSize={{ minRows: 12, maxRows: 30 }} spellCheck={false} />
              </Form.Item>
              <Form.Item name="recipients" label={t.recipients}>
                <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} />
              </Form.Item>
              <Space wrap align="start">
                <Form.Item name="signerAuthority" label={t.signerAuthority}>
                  <Input style={{ width: 360 }} />
                </Form.Item>
                <Form.Item
                  name="signerTitle"
                  label={t.signerTitle}
                  rules={[{ required: true, message: t.signerTitle }]}
                >
                  <Input style={{ width: 260 }} />
                </Form.Item>
              </Space>
              <Button type="primary" htmlType="submit" loading={save.isPending}>
                {t.save}
              </Button>
            </Form>
          </Card>
        )}
        {current && (
          <Card size="small" title={t.placeholders}>
            <Descriptions size="small" column={1} bordered>
              {current.placeholders.map((p) => (
                <Descriptions.Item
                  key={p.name}
                  label={<Typography.Text code>{`{{${p.name}}}`}</Typography.Text>}
                >
                  {p.label}
                </Descriptions.Item>
              ))}
            </Descriptions>
          </Card>
        )}
      </Space>
    </>
  )
}
