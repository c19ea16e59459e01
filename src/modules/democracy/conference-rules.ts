/**
 * The checks of an annual conference (Law 10/2022/QH15 Art. 51 for agencies and public units, Art. 69 for
 * state enterprises), as pure functions of the input and the rule in force: quorum (at least 2/3 of those
 * expected present), the legal window (within 3 months after the end of the year covered — the fiscal year
 * for an enterprise), the form (all staff below 100, delegates allowed from 100), resolutions (pass with
 * more than 50 % of those present). An invalid conference is kept with its reasons, never refused.
 */
import { shiftIsoDate } from '../calendar/index.ts'

export interface ConferenceRule {
  withinMonthsAfterYearEnd: number
  quorum: { numerator: number; denominator: number }
  /** Share of those present that must vote for a resolution, strictly more than. */
  passesAbove: number
  /** Staff at or below this may skip the conference (Art. 51). */
  optionalUpToStaff: number
  /** From this many staff the conference may be held by delegates (Art. 51). */
  delegatesFromStaff: number
  source: string
}

export interface Finding {
  code: 'quorum' | 'form' | 'early' | 'late' | 'resolution_failed'
  /** `invalid` makes the conference invalid; `flag` is reported but the conference counts. */
  severity: 'invalid' | 'flag'
  message: string
  source: string
}

export interface ConferenceInput {
  kind: 'staff' | 'workers'
  year: number
  status: 'held' | 'skipped'
  heldOn?: string | null
  form?: 'full' | 'delegates' | null
  staffTotal: number
  expectedCount?: number | null
  presentCount?: number | null
  fiscalYearEndMonth?: number
  resolutions?: readonly { title: string; votesFor: number; votesAgainst: number; abstentions?: number }[]
}

export interface ConferenceCheck {
  windowFrom: string
  windowTo: string
  expected: number | null
  quorumMet: boolean | null
  timing: 'on_time' | 'early' | 'late' | null
  valid: boolean
  findings: Finding[]
  resolutionsPassed: boolean[]
  /** Input that cannot be true (more present than expected, more votes than people): field errors. */
  errors: { path: string; message: string }[]
}

const pad = (n: number) => String(n).padStart(2, '0')
const lastDayOfMonth = (year: number, month: number): string =>
  shiftIsoDate(`${month === 12 ? year + 1 : year}-${pad(month === 12 ? 1 : month + 1)}-01`, -1)
const vnDate = (iso: string) => iso.split('-').reverse().join('/')
const percent = (part: number, whole: number) =>
  whole === 0 ? '0' : (Math.round((part / whole) * 1000) / 10).toString().replace('.', ',')

/** The legal window: the day after the (fiscal) year ends to the last day of the N-th month after it. */
export function conferenceWindow(
  year: number,
  withinMonths: number,
  fiscalYearEndMonth = 12,
): { from: string; to: string } {
  const end = lastDayOfMonth(year, fiscalYearEndMonth)
  const total = fiscalYearEndMonth + withinMonths
  const toYear = year + Math.floor((total - 1) / 12)
  const toMonth = ((total - 1) % 12) + 1
  return { from: shiftIsoDate(end, 1), to: lastDayOfMonth(toYear, toMonth) }
}

export function checkConference(input: ConferenceInput, rule: ConferenceRule): ConferenceCheck {
  const window = conferenceWindow(input.year, rule.withinMonthsAfterYearEnd, input.fiscalYearEndMonth)
  const base = { windowFrom: window.from, windowTo: window.to }
  const errors: { path: string; message: string }[] = []
  if (input.status === 'skipped') {
    if (input.kind !== 'staff' || input.staffTotal > rule.optionalUpToStaff)
      errors.push({
        path: 'status',
        message: `Chỉ cơ quan, đơn vị có từ ${rule.optionalUpToStaff} người trở xuống mới được không tổ chức hội nghị (${rule.source}).`,
      })
    return {
      ...base,
      expected: null,
      quorumMet: null,
      timing: null,
      valid: true,
      findings: [],
      resolutionsPassed: [],
      errors,
    }
  }
  const findings: Finding[] = []
  const form = input.form ?? 'full'
  const expected = form === 'full' ? input.staffTotal : (input.expectedCount ?? null)
  const present = input.presentCount ?? 0
  if (!input.heldOn) errors.push({ path: 'heldOn', message: 'Hãy nhập ngày tổ chức hội nghị.' })
  if (input.presentCount === null || input.presentCount === undefined)
    errors.push({ path: 'presentCount', message: 'Hãy nhập số người có mặt.' })
  if (form === 'delegates' && !input.expectedCount)
    errors.push({ path: 'expectedCount', message: 'Hãy nhập số đại biểu được triệu tập.' })
  if (expected !== null && present > expected)
    errors.push({
      path: 'presentCount',
      message: `Số người có mặt (${present}) không thể lớn hơn số ${form === 'full' ? 'cán bộ, người lao động' : 'đại biểu được triệu tập'} (${expected}).`,
    })
  if (form === 'delegates' && input.expectedCount && input.expectedCount > input.staffTotal)
    errors.push({ path: 'expectedCount', message: 'Số đại biểu không thể lớn hơn tổng số người.' })

  const { numerator, denominator } = rule.quorum
  const quorumMet = expected !== null && expected > 0 ? present * denominator >= expected * numerator : false
  if (!quorumMet)
    findings.push({
      code: 'quorum',
      severity: 'invalid',
      message: `Có mặt ${present}/${expected ?? 0} người (${percent(present, expected ?? 0)} %), chưa đủ ${numerator}/${denominator}: hội nghị không hợp lệ.`,
      source: rule.source,
    })
  if (input.kind === 'staff' && form === 'delegates' && input.staffTotal < rule.delegatesFromStaff)
    findings.push({
      code: 'form',
      severity: 'invalid',
      message: `Đơn vị có ${input.staffTotal} người (dưới ${rule.delegatesFromStaff}) phải tổ chức hội nghị toàn thể, không tổ chức hội nghị đại biểu.`,
      source: rule.source,
    })
  let timing: ConferenceCheck['timing'] = null
  if (input.heldOn) {
    timing = input.heldOn < window.from ? 'early' : input.heldOn > window.to ? 'late' : 'on_time'
    if (timing !== 'on_time')
      findings.push({
        code: timing,
        severity: 'flag',
        message:
          timing === 'late'
            ? `Tổ chức ngày ${vnDate(input.heldOn)}, sau thời hạn ${vnDate(window.to)} (trong ${rule.withinMonthsAfterYearEnd} tháng sau khi kết thúc năm).`
            : `Tổ chức ngày ${vnDate(input.heldOn)}, trước khi kết thúc năm được tổng kết (${vnDate(window.from)}).`,
        source: rule.source,
      })
  }
  const resolutionsPassed = (input.resolutions ?? []).map((r, i) => {
    const votes = r.votesFor + r.votesAgainst + (r.abstentions ?? 0)
    if (votes > present)
      errors.push({
        path: `resolutions.${i}.votesFor`,
        message: `Tổng số phiếu (${votes}) lớn hơn số người có mặt (${present}).`,
      })
    const passed = present > 0 && r.votesFor > present * rule.passesAbove
    if (!passed)
      findings.push({
        code: 'resolution_failed',
        severity: 'flag',
        message: `Nội dung "${r.title}" không được thông qua: ${r.votesFor}/${present} người tán thành (${percent(r.votesFor, present)} %), cần trên ${rule.passesAbove * 100} %.`,
        source: rule.source,
      })
    return passed
  })
  return {
    ...base,
    expected,
    quorumMet,
    timing,
    valid: !findings.some((f) => f.severity === 'invalid'),
    findings,
    resolutionsPassed,
    errors,
  }
}

/** Reads the rule book's values ('2/3', '50%') into a rule. */
export function conferenceRuleOf(
  annual: { withinMonthsAfterYearEnd: number; quorum: string; passesAbove: string },
  scale: { optionalUpToStaff: number; delegatesFromStaff: number },
  source: string,
): ConferenceRule {
  const [n, d] = annual.quorum.split('/').map(Number)
  return {
    withinMonthsAfterYearEnd: annual.withinMonthsAfterYearEnd,
    quorum: { numerator: n ?? 2, denominator: d ?? 3 },
    passesAbove: Number(annual.passesAbove.replace('%', '')) / 100,
    optionalUpToStaff: scale.optionalUpToStaff,
    delegatesFromStaff: scale.delegatesFromStaff,
    source,
  }
}
