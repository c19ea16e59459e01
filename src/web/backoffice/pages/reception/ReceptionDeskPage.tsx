import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import {
  Alert,
  Button,
  Card,
  Checkbox,
  DatePicker,
  Flex,
  Form,
  Input,
  InputNumber,
  List,
  Radio,
  Select,
  Space,
  Typography,
  type InputRef,
} from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import { useEffect, useRef, useState, type KeyboardEvent } from 'react'
import { apiRequest } from '../../api/client'
import { FormError } from '../../components/FormError'
import { applyApiError, type FormErrorState } from '../../components/formErrors'
import { PageHeader } from '../../components/PageHeader'
import { formatDate } from '../../format'
import { receptionText as t } from './texts'

interface CitizenRow {
  fullName?: string
  idNumber?: string
  unitCode?: string
  addressDetail?: string
  representative?: boolean
}
interface CaseRow {
  kind: string
  summary?: string
  content?: string
}
interface DeskValues {
  visitedAt: Dayjs
  kind: string
  citizens: CitizenRow[]
  groupSize?: number
  appointment?: string
  summary: string
  contentKinds: string[]
  resolvedBy?: string
  withinCompetence: boolean
  guidance?: string
  transferredTo?: string
  documentsReceived?: string
  receiptIssued?: boolean
  outcome: string
  cases: CaseRow[]
  refusalGround?: string
  onlineLink?: string
  noticeSentOn?: Dayjs
}
interface Lookup {
  visits: {
    id: string
    visitDate: string
    summary: string
    fullName: string
    idNumber: string | null
    addressDetail: string | null
    unitCode: string | null
  }[]
  cases: { id: string; trackingCode: string; kind: string; summary: string; receivedOn: string }[]
}
interface SavedVisit {
  id: string
  repeatOfId: string | null
  refusalNotice: { dueDate: string } | null
  cases: { trackingCode: string; relation: string }[]
}

const FIELDS = [
  'visitedAt',
  'kind',
  'citizens',
  'groupSize',
  'representatives',
  'appointment',
  'summary',
  'contentKinds',
  'outcome',
  'cases',
  'refusalGround',
  'online',
] as const

const text = (v: string | undefined) => (v && v.trim() ? v.trim() : undefined)

/**
 * Bàn tiếp công dân: one keyboard-friendly form for a visit. The first field has focus, Tab walks the
 * form in reading order, Ctrl+Enter saves from anywhere; the lookup finds earlier visits and cases by
 * ID number or a name typed without diacritics, and fills the citizen or links the case.
 */
export function ReceptionDeskPage() {
  const [form] = Form.useForm<DeskValues>()
  const [error, setError] = useState<FormErrorState | null>(null)
  const [saved, setSaved] = useState<SavedVisit | null>(null)
  const [lookup, setLookup] = useState('')
  const [debounced, setDebounced] = useState('')
  const [linkCaseIds, setLinkCaseIds] = useState<{ id: string; code: string }[]>([])
  const lookupRef = useRef<InputRef>(null)
  const queryClient = useQueryClient()
  const outcome = Form.useWatch('outcome', form)
  const kind = Form.useWatch('kind', form)
  const groupSize = Form.useWatch('groupSize', form) ?? 1
  const visitedAt = Form.useWatch('visitedAt', form)

  useEffect(() => {
    const timer = setTimeout(() => setDebounced(lookup.trim()), 300)
    return () => clearTimeout(timer)
  }, [lookup])

  const found = useQuery({
    queryKey: ['reception-lookup', debounced],
    queryFn: () => apiRequest<Lookup>('/api/reception/citizens', { query: { q: debounced } }),
    enabled: debounced.length >= 2,
  })
  const visitDay = (visitedAt ?? dayjs()).format('YYYY-MM-DD')
  const grounds = useQuery({
    queryKey: ['reception-grounds', visitDay],
    queryFn: () =>
      apiRequest<{ items: { code: string; label: string }[] }>('/api/reception/refusal-grounds', {
        query: { date: visitDay },
      }),
    enabled: outcome === 'refused',
  })

  const save = useMutation({
    mutationFn: (v: DeskValues) => {
      const citizens = v.citizens.map((c) => ({
        fullName: c.fullName ?? '',
        idNumber: text(c.idNumber),
        address:
          c.unitCode || c.addressDetail
            ? { unitCode: c.unitCode ?? '', detail: c.addressDetail ?? '' }
            : undefined,
      }))
      const reps = v.citizens
        .filter((c) => c.representative)
        .map((c) => ({ fullName: c.fullName ?? '', idNumber: text(c.idNumber) }))
      return apiRequest<SavedVisit>('/api/reception/visits', {
        method: 'POST',
        body: {
          visitedAt: v.visitedAt.toISOString(),
          kind: v.kind,
          citizens,
          groupSize: v.groupSize ?? undefined,
          representatives: reps.length ? reps : undefined,
          appointment: text(v.appointment)
            ? { reference: text(v.appointment), signedByAll: true }
            : undefined,
          summary: v.summary,
          contentKinds: v.contentKinds,
          resolvedBy: text(v.resolvedBy),
          withinCompetence: v.withinCompetence,
          guidance: text(v.guidance),
          transferredTo: text(v.transferredTo),
          documentsReceived: text(v.documentsReceived),
          receiptIssued: v.receiptIssued ?? false,
          outcome: v.outcome,
          cases:
            v.outcome === 'cases' && v.cases.length
              ? v.cases.map((c) => ({ kind: c.kind, summary: c.summary ?? '', content: c.content ?? '' }))
              : undefined,
          linkCaseIds: linkCaseIds.length ? linkCaseIds.map((c) => c.id) : undefined,
          refusalGround: v.outcome === 'refused' ? v.refusalGround : undefined,
          online:
            v.kind === 'online'
              ? { link: v.onlineLink ?? '', noticeSentOn: (v.noticeSentOn ?? dayjs()).format('YYYY-MM-DD') }
              : undefined,
        },
      })
    },
    onSuccess: (result) => {
      setSaved(result)
      setError(null)
      setLinkCaseIds([])
      setLookup('')
      form.resetFields()
      void queryClient.invalidateQueries({ queryKey: ['reception-visits'] })
      lookupRef.current?.focus()
    },
    onError: (e) => {
      setSaved(null)
      setError(applyApiError(form, e, FIELDS))
    },
  })

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) form.submit()
  }

  const fillCitizen = (c: Lookup['visits'][number]) => {
    const citizens = form.getFieldValue('citizens') as CitizenRow[]
    const next = [...citizens]
    next[0] = {
      ...next[0],
      fullName: c.fullName,
      idNumber: c.idNumber ?? undefined,
      unitCode: c.unitCode ?? undefined,
      addressDetail: c.addressDetail ?? undefined,
    }
    form.setFieldValue('citizens', next)
  }

  const created = saved?.cases.filter((c) => c.relation === 'created').map((c) => c.trackingCode) ?? []

  return (
    <div onKeyDown={onKeyDown}>
      <PageHeader title={t.deskTitle} />
      {saved && (
        <Alert
          type="success"
          role="status"
          showIcon
          style={{ marginBottom: 16 }}
          title={[t.saved, created.length ? t.savedCases(created) : ''].filter(Boolean).join(' ')}
          description={
            [
              saved.repeatOfId ? t.repeat : '',
              saved.refusalNotice ? t.notice(formatDate(saved.refusalNotice.dueDate)) : '',
            ]
              .filter(Boolean)
              .join(' ') || undefined
          }
        />
      )}
      <FormError error={error} />
      <Card size="small" style={{ marginBottom: 16, maxWidth: 980 }}>
        <label htmlFor="reception-lookup">{t.lookup}</label>
        <Input
          id="reception-lookup"
          ref={lookupRef}
          autoFocus
          autoComplete="off"
          placeholder={t.lookupHint}
          value={lookup}
          onChange={(e) => setLookup(e.target.value)}
        />
        {debounced.length >= 2 && found.data && (
          <div aria-live="polite">
            {found.data.visits.length === 0 && found.data.cases.length === 0 ? (
              <Typography.Text type="secondary">{t.lookupNone}</Typography.Text>
            ) : (
              <Flex gap={16} wrap>
                <List
                  size="small"
                  header={t.lookupVisits}
                  dataSource={found.data.visits.slice(0, 5)}
                  renderItem={(v) => (
                    <List.Item>
                      <Button size="small" onClick={() => fillCitizen(v)}>
                        {t.useCitizen(v.fullName)}
                      </Button>{' '}
                      {formatDate(v.visitDate)} — {v.summary}
                    </List.Item>
                  )}
                />
                <List
                  size="small"
                  header={t.lookupCases}
                  dataSource={found.data.cases.slice(0, 5)}
                  renderItem={(c) => (
                    <List.Item>
                      <Button
                        size="small"
                        disabled={linkCaseIds.some((l) => l.id === c.id)}
                        onClick={() => setLinkCaseIds((l) => [...l, { id: c.id, code: c.trackingCode }])}
                      >
                        {t.linkCase(c.trackingCode)}
                      </Button>{' '}
                      {c.summary}
                    </List.Item>
                  )}
                />
              </Flex>
            )}
          </div>
        )}
        {linkCaseIds.map((c) => (
          <div key={c.id}>
            <Typography.Text>{t.linked(c.code)}</Typography.Text>
          </div>
        ))}
      </Card>
      <Form<DeskValues>
        name="reception-desk"
        form={form}
        layout="vertical"
        style={{ maxWidth: 980 }}
        initialValues={{
          visitedAt: dayjs(),
          kind: 'regular',
          citizens: [{}],
          contentKinds: [],
          withinCompetence: true,
          outcome: 'cases',
          cases: [{ kind: 'complaint' }],
        }}
        onFinish={(values) => save.mutate(values)}
      >
        <Space wrap size="large">
          <Form.Item name="visitedAt" label={t.visitedAt} rules={[{ required: true }]}>
            <DatePicker showTime format="DD/MM/YYYY HH:mm" />
          </Form.Item>
          <Form.Item name="kind" label={t.kind}>
            <Radio.Group
              aria-label={t.kind}
              options={Object.entries(t.kinds).map(([value, label]) => ({ value, label }))}
            />
          </Form.Item>
        </Space>
        {kind === 'online' && (
          <Space wrap size="large">
            <Form.Item name="onlineLink" label={t.onlineLink} rules={[{ required: true }]}>
              <Input autoComplete="off" style={{ minWidth: 360 }} />
            </Form.Item>
            <Form.Item name="noticeSentOn" label={t.noticeSentOn} rules={[{ required: true }]}>
              <DatePicker format="DD/MM/YYYY" />
            </Form.Item>
          </Space>
        )}
        <Typography.Title level={2} style={{ fontSize: 16 }}>
          {t.citizens}
        </Typography.Title>
        <Form.List name="citizens">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field, index) => (
                <Flex key={field.key} gap={8} wrap align="start">
                  <Form.Item
                    name={[field.name, 'fullName']}
                    rules={[{ required: true, message: t.citizenName(index + 1) }]}
                  >
                    <Input
                      aria-label={t.citizenName(index + 1)}
                      placeholder={t.citizenName(index + 1)}
                      autoComplete="off"
                      style={{ width: 220 }}
                    />
                  </Form.Item>
                  <Form.Item name={[field.name, 'idNumber']}>
                    <Input
                      aria-label={t.citizenId(index + 1)}
                      placeholder="Số CCCD/Hộ chiếu"
                      autoComplete="off"
                      style={{ width: 160 }}
                    />
                  </Form.Item>
                  <Form.Item name={[field.name, 'unitCode']}>
                    <Input
                      aria-label={t.citizenUnit(index + 1)}
                      placeholder="Mã xã"
                      autoComplete="off"
                      style={{ width: 90 }}
                    />
                  </Form.Item>
                  <Form.Item name={[field.name, 'addressDetail']}>
                    <Input
                      aria-label={t.citizenAddress(index + 1)}
                      placeholder="Địa chỉ"
                      autoComplete="off"
                      style={{ width: 240 }}
                    />
                  </Form.Item>
                  <Form.Item name={[field.name, 'representative']} valuePropName="checked">
                    <Checkbox aria-label={t.representative(index + 1)}>
                      {t.representative(index + 1)}
                    </Checkbox>
                  </Form.Item>
                  {fields.length > 1 && (
                    <Button aria-label={t.removeCitizen(index + 1)} onClick={() => remove(field.name)}>
                      ×
                    </Button>
                  )}
                </Flex>
              ))}
              <Button onClick={() => add({})} style={{ marginBottom: 16 }}>
                {t.addCitizen}
              </Button>
            </>
          )}
        </Form.List>
        <Space wrap size="large" align="start">
          <Form.Item name="groupSize" label={t.groupSize} extra={t.groupHint} style={{ maxWidth: 420 }}>
            <InputNumber min={1} max={10000} />
          </Form.Item>
          {groupSize >= 5 && (
            <Form.Item name="appointment" label={t.appointment}>
              <Input autoComplete="off" style={{ minWidth: 320 }} />
            </Form.Item>
          )}
        </Space>
        <Form.Item name="summary" label={t.summary} rules={[{ required: true, message: t.summary }]}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <Form.Item
          name="contentKinds"
          label={t.contentKinds}
          rules={[{ required: true, message: t.contentKinds }]}
        >
          <Checkbox.Group
            options={[
              { value: 'KN', label: 'KN' },
              { value: 'TC', label: 'TC' },
              { value: 'KN-PA', label: 'KN-PA' },
            ]}
          />
        </Form.Item>
        <Space wrap size="large">
          <Form.Item name="resolvedBy" label={t.resolvedBy}>
            <Input autoComplete="off" style={{ minWidth: 280 }} />
          </Form.Item>
          <Form.Item name="withinCompetence" valuePropName="checked" label=" ">
            <Checkbox>{t.withinCompetence}</Checkbox>
          </Form.Item>
          <Form.Item name="guidance" label={t.guidance}>
            <Input autoComplete="off" style={{ minWidth: 280 }} />
          </Form.Item>
          <Form.Item name="transferredTo" label={t.transferredTo}>
            <Input autoComplete="off" style={{ minWidth: 280 }} />
          </Form.Item>
          <Form.Item name="documentsReceived" label={t.documentsReceived}>
            <Input autoComplete="off" style={{ minWidth: 280 }} />
          </Form.Item>
          <Form.Item name="receiptIssued" valuePropName="checked" label=" ">
            <Checkbox>{t.receiptIssued}</Checkbox>
          </Form.Item>
        </Space>
        <Form.Item name="outcome" label={t.outcome}>
          <Radio.Group
            aria-label={t.outcome}
            options={Object.entries(t.outcomes).map(([value, label]) => ({ value, label }))}
          />
        </Form.Item>
        {outcome === 'cases' && (
          <Card size="small" title={t.cases} style={{ marginBottom: 16 }}>
            <Form.List name="cases">
              {(fields, { add, remove }) => (
                <>
                  {fields.map((field, index) => (
                    <Flex key={field.key} gap={8} wrap align="start">
                      <Form.Item name={[field.name, 'kind']}>
                        <Radio.Group
                          aria-label={t.caseKind(index + 1)}
                          options={Object.entries(t.caseKinds).map(([value, label]) => ({ value, label }))}
                        />
                      </Form.Item>
                      <Form.Item
                        name={[field.name, 'summary']}
                        rules={[{ required: true, message: t.caseSummary(index + 1) }]}
                      >
                        <Input
                          aria-label={t.caseSummary(index + 1)}
                          placeholder={t.caseSummary(index + 1)}
                          autoComplete="off"
                          style={{ width: 280 }}
                        />
                      </Form.Item>
                      <Form.Item
                        name={[field.name, 'content']}
                        rules={[{ required: true, message: t.caseContent(index + 1) }]}
                      >
                        <Input.TextArea
                          aria-label={t.caseContent(index + 1)}
                          placeholder={t.caseContent(index + 1)}
                          rows={1}
                          style={{ width: 320 }}
                        />
                      </Form.Item>
                      {fields.length > 1 && (
                        <Button aria-label={t.removeCase(index + 1)} onClick={() => remove(field.name)}>
                          ×
                        </Button>
                      )}
                    </Flex>
                  ))}
                  <Button onClick={() => add({ kind: 'denunciation' })}>{t.addCase}</Button>
                </>
              )}
            </Form.List>
          </Card>
        )}
        {outcome === 'refused' && (
          <Form.Item
            name="refusalGround"
            label={t.refusalGround}
            rules={[{ required: true, message: t.refusalGround }]}
          >
            <Select
              showSearch
              optionFilterProp="label"
              options={(grounds.data?.items ?? []).map((g) => ({ value: g.code, label: g.label }))}
            />
          </Form.Item>
        )}
        <Button type="primary" htmlType="submit" loading={save.isPending}>
          {t.submit}
        </Button>
      </Form>
    </div>
  )
}
