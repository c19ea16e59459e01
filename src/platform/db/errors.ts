/** The PostgreSQL error behind a driver or Drizzle error, if any. */
function pgCode(error: unknown): { code?: string; constraint?: string } {
  let e = error as { code?: string; constraint?: string; cause?: unknown } | undefined
  for (let depth = 0; e && depth < 4; depth++) {
    if (typeof e.code === 'string' && /^[0-9A-Z]{5}$/.test(e.code)) return e
    e = e.cause as typeof e
  }
  return {}
}

export const isUniqueViolation = (error: unknown, constraint?: string): boolean => {
  const e = pgCode(error)
  return e.code === '23505' && (constraint === undefined || e.constraint === constraint)
}
