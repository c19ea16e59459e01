import { authorize, covers, type Actor } from '../../platform/access/actor.ts'
import type { Database, Executor } from '../../platform/db/database.ts'
import { notFound } from '../../platform/errors.ts'
import { renderDocx, renderPdf, docxMediaType, pdfMediaType } from '../../platform/documents/index.ts'
import type { TemplateView } from '../../contracts/documents.ts'
import { findOrganization } from '../organizations/index.ts'
import type { Context } from '../../platform/context.ts'
import {
  citizensOf,
  eventsOf,
  findCase,
  revealIdentity,
  vietnamToday,
  type CaseDeps,
} from '../cases/index.ts'
import { availableDocuments, buildDocument, issuerOf } from './case-documents.ts'
import { overridesOf, unitNameOf, type TemplateRow } from './documents.repo.ts'
import { documentLabels, messages, placeholderLabels } from './messages.ts'
import type { TemplateText } from './template.ts'
import { defaultTemplates } from './templates/defaults.ts'
import type { DocumentFormat, DocumentType } from './types.ts'

/** Whose template: an organization (its id and path) or the nationwide one (null). */
export interface TemplateOwner {
  organizationId: string | null
  path: string | null
}

const pathIds = (path: string | null): string[] => (path ?? '').split('/').filter(Boolean)

const textOf = (row: TemplateRow): TemplateText => ({
  numberSymbol: row.numberSymbol,
  title: row.title,
  subtitle: row.subtitle,
  body: row.body,
  recipients: row.recipients,
  signerAuthority: row.signerAuthority,
  signerTitle: row.signerTitle,
})

export interface ResolvedTemplate {
  text: TemplateText
  source: TemplateView['source']
  row: TemplateRow | null
}

/**
 * The template in force for an organization: its own latest version, else the nearest ancestor's, else
 * the nationwide override, else the default in code.
 */
export async function resolveTemplate(
  db: Executor,
  type: DocumentType,
  owner: TemplateOwner,
): Promise<ResolvedTemplate> {
  const ids = pathIds(owner.path)
  const rows = await overridesOf(db, type, ids)
  const depth = (row: TemplateRow) => (row.organizationId === null ? -1 : ids.indexOf(row.organizationId))
  const best = rows
    .filter((r) => r.organizationId === null || ids.includes(r.organizationId))
    .sort((a, b) => depth(b) - depth(a) || b.version - a.version)[0]
  if (!best) return { text: defaultTemplates[type], source: 'default', row: null }
  return {
    text: textOf(best),
    source: best.organizationId === owner.organizationId ? 'own' : 'inherited',
    row: best,
  }
}

/** The template owner named by `?organization=` (default: the caller's organization). Out of scope → 404. */
export async function templateOwner(
  db: Executor,
  actor: Actor,
  organization: string | undefined,
): Promise<TemplateOwner> {
  if (organization === 'national') return { organizationId: null, path: null }
  const id = organization ?? actor.organizationId
  if (!id) return { organizationId: null, path: null }
  const found = await findOrganization(db, id)
  if (!found || !covers(actor, found.path)) throw notFound(messages.organizationOutOfScope)
  return { organizationId: found.id, path: found.path }
}

export function presentTemplate(type: DocumentType, resolved: ResolvedTemplate): TemplateView {
  return {
    type,
    label: documentLabels[type],
    source: resolved.source,
    organizationId: resolved.row?.organizationId ?? null,
    version: resolved.row?.version ?? 0,
    ...resolved.text,
    subtitle: resolved.text.subtitle ?? null,
    signerAuthority: resolved.text.signerAuthority ?? null,
    updatedAt: resolved.row?.createdAt.toISOString() ?? null,
    updatedBy: resolved.row?.createdByName ?? null,
    placeholders: Object.entries(placeholderLabels).map(([name, label]) => ({ name, label })),
  }
}

export async function templateOf(db: Database, actor: Actor, type: DocumentType, organization?: string) {
  authorize(actor, 'documents.manage')
  const owner = await templateOwner(db.db, actor, organization)
  // What the owner's cases print: its own version, else the one it inherits.
  return presentTemplate(type, await resolveTemplate(db.db, type, owner))
}

async function scopedCase(db: Database, actor: Actor, id: string) {
  authorize(actor, 'cases.read')
  const found = await findCase(db.db, id)
  if (!found || !covers(actor, found.organizationPath)) throw notFound('Không tìm thấy hồ sơ.')
  return found
}

/** A Vietnamese, file-system-safe download name: "Thông báo thụ lý DV-7K3M-9Q2X.pdf". */
export const documentFileName = (type: DocumentType, trackingCode: string, format: DocumentFormat): string =>
  `${documentLabels[type]} ${trackingCode}.${format}`

/** GET /api/cases/:id/documents — the documents the case's history produces so far. */
export async function caseDocuments(db: Database, actor: Actor, caseId: string) {
  const { row } = await scopedCase(db, actor, caseId)
  const events = await eventsOf(db.db, caseId)
  const items = availableDocuments(row, events, vietnamToday()).map((d) => ({
    type: d.type,
    label: documentLabels[d.type],
    action: d.event?.action ?? null,
    date: d.date,
    fileName: documentFileName(d.type, row.trackingCode, 'pdf').replace(/\.pdf$/, ''),
    formats: ['docx' as const, 'pdf' as const],
    links: {
      docx: `/api/cases/${caseId}/documents/${d.type}?format=docx`,
      pdf: `/api/cases/${caseId}/documents/${d.type}?format=pdf`,
    },
  }))
  return { items, nextCursor: null }
}

/** GET /api/cases/:id/documents/:type — the document rendered from the case data and the template in force. */
export async function renderCaseDocument(
  ctx: Context,
  deps: CaseDeps,
  caseId: string,
  type: DocumentType,
  format: DocumentFormat,
  revealReason?: string,
): Promise<{ data: Buffer; fileName: string; mediaType: string }> {
  const { db, actor } = ctx
  const { row, organizationPath } = await scopedCase(db, actor, caseId)
  const today = vietnamToday()
  const events = await eventsOf(db.db, caseId)
  const document = availableDocuments(row, events, today).find((d) => d.type === type)
  if (!document) throw notFound(messages.documentNotAvailable(documentLabels[type]))
  const citizens = await citizensOf(db.db, caseId)
  // Only on request, with a reason, by someone allowed to see it — and recorded (Law on Denunciations Art. 47(2)).
  const identity = revealReason ? (await revealIdentity(ctx, deps, caseId, revealReason))[0] : undefined
  const revealed = identity?.fullName
    ? { fullName: identity.fullName, addressDetail: identity.address?.detail ?? null }
    : null
  const issuer = await issuerOf(db.db, row.organizationId)
  const template = await resolveTemplate(db.db, type, {
    organizationId: row.organizationId,
    path: organizationPath,
  })
  // A protected citizen's unit code is sealed too (null): nothing about where they live is looked up.
  const citizenUnitName = revealed
    ? await unitNameOf(db.db, identity?.address?.unitCode ?? null)
    : citizens[0]?.sealed
      ? null
      : await unitNameOf(db.db, citizens[0]?.unitCode ?? null)
  const official = buildDocument({
    row,
    citizens,
    events,
    issuer,
    document,
    template: template.text,
    today,
    citizenUnitName,
    revealed,
  })
  const data = format === 'docx' ? await renderDocx(official) : await renderPdf(official)
  return {
    data,
    fileName: documentFileName(type, row.trackingCode, format),
    mediaType: format === 'docx' ? docxMediaType : pdfMediaType,
  }
}
