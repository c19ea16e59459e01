import { createHash } from 'node:crypto'
import { and, eq, inArray, or, sql } from 'drizzle-orm'
import { simpleParser, type ParsedMail, type AddressObject } from 'mailparser'
import { recordAudit } from '../../platform/audit/audit.ts'
import type { Database, Executor } from '../../platform/db/database.ts'
import { newId } from '../../platform/db/ids.ts'
import { ATTACHMENT_LIMITS, cleanFileName, inspectAttachment } from '../../platform/files/index.ts'
import { cases } from '../cases/index.ts'
import type { OrganizationRow } from '../organizations/index.ts'
import { blockedSenders, caseMails, inboundMailAttachments, inboundMails } from './mailbox.schema.ts'
import { reasons, type ReasonCode } from './messages.ts'
import { organizationForAddress } from './recipients.ts'

export interface Envelope {
  mailFrom: string | null
  recipients: string[]
}

export interface Outcome {
  recipient: string
  mailId: string | null
  status: 'draft' | 'threaded' | 'quarantined' | 'rejected'
  reasonCode: ReasonCode | null
  caseId: string | null
}

const SYSTEM = { id: null, name: 'Hộp thư đến' }
const TRACKING = /\bDV-[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}\b/i

const firstAddress = (from: AddressObject | AddressObject[] | undefined) => {
  const list = Array.isArray(from) ? from.flatMap((a) => a.value) : (from?.value ?? [])
  const first = list[0]
  return first?.address ? { address: first.address.toLowerCase(), name: first.name || null } : null
}

interface Row {
  organization: OrganizationRow | null
  recipient: string
  status: Outcome['status']
  reasonCode: ReasonCode | null
  reason: string | null
  caseId: string | null
  keepRaw: boolean
}

/** The case an answer belongs to: In-Reply-To/References of a platform reply, or a tracking code in the subject. */
async function threadOf(tx: Executor, parsed: ParsedMail, organizationId: string): Promise<string | null> {
  const refs = [
    ...(parsed.inReplyTo ? [parsed.inReplyTo] : []),
    ...(Array.isArray(parsed.references) ? parsed.references : parsed.references ? [parsed.references] : []),
  ]
  if (refs.length) {
    const [sent] = await tx
      .select({ caseId: caseMails.caseId })
      .from(caseMails)
      .innerJoin(cases, eq(cases.id, caseMails.caseId))
      .where(and(inArray(caseMails.messageId, refs), eq(cases.organizationId, organizationId)))
      .limit(1)
    if (sent) return sent.caseId
  }
  const code = TRACKING.exec(parsed.subject ?? '')?.[0]?.toUpperCase()
  if (code) {
    const [found] = await tx
      .select({ id: cases.id })
      .from(cases)
      .where(and(eq(cases.trackingCode, code), eq(cases.organizationId, organizationId)))
    if (found) return found.id
  }
  return null
}

/**
 * One inbound message, as the listener received it: for each organization addressed, a row in
 * `inbound_mails` — a draft case to confirm (with its attachments), a reply threaded to its case, or a
 * quarantined / rejected message with the reason. Nothing is dropped without a row.
 */
export async function receiveMessage(
  db: Database,
  envelope: Envelope,
  raw: Buffer,
  options: { maxBytes: number; oversized?: boolean },
): Promise<Outcome[]> {
  const receivedAt = new Date()
  const organizations: { recipient: string; organization: OrganizationRow }[] = []
  for (const recipient of envelope.recipients) {
    const organization = await organizationForAddress(db.db, recipient)
    if (organization && !organizations.some((o) => o.organization.id === organization.id))
      organizations.push({ recipient: recipient.toLowerCase(), organization })
  }
  const envelopeFrom = envelope.mailFrom?.toLowerCase() ?? null
  const limitMb = Math.round(options.maxBytes / 1024 / 1024)

  let parsed: ParsedMail | null = null
  let parseFailed = false
  if (!options.oversized) {
    try {
      parsed = await simpleParser(raw, { skipHtmlToText: false, skipTextToHtml: true, skipImageLinks: true })
    } catch {
      parseFailed = true
    }
  }
  const from = parsed ? firstAddress(parsed.from) : null
  const attachments = (parsed?.attachments ?? [])
    .filter((a) => a.contentDisposition !== 'inline' || a.filename)
    .map((a) => {
      const fileName = cleanFileName(a.filename ?? 'tep-dinh-kem')
      return { fileName, data: a.content, ...inspectAttachment(fileName, a.content) }
    })
  const text = (parsed?.text ?? '').trim()

  const outcomes: Outcome[] = []
  for (const { recipient, organization } of organizations) {
    const id = newId()
    const outcome = await db.transaction(async (tx) => {
      const row = await classify(tx, organization, recipient)
      await tx.insert(inboundMails).values({
        id,
        organizationId: organization.id,
        provinceCode: organization.provinceCode,
        status: row.status,
        reasonCode: row.reasonCode,
        reason: row.reason,
        envelopeFrom,
        headerFrom: from?.address ?? null,
        fromName: from?.name ?? null,
        recipient,
        subject: parsed?.subject?.slice(0, 1000) ?? null,
        messageId: parsed?.messageId ?? null,
        inReplyTo: parsed?.inReplyTo ?? null,
        textBody: text.slice(0, 20000) || null,
        size: raw.length,
        raw: row.keepRaw ? raw : null,
        receivedAt,
        caseId: row.caseId,
      })
      if (row.status === 'draft' || row.status === 'threaded')
        for (const a of attachments)
          await tx.insert(inboundMailAttachments).values({
            id: newId(),
            mailId: id,
            provinceCode: organization.provinceCode,
            fileName: a.fileName,
            mediaType: a.mediaType ?? 'application/octet-stream',
            size: a.data.length,
            sha256: createHash('sha256').update(a.data).digest('hex'),
            content: a.data,
          })
      await recordAudit(tx, {
        actor: SYSTEM,
        action: `mail.${row.status}`,
        entityType: 'inbound_mail',
        entityId: id,
        organizationId: organization.id,
        provinceCode: organization.provinceCode,
        summary: { reasonCode: row.reasonCode, size: raw.length, attachments: attachments.length },
        requestId: null,
      })
      return { recipient, mailId: id, status: row.status, reasonCode: row.reasonCode, caseId: row.caseId }
    })
    outcomes.push(outcome)
  }
  return outcomes

  async function classify(tx: Executor, organization: OrganizationRow, recipient: string): Promise<Row> {
    const refuse = (
      status: 'quarantined' | 'rejected',
      code: ReasonCode,
      reason: string,
      keepRaw = true,
    ): Row => ({
      organization,
      recipient,
      status,
      reasonCode: code,
      reason,
      caseId: null,
      keepRaw,
    })
    if (options.oversized) return refuse('rejected', 'oversized', reasons.oversized(limitMb), false)
    if (parseFailed || !parsed || !from) return refuse('quarantined', 'malformed', reasons.malformed)
    const senders = [from.address, ...(envelopeFrom ? [envelopeFrom] : [])]
    const [blocked] = await tx
      .select({ address: blockedSenders.address })
      .from(blockedSenders)
      .where(
        and(
          eq(blockedSenders.organizationId, organization.id),
          or(...senders.map((s) => eq(blockedSenders.address, s)), sql`false`),
        ),
      )
      .limit(1)
    if (blocked) return refuse('rejected', 'blocked_sender', reasons.blocked_sender(blocked.address), false)
    if (envelopeFrom && envelopeFrom !== from.address)
      return refuse('quarantined', 'from_mismatch', reasons.from_mismatch(from.address, envelopeFrom))
    // The same rules as a file uploaded to a case (platform files: accepted types by content, size and
    // count limits), so a confirmed draft's attachments can become the case's attachments unchanged.
    if (attachments.length > ATTACHMENT_LIMITS.maxFiles)
      return refuse(
        'quarantined',
        'attachment_count',
        reasons.attachment_count(attachments.length, ATTACHMENT_LIMITS.maxFiles),
      )
    const refused = attachments.find((a) => a.problem)
    if (refused?.problem)
      return refused.problem.code === 'too_large'
        ? refuse('quarantined', 'attachment_size', reasons.attachment_size(refused.problem.message))
        : refuse('quarantined', 'attachment_type', reasons.attachment_type(refused.problem.message))
    if (!text && !attachments.length) return refuse('quarantined', 'no_content', reasons.no_content)
    const caseId = await threadOf(tx, parsed, organization.id)
    return {
      organization,
      recipient,
      status: caseId ? 'threaded' : 'draft',
      reasonCode: null,
      reason: null,
      caseId,
      keepRaw: false,
    }
  }
}
