import { Select } from 'antd'
import { useEffect, useState } from 'react'
import { useAdminUnit, useAdminUnitSearch } from '../api/queries'
import type { AdminUnit } from '../api/types'
import { msg } from '../messages'

type Props = {
  id?: string
  value?: string | null
  onChange?: (value: string | null, unit?: AdminUnit) => void
  /** Only units of this level (e.g. 'commune'). */
  level?: string
  /** The map of this date (default: today). */
  at?: string
  placeholder?: string
  'aria-label'?: string
}

function useDebounced<T>(value: T, delayMs: number): T {
  const [debounced, setDebounced] = useState(value)
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), delayMs)
    return () => clearTimeout(timer)
  }, [value, delayMs])
  return debounced
}

/**
 * Picks one administrative unit by its code, searching the API as the user types: with or without
 * diacritics, abbreviations (tp hcm, p. …), small typos. Keyboard: type, arrows, Enter; Backspace clears.
 */
export function AdminUnitPicker({ value, onChange, level, at, placeholder, ...rest }: Props) {
  const [search, setSearch] = useState('')
  const query = useDebounced(search.trim(), 200)
  const units = useAdminUnitSearch(query, { level, at })
  const selected = useAdminUnit(value ?? undefined, at)
  const found = units.data ?? []
  const options = found.map((u) => ({
    value: u.code,
    label: msg.unitPicker.option(u.name, u.code, u.parentName),
  }))
  if (value && !options.some((o) => o.value === value))
    options.unshift({
      value,
      label: selected.data
        ? msg.unitPicker.option(selected.data.name, value, selected.data.parents[0]?.name ?? null)
        : value,
    })
  return (
    <Select
      {...rest}
      value={value ?? undefined}
      onChange={(code?: string) =>
        onChange?.(
          code ?? null,
          found.find((u) => u.code === code),
        )
      }
      allowClear
      placeholder={placeholder ?? msg.unitPicker.placeholder}
      loading={units.isFetching}
      options={options}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      notFoundContent={query ? msg.unitPicker.notFound : msg.unitPicker.typeToSearch}
      defaultActiveFirstOption
    />
  )
}
