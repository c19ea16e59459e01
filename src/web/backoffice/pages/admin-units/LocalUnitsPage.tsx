import { useMutation, useQueryClient } from '@tanstack/react-query'
import { Alert, App, Button, Flex, Form, Input, Select, Table, Typography, type TableColumnsType } from 'antd'
import { useState, type ChangeEvent } from 'react'
import { ApiError, apiRequest } from '../../api/client'
import { queryKeys, usePagedList } from '../../api/queries'
import type { AdminUnit } from '../../api/types'
import { AdminUnitPicker } from '../../components/AdminUnitPicker'
import { FormError } from '../../components/FormError'
import { applyApiError, type FormErrorState } from '../../components/formErrors'
import { LoadMore } from '../../components/LoadMore'
import { PageHeader } from '../../components/PageHeader'
import { LOCAL_UNIT_TYPES, msg } from '../../messages'

interface LocalUnitValues {
  name: string
  type: string
}

const typeOptions = LOCAL_UNIT_TYPES.map((type) => ({ value: type, label: msg.unitType(type) }))

async function fileToBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer())
  let binary = ''
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  return btoa(binary)
}

/** Units below the commune (thôn, ấp, bản, tổ dân phố, khu phố): list, add one, import a file. */
export function LocalUnitsPage() {
  const t = msg.localUnits
  const { message } = App.useApp()
  const queryClient = useQueryClient()
  const [commune, setCommune] = useState<string | null>(null)
  const [form] = Form.useForm<LocalUnitValues>()
  const [formError, setFormError] = useState<FormErrorState | null>(null)
  const [importErrors, setImportErrors] = useState<{ message: string; details: string[] } | null>(null)
  const list = usePagedList<AdminUnit>([...queryKeys.adminUnits, 'local'], '/api/admin-units', {
    parent: commune ?? undefined,
    level: 'below_commune',
  })
  const refresh = () => void queryClient.invalidateQueries({ queryKey: queryKeys.adminUnits })

  const add = useMutation({
    mutationFn: (values: LocalUnitValues) =>
      apiRequest<AdminUnit>('/api/admin-units', {
        method: 'POST',
        body: { level: 'below_commune', parent: commune, name: values.name, type: values.type },
      }),
    onSuccess: (unit) => {
      message.success(t.added(unit.name))
      form.resetFields(['name'])
      refresh()
    },
    onError: (error) => setFormError(applyApiError(form, error, ['name', 'type'])),
  })

  const upload = useMutation({
    mutationFn: async (file: File) =>
      apiRequest<{ created: number }>('/api/admin-units/import', {
        method: 'POST',
        body: { fileName: file.name, contentBase64: await fileToBase64(file) },
      }),
    onSuccess: (result) => {
      setImportErrors(null)
      message.success(t.imported(result.created))
      refresh()
    },
    onError: (error) =>
      setImportErrors({
        message: error.message,
        details: error instanceof ApiError ? error.fields.map((f) => f.message) : [],
      }),
  })

  const columns: TableColumnsType<AdminUnit> = [
    { title: t.name, dataIndex: 'name', key: 'name' },
    { title: msg.adminUnits.code, dataIndex: 'code', key: 'code' },
    { title: t.type, key: 'type', render: (_, unit) => msg.unitType(unit.type) },
  ]

  return (
    <>
      <PageHeader title={t.title} />
      <Form layout="vertical">
        <Form.Item label={t.commune} htmlFor="local-commune" style={{ maxWidth: 560 }}>
          <AdminUnitPicker
            id="local-commune"
            level="commune"
            value={commune}
            placeholder={t.communePlaceholder}
            onChange={(code) => setCommune(code)}
          />
        </Form.Item>
      </Form>
      {!commune && <Typography.Paragraph>{t.pickCommune}</Typography.Paragraph>}
      {commune && (
        <>
          <FormError error={formError} />
          <Form<LocalUnitValues>
            name="local-unit"
            form={form}
            layout="inline"
            initialValues={{ type: 'to_dan_pho' }}
            onFinish={(values) => {
              setFormError(null)
              add.mutate(values)
            }}
            style={{ marginBottom: 16, rowGap: 8 }}
          >
            <Form.Item
              name="name"
              label={t.name}
              rules={[{ required: true, whitespace: true, message: msg.common.required(t.name) }]}
            >
              <Input autoComplete="off" />
            </Form.Item>
            <Form.Item name="type" label={t.type}>
              <Select options={typeOptions} style={{ width: 160 }} />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={add.isPending}>
              {t.add}
            </Button>
          </Form>
          <Flex vertical gap={8} style={{ marginBottom: 16 }}>
            <label htmlFor="local-import">{t.import}</label>
            <input
              id="local-import"
              type="file"
              accept=".csv,.xlsx"
              onChange={(event: ChangeEvent<HTMLInputElement>) => {
                const file = event.target.files?.[0]
                if (file) upload.mutate(file)
                event.target.value = ''
              }}
            />
            <Typography.Text type="secondary">{t.importHint}</Typography.Text>
            {importErrors && (
              <Alert
                type="error"
                role="alert"
                showIcon
                title={`${t.importFailed}: ${importErrors.message}`}
                description={
                  importErrors.details.length > 0 && (
                    <ul style={{ margin: 0, paddingLeft: 20 }}>
                      {importErrors.details.map((d) => (
                        <li key={d}>{d}</li>
                      ))}
                    </ul>
                  )
                }
              />
            )}
          </Flex>
          <Table<AdminUnit>
            rowKey="id"
            columns={columns}
            dataSource={list.items}
            loading={list.isPending}
            pagination={false}
            locale={{ emptyText: t.empty }}
          />
          <LoadMore
            hasMore={list.hasNextPage}
            loading={list.isFetchingNextPage}
            onLoad={() => void list.fetchNextPage()}
          />
        </>
      )}
    </>
  )
}
