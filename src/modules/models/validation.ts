import { eq } from 'drizzle-orm'
import { covers, type Actor } from '../../platform/access/actor.ts'
import type { Executor } from '../../platform/db/database.ts'
import { validationFailed, type FieldError } from '../../platform/errors.ts'
import type { z } from 'zod'
import { organizations } from '../organizations/index.ts'
import { messages } from './messages.ts'

export interface OrganizationRef {
  id: string
  path: string
  name: string
  provinceCode: string | null
  adminUnitCode: string | null
}

/** An organization the actor's scope covers, or a field error naming `path`. */
export async function organizationInScope(
  ex: Executor,
  actor: Actor,
  id: string,
  path = 'organizationId',
): Promise<OrganizationRef> {
  const [found] = await ex
    .select({
      id: organizations.id,
      path: organizations.path,
      name: organizations.name,
      provinceCode: organizations.provinceCode,
      adminUnitCode: organizations.adminUnitCode,
    })
    .from(organizations)
    .where(eq(organizations.id, id))
  if (!found || !covers(actor, found.path))
    throw validationFailed([{ path, message: messages.organizationNotFound }])
  return found
}

/** Words of a search box folded as SQL `vn_fold` does (no diacritics, đ → d, lower case). */
export const foldedWords = (q: string | undefined): string | undefined => {
  const words = (q ?? '')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .match(/[\p{L}\p{N}]+/gu)
  return words?.length ? words.join(' ') : undefined
}

/** zod issues of a body parsed inside a command, as field errors (an unknown key named by its own path). */
export const fieldErrorsOf = (error: z.ZodError, fixed: Record<string, string> = {}): FieldError[] =>
  error.issues.flatMap((i) =>
    i.code === 'unrecognized_keys'
      ? i.keys.map((key) => ({ path: key, message: fixed[key] ?? messages.unknownField }))
      : [{ path: i.path.join('.'), message: i.message }],
  )
