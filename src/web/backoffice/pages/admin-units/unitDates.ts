/** 'YYYY-MM-DD' → 'DD/MM/YYYY', the way dates are written in Vietnamese documents. */
export const formatUnitDate = (iso: string): string => iso.split('-').reverse().join('/')

/** Today in Vietnam (UTC+7), as 'YYYY-MM-DD'. */
export const todayInVietnam = (): string => new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10)
