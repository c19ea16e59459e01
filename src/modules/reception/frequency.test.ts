import { describe, expect, it } from 'vitest'
import { bucketOf, judgeFrequency } from './frequency.ts'

describe('reception frequency', () => {
  it('cuts weeks Monday–Sunday and calendar months', () => {
    expect(bucketOf('2026-11-25', 'week')).toEqual({ from: '2026-11-23', to: '2026-11-29' })
    expect(bucketOf('2026-11-23', 'week')).toEqual({ from: '2026-11-23', to: '2026-11-29' })
    expect(bucketOf('2026-11-29', 'week')).toEqual({ from: '2026-11-23', to: '2026-11-29' })
    expect(bucketOf('2026-02-10', 'month')).toEqual({ from: '2026-02-01', to: '2026-02-28' })
    expect(bucketOf('2026-12-31', 'month')).toEqual({ from: '2026-12-01', to: '2026-12-31' })
  })

  it('judges each period by the version in force on its first day', () => {
    const versionAt = (date: string) =>
      date < '2026-12-01'
        ? { key: 'k', value: { days: 1, per: 'week' }, effectiveFrom: '2014-07-01', source: 'A' }
        : { key: 'k', value: { days: 2, per: 'month' }, effectiveFrom: '2026-12-01', source: 'B' }
    const sessions = [
      { id: 'a', date: '2026-11-02', status: 'held' },
      { id: 'b', date: '2026-11-10', status: 'planned' },
      { id: 'c', date: '2026-12-07', status: 'planned' },
    ]
    const periods = judgeFrequency('2026-11-02', '2026-12-31', versionAt, sessions)
    const weeks = periods.filter((p) => p.per === 'week')
    expect(weeks.map((w) => w.from)).toEqual([
      '2026-11-02',
      '2026-11-09',
      '2026-11-16',
      '2026-11-23',
      '2026-11-30',
    ])
    expect(weeks.map((w) => w.short)).toEqual([false, false, true, true, true])
    expect(weeks[0]?.met).toBe(true)
    expect(weeks[1]?.met).toBe(false)
    const december = periods.find((p) => p.per === 'month')
    expect(december).toMatchObject({
      from: '2026-12-01',
      to: '2026-12-31',
      required: 2,
      scheduled: 1,
      short: true,
    })
  })
})
