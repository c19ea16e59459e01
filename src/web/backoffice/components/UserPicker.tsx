import { Select } from 'antd'
import { useEffect, useState } from 'react'
import { useUserSearch } from '../api/queries'
import { msg } from '../messages'

type Props = { id?: string; value?: string; onChange?: (value: string) => void }

function useDebounced<T>(value: T, delayMs: number): T {
  const [debounced, setDebounced] = useState(value)
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), delayMs)
    return () => clearTimeout(timer)
  }, [value, delayMs])
  return debounced
}

/** Picks one user, searching the API as the user types. */
export function UserPicker(props: Props) {
  const [search, setSearch] = useState('')
  const users = useUserSearch(useDebounced(search.trim(), 250))
  const options = (users.data ?? []).map((u) => ({ value: u.id, label: `${u.fullName} (${u.username})` }))
  return (
    <Select
      {...props}
      placeholder={msg.tokens.userPlaceholder}
      loading={users.isFetching}
      options={options}
      showSearch={{ filterOption: false, onSearch: setSearch }}
    />
  )
}
