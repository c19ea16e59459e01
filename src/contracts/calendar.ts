import { z } from 'zod'
import { isIsoDate } from '../modules/calendar/dates.ts'
import { CALENDAR_MAX_YEAR, CALENDAR_MIN_YEAR } from '../modules/calendar/holidays.ts'
import { MAX_PERIOD_AMOUNT } from '../modules/calendar/deadline.ts'

const yearOf = (date: string): number => Number(date.slice(0, 4))

/** 'YYYY-MM-DD', a real date. */
export const isoDate = z
  .string({ error: 'Vui lòng nhập ngày theo dạng YYYY-MM-DD.' })
  .refine(isIsoDate, 'Ngày không hợp lệ: nhập một ngày có thật theo dạng YYYY-MM-DD, ví dụ 2027-02-01.')

/** A date the working-day calendar covers (1990–2100). */
export const calendarDate = isoDate.refine(
  (date) => yearOf(date) >= CALENDAR_MIN_YEAR && yearOf(date) <= CALENDAR_MAX_YEAR,
  `Lịch làm việc chỉ tính cho các năm ${CALENDAR_MIN_YEAR}–${CALENDAR_MAX_YEAR}.`,
)

export const calendarYear = z.coerce
  .number({ error: 'Năm phải là một số, ví dụ 2027.' })
  .int('Năm phải là một số nguyên, ví dụ 2027.')
  .min(CALENDAR_MIN_YEAR, `Năm phải từ ${CALENDAR_MIN_YEAR} đến ${CALENDAR_MAX_YEAR}.`)
  .max(CALENDAR_MAX_YEAR, `Năm phải từ ${CALENDAR_MIN_YEAR} đến ${CALENDAR_MAX_YEAR}.`)

export const provinceCode = z
  .string({ error: 'Mã tỉnh gồm 2 chữ số, ví dụ 01 (Hà Nội).' })
  .regex(/^\d{2}$/, 'Mã tỉnh gồm 2 chữ số, ví dụ 01 (Hà Nội).')

export const periodUnit = z.enum(['days', 'working_days'], {
  error: 'Đơn vị phải là days (ngày) hoặc working_days (ngày làm việc).',
})

export const periodAmount = z.coerce
  .number({ error: 'Số ngày phải là một số.' })
  .int('Số ngày phải là số nguyên.')
  .min(0, `Số ngày phải từ 0 đến ${MAX_PERIOD_AMOUNT}.`)
  .max(MAX_PERIOD_AMOUNT, `Số ngày phải từ 0 đến ${MAX_PERIOD_AMOUNT}.`)

export const holidayKind = z.enum(['holiday', 'compensatory', 'day_off', 'working_day'])
export const overrideKind = z.enum(['day_off', 'working_day', 'not_off'], {
  error: 'Loại điều chỉnh phải là day_off (nghỉ thêm), working_day (làm bù) hoặc not_off (không nghỉ).',
})

export const holidaysQuery = z.strictObject({ year: calendarYear, province: provinceCode.optional() })
export const holidayView = z.object({ date: z.string(), name: z.string(), kind: holidayKind })

export const deadlineQuery = z.strictObject({
  start: calendarDate,
  amount: periodAmount,
  unit: periodUnit,
  province: provinceCode.optional(),
})
export const deadlineView = z.object({
  start: z.string(),
  amount: z.number().int(),
  unit: periodUnit,
  due: z.string(),
  skipped: z.array(z.object({ date: z.string(), reason: z.string() })),
})

export const workingDaysQuery = z
  .strictObject({ from: calendarDate, to: calendarDate, province: provinceCode.optional() })
  .refine((q) => q.to >= q.from, { path: ['to'], message: 'Ngày kết thúc không được trước ngày bắt đầu.' })
export const workingDaysView = z.object({ count: z.number().int() })

const text = (label: string, max: number) =>
  z
    .string({ error: `Vui lòng nhập ${label}.` })
    .trim()
    .min(2, `${label[0]?.toUpperCase()}${label.slice(1)} phải có ít nhất 2 ký tự.`)
    .max(max, `${label[0]?.toUpperCase()}${label.slice(1)} tối đa ${max} ký tự.`)

export const createOverrideBody = z.strictObject({
  date: calendarDate,
  kind: overrideKind,
  name: text('tên ngày điều chỉnh', 200),
  legalAct: text('văn bản công bố (số, ngày, cơ quan ban hành)', 300),
  province: provinceCode.nullable().optional(),
})
export type CreateOverride = z.infer<typeof createOverrideBody>

export const updateOverrideBody = z.strictObject({
  active: z.boolean({ error: 'active phải là true (áp dụng) hoặc false (không áp dụng).' }),
})

export const overridesQuery = z.strictObject({ year: calendarYear.optional() })

export const overrideView = z.object({
  id: z.uuid(),
  date: z.string(),
  kind: overrideKind,
  name: z.string(),
  legalAct: z.string(),
  province: z.string().nullable(),
  /** Applies on the same day and month every year from `date` on. */
  recurring: z.boolean(),
  active: z.boolean(),
  createdAt: z.string(),
})
export type OverrideView = z.infer<typeof overrideView>
