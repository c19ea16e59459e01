import { useQuery } from '@tanstack/react-query'
import { Select } from 'antd'
import { useState } from 'react'
import { apiRequest } from '../../api/client'
import { msg } from '../../messages'

interface Assignee {
  id: string
  username: string
  fullName: string
  organizationName: string
}

type Props = { id?: string; caseId: string; value?: string; onChange?: (value: string) => void }

/** Chọn cán bộ xử lý: only officials who handle letters in the case's organization or below it. */
export function AssigneePicker({ caseId, ...props }: Props) {
  const [search, setSearch] = useState('')
  const assignees = useQuery({
    queryKey: ['cases', caseId, 'assignees', search],
    queryFn: () =>
      apiRequest<{ items: Assignee[] }>(`/api/cases/${caseId}/assignees`, { query: { q: search.trim() } }),
    select: (page) => page.items,
  })
  return (
    <Select
      {...props}
      placeholder={msg.cases.assigneePlaceholder}
      loading={assignees.isFetching}
      options={(assignees.data ?? []).map((u) => ({
        value: u.id,
        label: `${u.fullName} (${u.username}) — ${u.organizationName}`,
      }))}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      notFoundContent={assignees.isFetching ? undefined : msg.cases.noAssignees}
    />
  )
}
