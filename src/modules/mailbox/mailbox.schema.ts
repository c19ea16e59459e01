import { sql } from 'drizzle-orm'
import {
  check,
  customType,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core'
import { createdAt } from '../../platform/db/columns.ts'
import { organizations } from '../organizations/organizations.schema.ts'
import { cases } from '../cases/cases.schema.ts'

const bytea = customType<{ data: Buffer; driverData: Buffer }>({ dataType: () => 'bytea' })

/**
 * Thư điện tử đến — every message the inbound SMTP listener accepted or refused, never lost silently:
 * `draft` waits for a handler to confirm it as a case, `confirmed` became `case_id`, `threaded` is a
 * citizen's reply to an existing case, `discarded` was dismissed by a handler (with a reason),
 * `quarantined` and `rejected` carry `reason_code` and the Vietnamese `reason`. Quarantined messages keep
 * the raw message for an administrator to inspect.
 */
export const inboundMails = pgTable(
  'inbound_mails',
  {
    id: uuid('id').primaryKey(),
    organizationId: uuid('organization_id').references(() => organizations.id),
    provinceCode: text('province_code'),
    status: text('status').notNull(),
    reasonCode: text('reason_code'),
    reason: text('reason'),
    envelopeFrom: text('envelope_from'),
    headerFrom: text('header_from'),
    fromName: text('from_name'),
    recipient: text('recipient').notNull(),
    subject: text('subject'),
    messageId: text('message_id'),
    inReplyTo: text('in_reply_to'),
    textBody: text('text_body'),
    size: integer('size').notNull(),
    raw: bytea('raw'),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull(),
    caseId: uuid('case_id').references(() => cases.id),
    handledBy: uuid('handled_by'),
    handledAt: timestamp('handled_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    index('inbound_mails_organization_idx').on(t.organizationId, t.status, t.receivedAt.desc()),
    index('inbound_mails_status_idx').on(t.status, t.receivedAt.desc()),
    check(
      'inbound_mails_status_check',
      sql`${t.status} in ('draft', 'confirmed', 'threaded', 'discarded', 'quarantined', 'rejected')`,
    ),
  ],
)

/**
 * Tệp đính kèm of an inbound message, checked by the platform files rules (type by content, size, count);
 * copied to the case's platform attachments when the draft is confirmed.
 */
export const inboundMailAttachments = pgTable(
  'inbound_mail_attachments',
  {
    id: uuid('id').primaryKey(),
    mailId: uuid('mail_id')
      .notNull()
      .references(() => inboundMails.id),
    provinceCode: text('province_code'),
    fileName: text('file_name').notNull(),
    mediaType: text('media_type').notNull(),
    size: integer('size').notNull(),
    sha256: text('sha256').notNull(),
    content: bytea('content').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('inbound_mail_attachments_mail_idx').on(t.mailId)],
)

/** Người gửi bị chặn — an organization's blocked sender addresses (lower case). */
export const blockedSenders = pgTable(
  'blocked_senders',
  {
    id: uuid('id').primaryKey(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    provinceCode: text('province_code'),
    address: text('address').notNull(),
    reason: text('reason').notNull(),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
  },
  (t) => [unique('blocked_senders_unique').on(t.organizationId, t.address)],
)

/** Thư đã gửi — platform replies about a case, so a citizen's answer threads back by In-Reply-To. */
export const caseMails = pgTable(
  'case_mails',
  {
    id: uuid('id').primaryKey(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    provinceCode: text('province_code'),
    messageId: text('message_id').notNull(),
    recipient: text('recipient').notNull(),
    subject: text('subject').notNull(),
    sentBy: uuid('sent_by'),
    sentAt: timestamp('sent_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique('case_mails_message_unique').on(t.messageId), index('case_mails_case_idx').on(t.caseId)],
)

/** Lần mở hộp thư gần nhất of each organization's inbox (the unattended-inbox alert counts from it). */
export const inboxOpenings = pgTable('inbox_openings', {
  organizationId: uuid('organization_id')
    .primaryKey()
    .references(() => organizations.id),
  provinceCode: text('province_code'),
  openedAt: timestamp('opened_at', { withTimezone: true }).notNull(),
  openedBy: uuid('opened_by'),
})
