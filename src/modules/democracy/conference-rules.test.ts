import { describe, expect, it } from 'vitest'
import { checkConference, conferenceWindow, type ConferenceRule } from './conference-rules.ts'

const rule: ConferenceRule = {
  withinMonthsAfterYearEnd: 3,
  quorum: { numerator: 2, denominator: 3 },
  passesAbove: 0.5,
  optionalUpToStaff: 7,
  delegatesFromStaff: 100,
  source: 'Luật 10/2022/QH15 Điều 51',
}
const held = {
  kind: 'staff' as const,
  year: 2024,
  status: 'held' as const,
  heldOn: '2025-01-15',
  form: 'full' as const,
}

describe('the legal window', () => {
  it('runs from 1 January to 31 March after a calendar year', () => {
    expect(conferenceWindow(2024, 3)).toEqual({ from: '2025-01-01', to: '2025-03-31' })
  })
  it('follows a fiscal year ending in June: July to September', () => {
    expect(conferenceWindow(2024, 3, 6)).toEqual({ from: '2024-07-01', to: '2024-09-30' })
  })
  it('crosses the year for a fiscal year ending in November', () => {
    expect(conferenceWindow(2024, 3, 11)).toEqual({ from: '2024-12-01', to: '2025-02-28' })
  })
})

describe('quorum of two thirds', () => {
  it.each([
    [30, 20, true],
    [30, 19, false],
    [9, 6, true],
    [9, 5, false],
  ])('with %i staff and %i present the quorum met is %s', (staffTotal, presentCount, met) => {
    const c = checkConference({ ...held, staffTotal, presentCount }, rule)
    expect(c.quorumMet).toBe(met)
    expect(c.valid).toBe(met)
    if (!met)
      expect(c.findings[0]).toMatchObject({ code: 'quorum', severity: 'invalid', source: rule.source })
  })

  it('counts the delegates called, not the whole staff, at a delegates conference', () => {
    const c = checkConference(
      { ...held, staffTotal: 450, form: 'delegates', expectedCount: 120, presentCount: 80 },
      rule,
    )
    expect(c).toMatchObject({ expected: 120, quorumMet: true, valid: true })
  })

  it('marks a delegates conference of a unit under 100 staff invalid', () => {
    const c = checkConference(
      { ...held, staffTotal: 60, form: 'delegates', expectedCount: 30, presentCount: 30 },
      rule,
    )
    expect(c.valid).toBe(false)
    expect(c.findings.map((f) => f.code)).toEqual(['form'])
  })

  it('refuses more present than expected as impossible input', () => {
    expect(checkConference({ ...held, staffTotal: 10, presentCount: 11 }, rule).errors[0]?.path).toBe(
      'presentCount',
    )
  })
})

describe('timing and resolutions', () => {
  it('flags a late conference but keeps it valid', () => {
    const c = checkConference({ ...held, heldOn: '2025-04-02', staffTotal: 30, presentCount: 28 }, rule)
    expect(c).toMatchObject({ timing: 'late', valid: true })
    expect(c.findings.map((f) => f.code)).toEqual(['late'])
  })

  it('passes a resolution with more than half of those present, not with exactly half', () => {
    const c = checkConference(
      {
        ...held,
        staffTotal: 30,
        presentCount: 24,
        resolutions: [
          { title: 'Nghị quyết hội nghị', votesFor: 13, votesAgainst: 11 },
          { title: 'Quy chế chi tiêu nội bộ', votesFor: 12, votesAgainst: 12 },
        ],
      },
      rule,
    )
    expect(c.resolutionsPassed).toEqual([true, false])
    expect(c.valid).toBe(true)
  })
})

describe('units of seven staff or fewer', () => {
  it('may record that they did not hold it', () => {
    const c = checkConference({ kind: 'staff', year: 2024, status: 'skipped', staffTotal: 7 }, rule)
    expect(c.errors).toEqual([])
  })
  it('may not skip with eight staff, nor may an enterprise', () => {
    expect(
      checkConference({ kind: 'staff', year: 2024, status: 'skipped', staffTotal: 8 }, rule).errors[0]?.path,
    ).toBe('status')
    expect(
      checkConference({ kind: 'workers', year: 2024, status: 'skipped', staffTotal: 5 }, rule).errors,
    ).toHaveLength(1)
  })
})
