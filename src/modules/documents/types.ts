import type { DocumentKind } from '../cases/index.ts'

/**
 * The case documents: every document a lifecycle step declares (src/modules/cases/lifecycles, `document`),
 * plus the apology letter (thư xin lỗi), which no step produces: it is due when an answer or decision
 * came after its deadline, or the deadline has passed without one.
 */
export const documentTypes = [
  'acceptance_notice',
  'refusal_notice',
  'guidance_letter',
  'forwarding_letter',
  'suspension_decision',
  'resumption_decision',
  'termination_decision',
  'extension_decision',
  'complaint_decision',
  'denunciation_conclusion',
  'petition_answer',
  'thank_you_letter',
  'apology_letter',
] as const satisfies readonly (DocumentKind | 'apology_letter')[]
export type DocumentType = (typeof documentTypes)[number]

// Every kind a lifecycle declares has a template: adding a DocumentKind without one fails to compile.
type Missing = Exclude<DocumentKind, DocumentType>
const _everyKindHasATemplate: Missing extends never ? true : never = true
void _everyKindHasATemplate

export const isDocumentType = (value: string): value is DocumentType =>
  (documentTypes as readonly string[]).includes(value)

export const documentFormats = ['docx', 'pdf'] as const
export type DocumentFormat = (typeof documentFormats)[number]
