import type { Executor } from '../../../platform/db/database.ts'
import { validationFailed, type FieldError } from '../../../platform/errors.ts'
import { findUnitAt, type AdminUnitRow } from '../../admin-units/index.ts'
import { messages } from '../messages.ts'

/** What a model says about itself that must agree: an exemplar names its person, a model does not. */
export interface ModelContent {
  kind: string
  personName?: string | null
  periodFrom: string
  periodTo?: string | null
}

/** Checks of a registration or an edit that need no database: the person of an exemplar, the period. */
export function checkContent(content: ModelContent): void {
  const errors: FieldError[] = []
  if (content.kind === 'exemplar' && !content.personName)
    errors.push({ path: 'personName', message: messages.personRequired })
  if (content.kind === 'model' && content.personName)
    errors.push({ path: 'personName', message: messages.personNotForModel })
  if (content.periodTo && content.periodTo < content.periodFrom)
    errors.push({ path: 'periodTo', message: messages.periodOrder })
  if (errors.length) throw validationFailed(errors)
}

/**
 * The unit where the model was applied, as in force when its period started: the one named (an error on
 * `unitCode` when no unit has that code on that day), else the organization's own (left out when the
 * organization's unit did not exist yet, e.g. a model from before the 2025 reform).
 */
export async function unitOf(
  ex: Executor,
  unitCode: string | null | undefined,
  organizationUnitCode: string | null,
  periodFrom: string,
): Promise<AdminUnitRow | null> {
  if (unitCode) {
    const unit = await findUnitAt(ex, unitCode, periodFrom)
    if (!unit)
      throw validationFailed([{ path: 'unitCode', message: messages.unitNotFound(unitCode, periodFrom) }])
    return unit
  }
  return organizationUnitCode ? ((await findUnitAt(ex, organizationUnitCode, periodFrom)) ?? null) : null
}
