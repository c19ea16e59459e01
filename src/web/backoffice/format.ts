import dayjs from 'dayjs'
import { msg } from './messages'

export function formatDateTime(value: string | null | undefined, empty: string = msg.common.none): string {
  return value ? dayjs(value).format('DD/MM/YYYY HH:mm') : empty
}
