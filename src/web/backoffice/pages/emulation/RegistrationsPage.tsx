import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import {
  Alert,
  App,
  Button,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Modal,
  Select,
  Space,
  Table,
  Tag,
} from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import { useState } from 'react'
import { ApiError, apiRequest } from '../../api/client'
import { usePagedList } from '../../api/queries'
import { LoadMore } from '../../components/LoadMore'
import { PageHeader } from '../../components/PageHeader'
import { QueryError } from '../../components/QueryError'
import { formatDate } from '../../format'
import { msg } from '../../messages'
import { useCan } from '../../session'
import { useModelFields } from '../models/api'
import type { Registration } from './api'
import { em } from './messages'
import { RegistrationActions } from './RegistrationActions'
import { TargetsList } from './TargetsList'

interface Values {
  year: number
  registrantKind: 'collective' | 'individual'
  personName?: string
  personPosition?: string
  title: string
  danVanKheoFields: string[]
  targets: { text: string; target: string }[]
  registeredOn: Dayjs
}

const thisYear = dayjs().year()
const years = Array.from({ length: 6 }, (_, i) => thisYear - i)

function RegisterForm({ onDone }: { onDone: () => void }) {
  const [form] = Form.useForm<Values>()
  const fields = useModelFields()
  const kind = Form.useWatch('registrantKind', form)
  const { message } = App.useApp()
  const queryClient = useQueryClient()
  const save = useMutation({
    mutationFn: (v: Values) =>
      apiRequest<Registration>('/api/emulation/registrations', {
        method: 'POST',
        body: {
          ...v,
          registeredOn: v.registeredOn.format('YYYY-MM-DD'),
          personName: v.personName || undefined,
          personPosition: v.personPosition || undefined,
        },
      }),
    onSuccess: () => {
      void message.success(em.saved)
      void queryClient.invalidateQueries({ queryKey: ['emulation'] })
      onDone()
    },
    onError: (e) => {
      if (e instanceof ApiError && e.fields.length)
        form.setFields(
          e.fields.map((f) => ({
            name: f.path.split('.').map((s) => (/^\d+$/.test(s) ? Number(s) : s)) as never,
            errors: [f.message],
          })),
        )
      else void message.error(e instanceof ApiError ? e.message : msg.common.unexpectedError)
    },
  })
  const required = (label: string) => [{ required: true, message: msg.common.required(label) }]
  return (
    <Form<Values>
      form={form}
      id="registration-form"
      layout="vertical"
      initialValues={{ year: thisYear, registrantKind: 'collective', registeredOn: dayjs() }}
      onFinish={(v) => save.mutate(v)}
    >
      <Space wrap size="large" align="start">
        <Form.Item name="year" label={em.year} rules={required(em.year)}>
          <InputNumber min={2000} max={2100} />
        </Form.Item>
        <Form.Item name="registrantKind" label={em.registrantKind}>
          <Select
            style={{ minWidth: 140 }}
            options={Object.entries(em.kinds).map(([value, label]) => ({ value, label }))}
          />
        </Form.Item>
        <Form.Item name="registeredOn" label={em.registeredOn} rules={required(em.registeredOn)}>
          <DatePicker format="DD/MM/YYYY" />
        </Form.Item>
      </Space>
      {kind === 'individual' && (
        <Space wrap size="large">
          <Form.Item name="personName" label={em.personName} rules={required(em.personName)}>
            <Input style={{ width: 260 }} autoComplete="off" />
          </Form.Item>
          <Form.Item name="personPosition" label={em.personPosition}>
            <Input style={{ width: 260 }} autoComplete="off" />
          </Form.Item>
        </Space>
      )}
      <Form.Item name="title" label={em.title} rules={required(em.title)}>
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item
        name="danVanKheoFields"
        label={em.dvkFields}
        rules={[{ required: true, message: msg.common.requiredSelect(em.dvkFields) }]}
      >
        <Select
          mode="multiple"
          options={(fields.data ?? [])
            .filter((f) => f.active)
            .map((f) => ({ value: f.code, label: f.label }))}
        />
      </Form.Item>
      <TargetsList name="targets" addLabel={em.addTarget} />
      <Button type="primary" htmlType="submit" loading={save.isPending} style={{ marginTop: 16 }}>
        {em.save}
      </Button>
    </Form>
  )
}

/** Đăng ký thi đua: the year's registrations with their "Dân vận khéo" fields, steps and outcome. */
export function RegistrationsPage() {
  const can = useCan()
  const [year, setYear] = useState<number | undefined>(thisYear)
  const [open, setOpen] = useState(false)
  const list = usePagedList<Registration>(['emulation', 'registrations'], '/api/emulation/registrations', {
    year: year === undefined ? undefined : String(year),
  })
  const lifecycle = useQuery({
    queryKey: ['emulation', 'lifecycle'],
    queryFn: () => apiRequest<{ window: { from?: string; to?: string } }>('/api/emulation/lifecycle'),
  })
  const window = lifecycle.data?.window
  return (
    <>
      <PageHeader
        title={em.registrationsTitle}
        extra={
          can('emulation.manage') && (
            <Button type="primary" onClick={() => setOpen(true)}>
              {em.register}
            </Button>
          )
        }
      />
      {window?.from && window.to && (
        <Alert
          type="info"
          showIcon
          title={em.window(formatDate(window.from), formatDate(window.to))}
          style={{ marginBottom: 16 }}
        />
      )}
      <Space wrap style={{ marginBottom: 16 }}>
        <Select
          allowClear
          aria-label={em.year}
          placeholder={em.allYears}
          value={year}
          onChange={setYear}
          options={years.map((y) => ({ value: y, label: String(y) }))}
          style={{ minWidth: 140 }}
        />
      </Space>
      {list.isError && <QueryError error={list.error} onRetry={() => void list.refetch()} />}
      <Table<Registration>
        rowKey="id"
        dataSource={list.items}
        loading={list.isPending}
        pagination={false}
        locale={{ emptyText: em.empty }}
        scroll={{ x: 'max-content' }}
        columns={[
          { title: em.year, dataIndex: 'year' },
          {
            title: em.registrant,
            key: 'who',
            render: (_, r) => (r.personName ? `${r.personName} (${r.organizationName})` : r.organizationName),
          },
          { title: em.title, dataIndex: 'title' },
          {
            title: em.dvkFields,
            key: 'fields',
            render: (_, r) => r.danVanKheoFields.map((f) => <Tag key={f.code}>{f.label}</Tag>),
          },
          {
            title: em.targets,
            key: 'targets',
            render: (_, r) => r.targets.map((t) => `${t.text}: ${t.target}`).join('; '),
          },
          { title: em.registeredOn, key: 'on', render: (_, r) => formatDate(r.registeredOn) },
          { title: em.status, key: 'status', render: (_, r) => <Tag>{r.statusLabel}</Tag> },
          {
            title: em.outcome,
            key: 'outcome',
            render: (_, r) =>
              r.commendation
                ? `${r.commendation.title} (${r.commendation.decisionNumber})`
                : (r.outcomeReason ?? r.reviewProposalLabel ?? '—'),
          },
          { title: '', key: 'actions', render: (_, r) => <RegistrationActions registration={r} /> },
        ]}
      />
      <LoadMore
        hasMore={list.hasNextPage}
        loading={list.isFetchingNextPage}
        onLoad={() => void list.fetchNextPage()}
      />
      <Modal
        open={open}
        width={820}
        title={em.register}
        footer={null}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        <RegisterForm onDone={() => setOpen(false)} />
      </Modal>
    </>
  )
}
