import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { App, Button, DatePicker, Form, Input, InputNumber, Select, Space } from 'antd'
import dayjs from 'dayjs'
import { ApiError, apiRequest } from '../../api/client'
import { OrganizationSelect } from '../../components/OrganizationSelect'
import { msg } from '../../messages'
import type { Conference, ConferenceDetail, FormValues } from './conference-types'
import { dm } from './messages'

/** The form's values of a recorded conference (its correction starts from them). */
const valuesOf = (c: ConferenceDetail): FormValues => ({
  kind: c.kind,
  organizationId: c.organizationId,
  enterpriseId: c.enterpriseId ?? undefined,
  year: c.year,
  status: c.status,
  heldOn: c.heldOn ? dayjs(c.heldOn) : undefined,
  form: c.form ?? 'full',
  staffTotal: c.staffTotal,
  expectedCount: c.form === 'delegates' ? (c.expectedCount ?? undefined) : undefined,
  presentCount: c.presentCount ?? undefined,
  note: c.note ?? undefined,
  resolutions: c.resolutions.map((r) => ({
    title: r.title,
    votesFor: r.votesFor,
    votesAgainst: r.votesAgainst,
    abstentions: r.abstentions,
  })),
})

/**
 * Ghi nhận hội nghị, or with `correcting` its đính chính: the same fields prefilled, the kind and the unit
 * fixed (a record for the wrong unit is withdrawn instead), a required reason, the version read sent back.
 */
export function ConferenceForm({
  onDone,
  correcting,
}: {
  onDone: () => void
  correcting?: ConferenceDetail
}) {
  const [form] = Form.useForm<FormValues>()
  const { message } = App.useApp()
  const client = useQueryClient()
  const kind = Form.useWatch('kind', form) ?? 'staff'
  const status = Form.useWatch('status', form) ?? 'held'
  const formKind = Form.useWatch('form', form) ?? 'full'
  const enterprises = useQuery({
    queryKey: ['democracy', 'enterprises'],
    queryFn: () =>
      apiRequest<{ items: { id: string; name: string }[] }>('/api/democracy/enterprises', {
        query: { limit: 100, status: 'active' },
      }),
    enabled: kind === 'workers' && !correcting,
  })
  const save = useMutation({
    mutationFn: ({ kind: k, organizationId, enterpriseId, reason, ...v }: FormValues) =>
      apiRequest<Conference>(
        correcting
          ? `/api/democracy/conferences/${correcting.id}/actions/correct`
          : '/api/democracy/conferences',
        {
          method: 'POST',
          body: {
            ...v,
            ...(correcting
              ? { reason, expectedVersion: correcting.version }
              : {
                  kind: k,
                  organizationId: k === 'staff' ? organizationId : undefined,
                  enterpriseId: k === 'workers' ? enterpriseId : undefined,
                }),
            heldOn: v.status === 'held' ? v.heldOn?.format('YYYY-MM-DD') : undefined,
            form: v.status === 'held' ? v.form : undefined,
            presentCount: v.status === 'held' ? v.presentCount : undefined,
            expectedCount: v.status === 'held' && v.form === 'delegates' ? v.expectedCount : undefined,
            resolutions: v.status === 'held' ? (v.resolutions ?? []) : [],
            note: v.note || undefined,
          },
        },
      ),
    onSuccess: (c) => {
      void message.success(`${correcting ? dm.corrected : dm.recorded} ${c.valid ? dm.valid : dm.invalid}.`)
      void client.invalidateQueries({ queryKey: ['democracy'] })
      form.resetFields()
      onDone()
    },
    onError: (e) => {
      if (e instanceof ApiError && e.fields.length)
        form.setFields(
          e.fields.map((f) => ({
            name: f.path.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p)) as never,
            errors: [f.message],
          })),
        )
      else void message.error(e instanceof ApiError ? e.message : msg.common.unexpectedError)
    },
  })
  return (
    <Form<FormValues>
      form={form}
      layout="vertical"
      initialValues={
        correcting
          ? valuesOf(correcting)
          : { kind: 'staff', status: 'held', form: 'full', year: new Date().getFullYear() - 1 }
      }
      onFinish={(v) => save.mutate(v)}
    >
      {correcting && (
        <Form.Item
          name="reason"
          label={dm.correctionReason}
          rules={[{ required: true, message: msg.common.required(dm.correctionReason) }]}
        >
          <Input.TextArea rows={2} autoFocus />
        </Form.Item>
      )}
      <Form.Item name="kind" label={dm.kind}>
        <Select
          disabled={correcting !== undefined}
          options={(['staff', 'workers'] as const).map((k) => ({ value: k, label: dm.kinds[k] }))}
        />
      </Form.Item>
      {kind === 'staff' ? (
        correcting ? (
          <Form.Item label={dm.organization}>
            <Input disabled value={correcting.organizationName} />
          </Form.Item>
        ) : (
          <Form.Item name="organizationId" label={dm.organization}>
            <OrganizationSelect />
          </Form.Item>
        )
      ) : (
        <Form.Item
          name="enterpriseId"
          label={dm.enterprise}
          rules={[{ required: true, message: msg.common.requiredSelect(dm.enterprise) }]}
        >
          <Select
            disabled={correcting !== undefined}
            showSearch={{ optionFilterProp: 'label' }}
            loading={enterprises.isPending}
            options={
              correcting?.enterpriseId
                ? [{ value: correcting.enterpriseId, label: correcting.enterpriseName ?? '' }]
                : (enterprises.data?.items ?? []).map((e) => ({ value: e.id, label: e.name }))
            }
          />
        </Form.Item>
      )}
      <Space wrap>
        <Form.Item
          name="year"
          label={dm.year}
          rules={[{ required: true, message: msg.common.required(dm.year) }]}
        >
          <InputNumber min={2000} max={2100} />
        </Form.Item>
        <Form.Item
          name="staffTotal"
          label={dm.staffTotal}
          rules={[{ required: true, message: msg.common.required(dm.staffTotal) }]}
        >
          <InputNumber min={1} />
        </Form.Item>
      </Space>
      {kind === 'staff' && (
        <Form.Item name="status" label={dm.status}>
          <Select
            options={(['held', 'skipped'] as const).map((s) => ({ value: s, label: dm.statuses[s] }))}
          />
        </Form.Item>
      )}
      {status === 'held' && (
        <>
          <Space wrap>
            <Form.Item
              name="heldOn"
              label={dm.heldOn}
              rules={[{ required: true, message: msg.common.required(dm.heldOn) }]}
            >
              <DatePicker format="DD/MM/YYYY" />
            </Form.Item>
            <Form.Item name="form" label={dm.form}>
              <Select
                style={{ minWidth: 140 }}
                options={(['full', 'delegates'] as const).map((f) => ({ value: f, label: dm.forms[f] }))}
              />
            </Form.Item>
          </Space>
          <Space wrap>
            {formKind === 'delegates' && (
              <Form.Item name="expectedCount" label={dm.expectedCount}>
                <InputNumber min={1} />
              </Form.Item>
            )}
            <Form.Item
              name="presentCount"
              label={dm.presentCount}
              rules={[{ required: true, message: msg.common.required(dm.presentCount) }]}
            >
              <InputNumber min={0} />
            </Form.Item>
          </Space>
          <Form.List name="resolutions">
            {(items, { add, remove }) => (
              <fieldset style={{ border: 0, padding: 0 }}>
                <legend style={{ fontSize: 14 }}>{dm.resolutions}</legend>
                {items.map((item) => (
                  <Space key={item.key} wrap align="end">
                    <Form.Item
                      name={[item.name, 'title']}
                      label={dm.resolutionTitle}
                      rules={[{ required: true, message: msg.common.required(dm.resolutionTitle) }]}
                    >
                      <Input style={{ minWidth: 240 }} />
                    </Form.Item>
                    <Form.Item name={[item.name, 'votesFor']} label={dm.votesFor} initialValue={0}>
                      <InputNumber min={0} />
                    </Form.Item>
                    <Form.Item name={[item.name, 'votesAgainst']} label={dm.votesAgainst} initialValue={0}>
                      <InputNumber min={0} />
                    </Form.Item>
                    <Form.Item name={[item.name, 'abstentions']} label={dm.abstentions}>
                      <InputNumber min={0} />
                    </Form.Item>
                    <Form.Item>
                      <Button onClick={() => remove(item.name)}>{dm.remove}</Button>
                    </Form.Item>
                  </Space>
                ))}
                <Button onClick={() => add()} style={{ marginBottom: 16 }}>
                  {dm.addResolution}
                </Button>
              </fieldset>
            )}
          </Form.List>
        </>
      )}
      <Form.Item name="note" label={dm.note}>
        <Input.TextArea rows={2} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={save.isPending}>
        {correcting ? dm.saveCorrection : dm.record}
      </Button>
    </Form>
  )
}
