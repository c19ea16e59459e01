import { DatePicker, Form, Input, InputNumber, Select, Space } from 'antd'
import { am } from './messages'

type FieldType = 'text' | 'textarea' | 'date' | 'number' | 'money' | 'select'
interface FieldSpec {
  /** Path inside `details`, e.g. ['host', 'name']. */
  name: (string | number)[]
  label: string
  type: FieldType
  required?: boolean
  options?: Record<string, string>
  wide?: boolean
}

const f = am.fields
const o = am.options

/** The form of each kind: the fields its zod schema declares on the server (kinds.ts), in Vietnamese. */
export const kindFields: Record<string, FieldSpec[]> = {
  dialogue: [
    { name: ['host', 'role'], label: f.hostRole, type: 'select', options: o.hostRole, required: true },
    { name: ['host', 'name'], label: f.hostName, type: 'text', required: true },
    { name: ['host', 'title'], label: f.hostTitle, type: 'text' },
    { name: ['format'], label: f.format, type: 'select', options: o.format },
    { name: ['topic'], label: f.topic, type: 'text', required: true, wide: true },
  ],
  supervision: [
    { name: ['body'], label: f.body, type: 'select', options: o.body, required: true },
    { name: ['form'], label: f.form, type: 'select', options: o.supervisionForm, required: true },
    { name: ['planSentOn'], label: f.planSentOn, type: 'date' },
    { name: ['subject'], label: f.subject, type: 'text', required: true, wide: true },
    { name: ['content'], label: f.content, type: 'textarea', required: true, wide: true },
    { name: ['findings'], label: f.findings, type: 'textarea', wide: true },
  ],
  social_criticism: [
    { name: ['body'], label: f.body, type: 'select', options: o.body, required: true },
    { name: ['form'], label: f.form, type: 'select', options: o.criticismForm, required: true },
    { name: ['draftReceivedOn'], label: f.draftReceivedOn, type: 'date', required: true },
    { name: ['submissionOn'], label: f.submissionOn, type: 'date' },
    { name: ['draftTitle'], label: f.draftTitle, type: 'text', required: true, wide: true },
    { name: ['draftingBody'], label: f.draftingBody, type: 'text', required: true, wide: true },
    { name: ['opinions'], label: f.opinions, type: 'textarea', wide: true },
  ],
  training: [
    { name: ['topic'], label: f.topic, type: 'text', required: true, wide: true },
    { name: ['audience'], label: f.audience, type: 'text', required: true },
    { name: ['sessions'], label: f.sessions, type: 'number', required: true },
    { name: ['lecturer'], label: f.lecturer, type: 'text' },
  ],
  dissemination: [
    { name: ['document'], label: f.document, type: 'text', required: true, wide: true },
    { name: ['partyCells', 'total'], label: f.cellsTotal, type: 'number', required: true },
    { name: ['partyCells', 'reached'], label: f.cellsReached, type: 'number', required: true },
  ],
  field_visit: [
    { name: ['officials', 0, 'name'], label: f.officialName, type: 'text', required: true },
    { name: ['officials', 0, 'title'], label: f.officialTitle, type: 'text' },
    { name: ['purpose'], label: f.purpose, type: 'textarea', required: true, wide: true },
    { name: ['issues'], label: f.issues, type: 'textarea', wide: true },
  ],
  coordination_programme: [
    {
      name: ['programmeType'],
      label: f.programmeType,
      type: 'select',
      options: o.programmeType,
      required: true,
    },
    { name: ['parties', 0], label: f.partyA, type: 'text', required: true },
    { name: ['parties', 1], label: f.partyB, type: 'text', required: true },
    { name: ['signedOn'], label: f.signedOn, type: 'date', required: true },
    { name: ['termFrom'], label: f.termFrom, type: 'date', required: true },
    { name: ['termTo'], label: f.termTo, type: 'date' },
  ],
  neighbourhood_activity: [
    { name: ['neighbourhood'], label: f.neighbourhood, type: 'text', required: true },
    {
      name: ['activityType'],
      label: f.activityType,
      type: 'select',
      options: o.activityType,
      required: true,
    },
    { name: ['householdsTotal'], label: f.householdsTotal, type: 'number' },
  ],
  cofunded_project: [
    { name: ['project'], label: f.project, type: 'text', required: true, wide: true },
    { name: ['totalCost'], label: f.totalCost, type: 'money', required: true },
    { name: ['stateContribution'], label: f.stateContribution, type: 'money', required: true },
    { name: ['peopleContribution'], label: f.peopleContribution, type: 'money', required: true },
    { name: ['landM2'], label: f.landM2, type: 'number' },
    { name: ['labourDays'], label: f.labourDays, type: 'number' },
    { name: ['households'], label: f.households, type: 'number' },
    { name: ['progress'], label: f.progress, type: 'number', required: true },
    { name: ['handoverOn'], label: f.handoverOn, type: 'date' },
  ],
}

/** Date fields of a kind (dayjs in the form, 'YYYY-MM-DD' on the wire). */
export const dateFieldsOf = (kind: string) =>
  (kindFields[kind] ?? []).filter((s) => s.type === 'date').map((s) => s.name)

function control(spec: FieldSpec) {
  switch (spec.type) {
    case 'textarea':
      return <Input.TextArea rows={3} />
    case 'date':
      return <DatePicker format="DD/MM/YYYY" />
    case 'number':
      return <InputNumber min={0} style={{ width: 140 }} />
    case 'money':
      return <InputNumber min={0} step={1_000_000} style={{ width: 200 }} />
    case 'select':
      return (
        <Select
          style={{ minWidth: 220 }}
          options={Object.entries(spec.options ?? {}).map(([value, label]) => ({ value, label }))}
        />
      )
    default:
      return <Input autoComplete="off" style={{ minWidth: 260 }} />
  }
}

/** The kind's own fields, under `details` in the form. */
export function KindFields({ kind }: { kind: string }) {
  const specs = kindFields[kind] ?? []
  return (
    <Space wrap size="large" align="start">
      {specs.map((spec) => (
        <Form.Item
          key={spec.name.join('.')}
          name={['details', ...spec.name]}
          label={spec.label}
          rules={
            spec.required ? [{ required: true, message: `Vui lòng nhập ${spec.label.toLowerCase()}.` }] : []
          }
          style={spec.wide ? { minWidth: 520 } : undefined}
        >
          {control(spec)}
        </Form.Item>
      ))}
    </Space>
  )
}
