import type { Dayjs } from 'dayjs'

/** A conference as the list and the detail give it (`GET /api/democracy/conferences[/:id]`). */
export interface Conference {
  id: string
  kind: 'staff' | 'workers'
  organizationName: string
  enterpriseName: string | null
  year: number
  status: 'held' | 'skipped'
  heldOn: string | null
  formLabel: string | null
  expectedCount: number | null
  presentCount: number | null
  windowFrom: string
  windowTo: string
  valid: boolean
  findings: { code: string; severity: string; message: string; source: string }[]
  organizationId: string
  enterpriseId: string | null
  form: 'full' | 'delegates' | null
  staffTotal: number
  note: string | null
  state: 'recorded' | 'withdrawn'
  stateLabel: string
  withdrawnReason: string | null
  version: number
  allowedActions: ('correct' | 'withdraw')[]
}

export interface ConferenceDetail extends Conference {
  resolutions: {
    title: string
    votesFor: number
    votesAgainst: number
    abstentions: number
    passed: boolean
  }[]
  history: {
    action: string
    actionLabel: string
    reason: string | null
    previous: Record<string, unknown> | null
    actorName: string
    at: string
  }[]
}
export interface FormValues {
  kind: 'staff' | 'workers'
  organizationId?: string
  enterpriseId?: string
  year: number
  status: 'held' | 'skipped'
  heldOn?: Dayjs
  form?: 'full' | 'delegates'
  staffTotal?: number
  expectedCount?: number
  presentCount?: number
  note?: string
  resolutions?: { title: string; votesFor: number; votesAgainst: number; abstentions?: number }[]
  /** Đính chính only: why the figures change. */
  reason?: string
}
