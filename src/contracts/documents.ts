import { z } from 'zod'
import { documentFormats, documentTypes } from '../modules/documents/types.ts'

const text = (label: string, max: number, min = 1) =>
  z
    .string()
    .trim()
    .min(min, `Hãy nhập ${label}.`)
    .max(max, `${label[0]?.toUpperCase()}${label.slice(1)} tối đa ${max} ký tự.`)

export const documentTypeParam = z.strictObject({
  type: z.enum(documentTypes, { error: 'Loại văn bản không hợp lệ.' }),
})

export const caseDocumentParams = z.strictObject({
  id: z.uuid('Mã định danh không hợp lệ.'),
  type: z.enum(documentTypes, { error: 'Loại văn bản không hợp lệ.' }),
})

export const caseDocumentQuery = z.strictObject({
  format: z.enum(documentFormats, { error: 'Định dạng phải là docx hoặc pdf.' }).default('pdf'),
  /**
   * A leader sending a document to a protected denouncer prints their identity only by giving a reason:
   * the reveal is recorded like POST /api/cases/:id/identity/reveal.
   */
  revealReason: z
    .string()
    .trim()
    .min(20, 'Lý do xem danh tính cần ít nhất 20 ký tự.')
    .max(1000, 'Lý do xem danh tính tối đa 1000 ký tự.')
    .optional(),
})

export const templateScopeQuery = z.strictObject({
  /** Whose template: an organization in the caller's subtree (default: the caller's own); "national" for the nationwide one. */
  organization: z.union([z.uuid('Đơn vị không hợp lệ.'), z.literal('national')]).optional(),
})

/** PUT /api/document-templates/:type */
export const templateBody = z.strictObject({
  numberSymbol: text('ký hiệu văn bản', 60),
  title: text('tên loại văn bản', 200),
  subtitle: z.string().trim().max(300, 'Trích yếu tối đa 300 ký tự.').nullable().optional(),
  body: text('nội dung văn bản', 20000, 10),
  recipients: z.string().trim().max(2000, 'Nơi nhận tối đa 2000 ký tự.').default(''),
  signerAuthority: z.string().trim().max(200, 'Thẩm quyền ký tối đa 200 ký tự.').nullable().optional(),
  signerTitle: text('chức vụ người ký', 200),
  /** The version the editor started from (optimistic concurrency); 0 = the default. */
  expectedVersion: z.number().int().min(0, 'Phiên bản không hợp lệ.').optional(),
})
export type TemplateInput = z.infer<typeof templateBody>

export const templateView = z.object({
  type: z.enum(documentTypes),
  label: z.string(),
  /** default: the national default in code; own: this organization's; inherited: a parent's or the nationwide override. */
  source: z.enum(['default', 'own', 'inherited']),
  organizationId: z.uuid().nullable(),
  version: z.number().int(),
  numberSymbol: z.string(),
  title: z.string(),
  subtitle: z.string().nullable(),
  body: z.string(),
  recipients: z.string(),
  signerAuthority: z.string().nullable(),
  signerTitle: z.string(),
  updatedAt: z.string().nullable(),
  updatedBy: z.string().nullable(),
  placeholders: z.array(z.object({ name: z.string(), label: z.string() })),
})
export type TemplateView = z.infer<typeof templateView>

export const caseDocumentItem = z.object({
  type: z.enum(documentTypes),
  label: z.string(),
  /** The step that produced it (null for the apology letter). */
  action: z.string().nullable(),
  date: z.string(),
  fileName: z.string(),
  formats: z.array(z.enum(documentFormats)),
  links: z.object({ docx: z.string(), pdf: z.string() }),
})
