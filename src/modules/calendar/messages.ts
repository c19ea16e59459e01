/**
 * User-visible Vietnamese text of the calendar module: names of holidays and the reasons shown next to
 * the days a deadline skipped. Everything else in the module is English.
 */

/** Names of the statutory holidays of Labour Code 2019 Art. 112(1), keyed by a stable English id. */
export const HOLIDAY_NAMES = {
  newYear: 'Tết Dương lịch',
  lunarNewYear: 'Tết Nguyên đán',
  victoryDay: 'Ngày Chiến thắng',
  labourDay: 'Ngày Quốc tế Lao động',
  nationalDay: 'Quốc khánh',
  hungKings: 'Giỗ Tổ Hùng Vương',
} as const

export type StatutoryHolidayKey = keyof typeof HOLIDAY_NAMES

export const VIETNAM_CULTURE_DAY_NAME = 'Ngày Văn hóa Việt Nam'

/** Indexed by weekday number, 0 = Sunday … 6 = Saturday. */
export const WEEKDAY_NAMES = [
  'Chủ nhật',
  'Thứ Hai',
  'Thứ Ba',
  'Thứ Tư',
  'Thứ Năm',
  'Thứ Sáu',
  'Thứ Bảy',
] as const

export const SATURDAY_REASON = WEEKDAY_NAMES[6]
export const SUNDAY_REASON = WEEKDAY_NAMES[0]

/** Name of the compensatory day off given for a holiday that fell on a weekly rest day. */
export const compensatoryDayName = (holidayName: string): string => `Nghỉ bù ${holidayName}`

/** Fallbacks when an override arrives without a usable name. */
export const DEFAULT_DAY_OFF_NAME = 'Ngày nghỉ theo thông báo'
export const DEFAULT_WORKING_DAY_NAME = 'Ngày làm việc bù'

/** Where Vietnam Culture Day (24/11) comes from; its adoption as a legal day off is not yet verified. */
export const VIETNAM_CULTURE_DAY_BASIS =
  'Nghị quyết 80-NQ/TW ngày 07/01/2026 (chủ trương, chưa áp dụng mặc định)'
