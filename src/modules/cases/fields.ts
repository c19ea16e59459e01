import type { Actor } from '../../platform/access/actor.ts'
import type { Context } from '../../platform/context.ts'
import type { Database, Executor } from '../../platform/db/database.ts'
import { caseFields as builtinCodes } from '../../contracts/cases.ts'
import { codeList } from '../code-lists/index.ts'
import { caseFields } from './cases.schema.ts'

/** The built-in fields of the issue, with their Vietnamese names. */
export const builtinFieldLabels: Record<(typeof builtinCodes)[number], string> = {
  land: 'Đất đai',
  compensation: 'Bồi thường, hỗ trợ, tái định cư',
  construction: 'Xây dựng, trật tự đô thị',
  environment: 'Môi trường',
  social_policy: 'Chính sách xã hội',
  administrative_procedure: 'Thủ tục hành chính',
  officials_conduct: 'Cán bộ, công chức',
  justice: 'Tư pháp',
  other: 'Khác',
}

/** Lĩnh vực of letters: a code list (see code-lists), read with cases.read, kept by cases.configure. */
const fields = codeList({
  table: caseFields,
  builtin: builtinFieldLabels,
  permissions: { read: 'cases.read', configure: 'cases.configure' },
  entityType: 'case_field',
  order: 'local first, by label',
  messages: {
    unknown: (code) => `Lĩnh vực “${code}” không có trong danh mục lĩnh vực đang dùng của cơ quan.`,
    exists: (code) => `Mã lĩnh vực “${code}” đã có.`,
    notInScope: 'Không tìm thấy lĩnh vực trong phạm vi của bạn.',
    notFound: 'Không tìm thấy lĩnh vực.',
  },
})

/** Loaded at every start: the built-in codes exist (labels kept as an administrator may have left them). */
export const ensureBuiltinFields = (ex: Executor) => fields.ensureBuiltin(ex)

export const listFields = (db: Database, actor: Actor) => fields.list(db, actor)

/** A letter's field must be an active code offered to the receiving organization. */
export const checkField = (db: Database | Executor, code: string, organizationPath: string, path = 'field') =>
  fields.check(db, code, organizationPath, path)

export const createField = (ctx: Context, input: { code: string; label: string }) => fields.create(ctx, input)

export const updateField = (ctx: Context, code: string, input: { label?: string; active?: boolean }) =>
  fields.update(ctx, code, input)
