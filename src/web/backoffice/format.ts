import dayjs from 'dayjs'
import { msg } from './messages'

export function formatDateTime(value: string | null | undefined, empty: string = msg.common.none): string {
  return value ? dayjs(value).format('DD/MM/YYYY HH:mm') : empty
}

/** 'YYYY-MM-DD' → 'DD/MM/YYYY' (legal dates carry no time zone). */
export function formatDate(value: string | null | undefined, empty: string = msg.common.none): string {
  if (!value) return empty
  const [year, month, day] = value.split('-')
  return `${day}/${month}/${year}`
}

/** Weekday name of a 'YYYY-MM-DD' date ('Thứ Hai' …). */
export function weekdayName(value: string): string {
  const [year = 0, month = 1, day = 1] = value.split('-').map(Number)
  return msg.weekday(new Date(Date.UTC(year, month - 1, day)).getUTCDay())
}

/** A rule value for people: '7 ngày làm việc', or the JSON of a threshold. */
export function formatRuleValue(value: unknown): string {
  if (typeof value === 'object' && value !== null && 'unit' in value && 'amount' in value)
    return `${String(value.amount)} ${msg.unitName(String(value.unit))}`
  return JSON.stringify(value)
}
