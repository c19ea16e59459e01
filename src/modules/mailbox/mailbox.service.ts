import { and, asc, desc, eq, getTableColumns, sql, type SQL } from 'drizzle-orm'
import { authorize, covers, scopeOf, type Actor } from '../../platform/access/actor.ts'
import { recordAudit } from '../../platform/audit/audit.ts'
import { auditActor, type Context } from '../../platform/context.ts'
import { newestFirst, type Database } from '../../platform/db/database.ts'
import { newId } from '../../platform/db/ids.ts'
import { conflict, notFound, validationFailed } from '../../platform/errors.ts'
import { cursorKey, pageOf } from '../../platform/http/pagination.ts'
import type { Config } from '../../config.ts'
import { caseCitizens, cases, intakeCase, storeCaseFiles, type CaseDeps } from '../cases/index.ts'
import { findOrganization } from '../organizations/index.ts'
import {
  blockedSenders,
  caseMails,
  inboundMailAttachments,
  inboundMails,
  inboxOpenings,
} from './mailbox.schema.ts'
import { messages } from './messages.ts'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
type MailRow = typeof inboundMails.$inferSelect

async function attachmentsOf(db: Database, mailIds: string[]) {
  if (!mailIds.length) return new Map<string, (typeof inboundMailAttachments.$inferSelect)[]>()
  const found = await db.db
    .select({
      id: inboundMailAttachments.id,
      mailId: inboundMailAttachments.mailId,
      fileName: inboundMailAttachments.fileName,
      mediaType: inboundMailAttachments.mediaType,
      size: inboundMailAttachments.size,
      sha256: inboundMailAttachments.sha256,
    })
    .from(inboundMailAttachments)
    .where(
      sql`${inboundMailAttachments.mailId} in (${sql.join(
        mailIds.map((i) => sql`${i}::uuid`),
        sql`, `,
      )})`,
    )
  const by = new Map<string, typeof found>()
  for (const a of found) by.set(a.mailId, [...(by.get(a.mailId) ?? []), a])
  return by as unknown as Map<string, (typeof inboundMailAttachments.$inferSelect)[]>
}

const present = (
  m: Omit<MailRow, 'raw'>,
  trackingCode: string | null,
  attachments: { id: string; fileName: string; mediaType: string; size: number; sha256: string }[],
) => ({
  id: m.id,
  organizationId: m.organizationId,
  status: m.status as 'draft',
  reasonCode: m.reasonCode,
  reason: m.reason,
  envelopeFrom: m.envelopeFrom,
  headerFrom: m.headerFrom,
  fromName: m.fromName,
  recipient: m.recipient,
  subject: m.subject,
  textBody: m.textBody,
  size: m.size,
  receivedAt: m.receivedAt.toISOString(),
  caseId: m.caseId,
  trackingCode,
  attachments: attachments.map((a) => ({
    id: a.id,
    fileName: a.fileName,
    mediaType: a.mediaType,
    size: a.size,
    sha256: a.sha256,
  })),
})

/** Every column but the raw message (kept only for quarantined mail, never listed). */
const mailColumns = (() => {
  const { raw, ...rest } = getTableColumns(inboundMails)
  void raw
  return rest
})()

/**
 * Hộp thư đến of the caller's organizations: drafts to confirm, threaded replies, quarantined and rejected
 * mail with the reason. Looking at the drafts counts as opening the organization's inbox.
 */
export async function listInbound(
  db: Database,
  actor: Actor,
  q: { status?: string; caseId?: string; cursor?: string; limit: number },
) {
  authorize(actor, 'mail.read')
  const where: SQL[] = [scopeOf(actor, inboundMails.organizationId)]
  if (q.status) where.push(eq(inboundMails.status, q.status))
  if (q.caseId) where.push(eq(inboundMails.caseId, q.caseId))
  const key = cursorKey(q.cursor)
  if (key) {
    const [at, id] = key.split('|')
    if (!id || !UUID.test(id) || Number.isNaN(new Date(at ?? '').getTime()))
      throw validationFailed([{ path: 'cursor', message: 'Con trỏ phân trang không hợp lệ.' }])
    where.push(sql`(${inboundMails.receivedAt}, ${inboundMails.id}) < (${at}::timestamptz, ${id}::uuid)`)
  }
  const found = await db.db
    .select({ mail: mailColumns, trackingCode: cases.trackingCode })
    .from(inboundMails)
    .leftJoin(cases, eq(cases.id, inboundMails.caseId))
    .where(and(...where))
    .orderBy(newestFirst(inboundMails.receivedAt), newestFirst(inboundMails.id))
    .limit(q.limit + 1)
  const page = pageOf(found, q.limit, (r) => `${r.mail.receivedAt.toISOString()}|${r.mail.id}`)
  const files = await attachmentsOf(
    db,
    page.rows.map((r) => r.mail.id),
  )
  if ((q.status === undefined || q.status === 'draft') && actor.organizationId && actor.userId)
    await db.db
      .insert(inboxOpenings)
      .values({
        organizationId: actor.organizationId,
        provinceCode: actor.provinceCode,
        openedAt: new Date(),
        openedBy: actor.userId,
      })
      .onConflictDoUpdate({
        target: inboxOpenings.organizationId,
        set: { openedAt: new Date(), openedBy: actor.userId },
      })
  return {
    items: page.rows.map((r) => present(r.mail, r.trackingCode, files.get(r.mail.id) ?? [])),
    nextCursor: page.nextCursor,
  }
}

async function scopedMail(db: Database, actor: Actor, id: string) {
  const [mail] = await db.db.select(mailColumns).from(inboundMails).where(eq(inboundMails.id, id))
  const organization = mail?.organizationId ? await findOrganization(db.db, mail.organizationId) : undefined
  if (!mail || !organization || !covers(actor, organization.path)) throw notFound(messages.mailNotFound)
  return { mail, organization }
}

export async function attachmentContent(db: Database, actor: Actor, mailId: string, attachmentId: string) {
  authorize(actor, 'mail.read')
  await scopedMail(db, actor, mailId)
  const [file] = await db.db
    .select()
    .from(inboundMailAttachments)
    .where(and(eq(inboundMailAttachments.id, attachmentId), eq(inboundMailAttachments.mailId, mailId)))
  if (!file) throw notFound('Không tìm thấy tệp đính kèm.')
  return file
}

/**
 * Xác nhận thư thành hồ sơ: the handler classifies the draft; it is taken in through the ordinary intake
 * (channel e-mail, received when the message arrived, at the addressed organization), the mail is linked
 * to the new case and its attachments become the case's attachments — all in the intake's transaction.
 */
export async function confirmDraft(
  ctx: Context,
  deps: CaseDeps,
  mailId: string,
  input: {
    kind: 'complaint' | 'denunciation' | 'petition' | 'feedback'
    field?: string
    summary?: string
    citizen?: {
      fullName?: string
      idNumber?: string
      phone?: string
      email?: string
      address?: { unitCode: string; detail: string }
    }
    protectIdentity?: boolean
    matterId?: string
  },
) {
  authorize(ctx.actor, 'cases.intake')
  const { mail, organization } = await scopedMail(ctx.db, ctx.actor, mailId)
  if (mail.status !== 'draft') throw conflict(messages.notDraft)
  const fullName = input.citizen?.fullName ?? mail.fromName ?? undefined
  if (!fullName) throw validationFailed([{ path: 'citizen.fullName', message: messages.draftCitizenMissing }])
  const subject = (mail.subject ?? '').trim()
  const summary = input.summary ?? (subject.length >= 5 ? subject.slice(0, 500) : 'Đơn gửi qua thư điện tử')
  const content = [subject, mail.textBody].filter(Boolean).join('\n\n') || summary
  const { row, dueDates } = await intakeCase(
    ctx,
    deps,
    {
      kind: input.kind,
      channel: 'email',
      receivedAt: mail.receivedAt.toISOString(),
      summary,
      content: content.slice(0, 20000),
      field: (input.field ?? 'other') as 'other',
      citizen: { ...input.citizen, fullName, email: input.citizen?.email ?? mail.headerFrom ?? undefined },
      protectIdentity: input.protectIdentity,
      matterId: input.matterId,
    },
    organization.id,
    // In the intake's transaction: a draft confirmed twice at once, or a file the platform refuses,
    // leaves no case behind.
    async (tx, created) => {
      const [updated] = await tx
        .update(inboundMails)
        .set({ status: 'confirmed', caseId: created.id, handledBy: ctx.actor.userId, handledAt: new Date() })
        .where(and(eq(inboundMails.id, mailId), eq(inboundMails.status, 'draft')))
        .returning({ id: inboundMails.id })
      if (!updated) throw conflict(messages.notDraft)
      const files = await tx
        .select({ fileName: inboundMailAttachments.fileName, data: inboundMailAttachments.content })
        .from(inboundMailAttachments)
        .where(eq(inboundMailAttachments.mailId, mailId))
        .orderBy(asc(inboundMailAttachments.createdAt), asc(inboundMailAttachments.id))
      const stored = files.length
        ? await storeCaseFiles(tx, created, files, {
            actor: auditActor(ctx),
            requestId: ctx.requestId,
            from: { channel: 'email', mailId },
          })
        : []
      await recordAudit(tx, {
        actor: auditActor(ctx),
        action: 'mail.confirmed',
        entityType: 'inbound_mail',
        entityId: mailId,
        organizationId: organization.id,
        provinceCode: organization.provinceCode,
        summary: { trackingCode: created.trackingCode, attachments: stored.length },
        requestId: ctx.requestId,
      })
    },
  )
  return { caseId: row.id, trackingCode: row.trackingCode, dueDates }
}

export async function discardDraft(ctx: Context, mailId: string, reason: string) {
  authorize(ctx.actor, 'cases.intake')
  const { mail, organization } = await scopedMail(ctx.db, ctx.actor, mailId)
  if (mail.status !== 'draft' && mail.status !== 'quarantined') throw conflict(messages.notDraft)
  await ctx.db.transaction(async (tx) => {
    await tx
      .update(inboundMails)
      .set({
        status: 'discarded',
        reasonCode: 'discarded',
        reason,
        handledBy: ctx.actor.userId,
        handledAt: new Date(),
      })
      .where(eq(inboundMails.id, mailId))
    await recordAudit(tx, {
      actor: auditActor(ctx),
      action: 'mail.discarded',
      entityType: 'inbound_mail',
      entityId: mailId,
      organizationId: organization.id,
      provinceCode: organization.provinceCode,
      summary: { reason },
      requestId: ctx.requestId,
    })
  })
}

export async function listBlocked(db: Database, actor: Actor) {
  authorize(actor, 'mail.read')
  const found = await db.db
    .select()
    .from(blockedSenders)
    .where(scopeOf(actor, blockedSenders.organizationId))
    .orderBy(desc(blockedSenders.createdAt))
    .limit(500)
  return {
    items: found.map((b) => ({
      id: b.id,
      organizationId: b.organizationId,
      address: b.address,
      reason: b.reason,
      createdAt: b.createdAt.toISOString(),
    })),
    nextCursor: null,
  }
}

export async function blockSender(ctx: Context, address: string, reason: string) {
  authorize(ctx.actor, 'mail.manage')
  const organizationId = ctx.actor.organizationId
  if (!organizationId)
    throw validationFailed([{ path: 'organization', message: 'Tài khoản chưa thuộc đơn vị nào.' }])
  const normalized = address.trim().toLowerCase()
  return ctx.db.transaction(async (tx) => {
    const id = newId()
    const [row] = await tx
      .insert(blockedSenders)
      .values({
        id,
        organizationId,
        provinceCode: ctx.actor.provinceCode,
        address: normalized,
        reason,
        createdBy: ctx.actor.userId,
      })
      .onConflictDoNothing()
      .returning()
    if (!row)
      throw conflict('Địa chỉ này đã bị chặn.', [{ path: 'address', message: 'Địa chỉ này đã bị chặn.' }])
    await recordAudit(tx, {
      actor: auditActor(ctx),
      action: 'mail.sender_blocked',
      entityType: 'blocked_sender',
      entityId: id,
      organizationId,
      provinceCode: ctx.actor.provinceCode,
      summary: { address: normalized, reason },
      requestId: ctx.requestId,
    })
    return { id, organizationId, address: normalized, reason, createdAt: row.createdAt.toISOString() }
  })
}

export async function unblockSender(ctx: Context, id: string) {
  authorize(ctx.actor, 'mail.manage')
  await ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .delete(blockedSenders)
      .where(and(eq(blockedSenders.id, id), scopeOf(ctx.actor, blockedSenders.organizationId)))
      .returning()
    if (!row) throw notFound('Không tìm thấy địa chỉ bị chặn.')
    await recordAudit(tx, {
      actor: auditActor(ctx),
      action: 'mail.sender_unblocked',
      entityType: 'blocked_sender',
      entityId: id,
      organizationId: row.organizationId,
      provinceCode: row.provinceCode,
      summary: { address: row.address },
      requestId: ctx.requestId,
    })
  })
}

function domainOf(from: string): string {
  return /@([^>\s]+)/.exec(from)?.[1] ?? 'danvan.local'
}

/**
 * Trả lời qua thư điện tử: sent with the tracking code in the subject and a Message-ID recorded against
 * the case, answering the citizen's last message (In-Reply-To/References) — so the citizen's answer threads
 * back to the case.
 */
export async function replyByMail(
  ctx: Context,
  smtp: Config['smtp'],
  caseId: string,
  input: { to?: string; subject?: string; body: string },
) {
  authorize(ctx.actor, 'cases.handle')
  const [found] = await ctx.db.db.select().from(cases).where(eq(cases.id, caseId))
  const organization = found && (await findOrganization(ctx.db.db, found.organizationId))
  if (!found || !organization || !covers(ctx.actor, organization.path)) throw notFound(messages.caseNotFound)
  if (!smtp.host) throw validationFailed([{ path: 'smtp', message: messages.outboundNotConfigured }])
  const [lastInbound] = await ctx.db.db
    .select({ messageId: inboundMails.messageId, from: inboundMails.headerFrom })
    .from(inboundMails)
    .where(and(eq(inboundMails.caseId, caseId), sql`${inboundMails.messageId} is not null`))
    .orderBy(desc(inboundMails.receivedAt))
    .limit(1)
  const [citizen] = await ctx.db.db
    .select({ email: caseCitizens.email })
    .from(caseCitizens)
    .where(and(eq(caseCitizens.caseId, caseId), sql`${caseCitizens.email} is not null`))
    .limit(1)
  const to = input.to ?? citizen?.email ?? lastInbound?.from ?? null
  if (!to) throw validationFailed([{ path: 'to', message: messages.noRecipient }])
  const subject = messages.replySubject(found.trackingCode, input.subject || messages.defaultReplySubject)
  const messageId = `<${newId()}.${found.trackingCode.toLowerCase()}@${domainOf(smtp.from)}>`
  const { default: nodemailer } = await import('nodemailer')
  const transport = nodemailer.createTransport({
    host: smtp.host,
    port: smtp.port,
    secure: smtp.secure,
    ...(smtp.user ? { auth: { user: smtp.user, pass: smtp.password ?? '' } } : {}),
  })
  await transport.sendMail({
    from: smtp.from,
    to,
    subject,
    text: input.body,
    messageId,
    ...(lastInbound?.messageId
      ? { inReplyTo: lastInbound.messageId, references: [lastInbound.messageId] }
      : {}),
  })
  await ctx.db.transaction(async (tx) => {
    await tx.insert(caseMails).values({
      id: newId(),
      caseId,
      provinceCode: found.provinceCode,
      messageId,
      recipient: to,
      subject,
      sentBy: ctx.actor.userId,
    })
    await recordAudit(tx, {
      actor: auditActor(ctx),
      action: 'mail.reply_sent',
      entityType: 'case',
      entityId: caseId,
      organizationId: found.organizationId,
      provinceCode: found.provinceCode,
      summary: { trackingCode: found.trackingCode, messageId },
      requestId: ctx.requestId,
    })
  })
  return { messageId, subject, to }
}
