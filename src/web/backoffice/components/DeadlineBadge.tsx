import { Tag } from 'antd'
import dayjs from 'dayjs'
import type { Deadline } from '../api/types'
import { msg } from '../messages'

/** Days left as officials read them: red when overdue, orange within three days, blue otherwise. */
export function DeadlineBadge({ deadline }: { deadline: Deadline | null }) {
  if (!deadline) return <Tag>{msg.cases.noDeadline}</Tag>
  const color = deadline.overdue ? 'red' : deadline.daysLeft <= 3 ? 'orange' : 'blue'
  return (
    <Tag color={color} title={msg.cases.dueOn(dayjs(deadline.due).format('DD/MM/YYYY'))}>
      {msg.cases.daysLeft(deadline.daysLeft)}
    </Tag>
  )
}
