import { useAdminUnit } from '../api/queries'

/** The name of the unit a code names today, with the code; the code alone while loading. */
export function AdminUnitName({ code }: { code: string }) {
  const unit = useAdminUnit(code)
  return <>{unit.data ? `${unit.data.name} (${code})` : code}</>
}
