import type { Actor } from '../../platform/access/actor.ts'
import type { Context } from '../../platform/context.ts'
import type { Database, Executor } from '../../platform/db/database.ts'
import { codeList, type CodeView } from '../code-lists/index.ts'
import { builtinModelFields, messages } from './messages.ts'
import { modelFields } from './models.schema.ts'

/** Lĩnh vực of models: a code list (see code-lists), read with models.read, kept by models.configure. */
const fields = codeList({
  table: modelFields,
  builtin: builtinModelFields,
  permissions: { read: 'models.read', configure: 'models.configure' },
  entityType: 'model_field',
  order: 'builtin first, by code',
  messages: {
    unknown: messages.fieldUnknown,
    exists: messages.fieldExists,
    notInScope: messages.fieldNotFound,
    notFound: messages.fieldNotFound,
  },
})

export type ModelFieldView = CodeView

/** Loaded at every start: the built-in codes exist (labels kept as an administrator may have left them). */
export const ensureBuiltinModelFields = (ex: Executor) => fields.ensureBuiltin(ex)

export const listModelFields = (db: Database, actor: Actor) => fields.list(db, actor)

/** Every field's label (the gallery and the summary name retired and local codes too). */
export const modelFieldLabels = (ex: Executor) => fields.labels(ex)

/** A model's field must be an active code offered to its organization. */
export const checkModelField = (ex: Executor, code: string, organizationPath: string, path = 'fieldCode') =>
  fields.check(ex, code, organizationPath, path)

export const createModelField = (ctx: Context, input: { code: string; label: string }) =>
  fields.create(ctx, input)

export const updateModelField = (ctx: Context, code: string, input: { label?: string; active?: boolean }) =>
  fields.update(ctx, code, input)
