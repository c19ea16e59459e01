import { versionAt, type ruleBookOf } from '../rules/index.ts'

export interface RefusalGround {
  code: string
  label: string
  source: string
  notice: boolean
}

const isGround = (g: unknown): g is RefusalGround =>
  typeof g === 'object' && g !== null && typeof (g as RefusalGround).code === 'string'

/** The refusal grounds in force on `date` (rule `reception.refusal_grounds`: Law 42 Art. 9; NĐ 154 Art. 4). */
export function refusalGroundsAt(
  book: Awaited<ReturnType<typeof ruleBookOf>>,
  date: string,
): RefusalGround[] {
  const version = versionAt(book, 'reception.refusal_grounds', date)
  return Array.isArray(version?.value) ? version.value.filter(isGround) : []
}
