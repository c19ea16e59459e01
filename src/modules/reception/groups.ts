/**
 * Đông người (Law 42/2013 Art. 29; NĐ 154/2026 Art. 22(4) for online sessions): several people with the
 * same content appoint representatives from among themselves, by a document signed by all. The bands
 * (5–10 people → 1–2 representatives; more than 10 → at most 5) come from the rule book
 * (`reception.group_representatives`) in force on the visit day.
 */
import type { FieldError } from '../../platform/errors.ts'
import type { VisitInput } from '../../contracts/reception.ts'
import { foldVn } from './fold.ts'
import { messages } from './messages.ts'

export interface GroupBand {
  minPeople: number
  maxPeople: number | null
  minRepresentatives: number
  maxRepresentatives: number
}

export const isBands = (value: unknown): value is GroupBand[] =>
  Array.isArray(value) &&
  value.every((b) => typeof b === 'object' && b !== null && Number.isInteger((b as GroupBand).minPeople))

type GroupInput = Pick<VisitInput, 'citizens' | 'groupSize' | 'representatives' | 'appointment'>

export function checkGroup(input: GroupInput, bands: readonly GroupBand[], source: string): FieldError[] {
  const size = input.groupSize ?? input.citizens.length
  const reps = input.representatives ?? []
  const errors: FieldError[] = []
  if (size < input.citizens.length) errors.push({ path: 'groupSize', message: messages.groupTooSmall })
  const band = bands.find((b) => size >= b.minPeople && (b.maxPeople === null || size <= b.maxPeople))
  if (!band) {
    if (reps.length > size)
      errors.push({ path: 'representatives', message: messages.representativesSmallGroup })
  } else {
    if (reps.length < band.minRepresentatives || reps.length > band.maxRepresentatives)
      errors.push({
        path: 'representatives',
        message:
          band.maxPeople === null
            ? messages.representativesOpen(size, band.minRepresentatives, band.maxRepresentatives, source)
            : messages.representativesRequired(
                size,
                band.minRepresentatives,
                band.maxRepresentatives,
                source,
              ),
      })
    if (!input.appointment)
      errors.push({ path: 'appointment', message: messages.appointmentRequired(source) })
  }
  for (const rep of reps) {
    const member = input.citizens.some((c) =>
      rep.idNumber && c.idNumber
        ? rep.idNumber.toUpperCase() === c.idNumber.toUpperCase()
        : foldVn(rep.fullName) === foldVn(c.fullName),
    )
    if (!member)
      errors.push({ path: 'representatives', message: messages.representativeNotMember(rep.fullName) })
  }
  return errors
}
