import { asc, eq, sql } from 'drizzle-orm'
import type { Database, Executor } from '../../platform/db/database.ts'
import { newId } from '../../platform/db/ids.ts'
import { citizenNotices } from './cases.schema.ts'
import type { CaseRow, CitizenRow } from './cases.repo.ts'
import { kindLabels } from './messages.ts'
import type { Mailer } from './mailer.ts'

interface StepFacts {
  action: string
  kind: string
  trackingCode: string
  organizationName: string
  body: {
    reason?: string
    competentBody?: string
    targetOrganization?: string
    answer?: string
    decisionNumber?: string
    conclusionNumber?: string
  }
}

const dated = (date: string): string => {
  const [y, m, d] = date.split('-')
  return `ngày ${d}/${m}/${y}`
}

/**
 * What the citizen is told at a step, or null when the step is internal. Addressed to "Ông/Bà" — never a
 * name — so the text can be shown on the public tracking page (Law 42/2025 Art. 25; Law on Complaints
 * Art. 27; Law on Denunciations Art. 29; Decree 155/2026: the sender is told when a letter is not
 * accepted, guided or forwarded; every petition and feedback is answered and thanked).
 */
export function citizenNotice(facts: StepFacts, stepDate: string): { subject: string; body: string } | null {
  const what = (kindLabels[facts.kind] ?? 'Đơn').toLowerCase()
  const subject = (title: string) => `[${facts.trackingCode}] ${title}`
  const from = `${facts.organizationName} thông báo: `
  const track = `\n\nÔng/Bà có thể theo dõi hồ sơ bằng mã tra cứu ${facts.trackingCode}.`
  const b = facts.body
  switch (facts.action) {
    case 'accept':
      return {
        subject: subject(`Thông báo thụ lý đơn ${what}`),
        body: `${from}đơn ${what} của Ông/Bà đã được thụ lý giải quyết ${dated(stepDate)}.${track}`,
      }
    case 'refuse':
      return {
        subject: subject(`Thông báo không thụ lý đơn ${what}`),
        body: `${from}đơn ${what} của Ông/Bà không được thụ lý giải quyết. Lý do: ${b.reason ?? 'theo quy định của pháp luật'}.${track}`,
      }
    case 'guide':
      return {
        subject: subject('Hướng dẫn gửi đơn đến cơ quan có thẩm quyền'),
        body: `${from}nội dung đơn của Ông/Bà không thuộc thẩm quyền giải quyết của cơ quan. Đề nghị Ông/Bà gửi đơn đến ${b.competentBody ?? 'cơ quan có thẩm quyền'} để được xem xét, giải quyết theo quy định.${track}`,
      }
    case 'forward':
      return {
        subject: subject('Thông báo chuyển đơn'),
        body: `${from}đơn của Ông/Bà đã được chuyển đến ${b.targetOrganization ?? 'cơ quan có thẩm quyền'} ${dated(stepDate)} để xem xét, giải quyết theo thẩm quyền.${track}`,
      }
    case 'file':
      return {
        subject: subject('Thông báo về việc lưu đơn'),
        body: `${from}đơn của Ông/Bà được lưu, không xử lý. Lý do: ${b.reason ?? 'theo quy định của pháp luật'}.${track}`,
      }
    case 'answer':
      return {
        subject: subject(`Trả lời ${what} và thư cảm ơn`),
        body: `${from}cảm ơn Ông/Bà đã quan tâm gửi ${what} đến cơ quan. Nội dung trả lời:\n\n${b.answer ?? ''}${track}\nÔng/Bà có thể đánh giá mức độ hài lòng với câu trả lời trên trang tra cứu.`,
      }
    case 'send_decision':
      return {
        subject: subject('Quyết định giải quyết khiếu nại đã được gửi'),
        body: `${from}quyết định giải quyết khiếu nại${b.decisionNumber ? ` số ${b.decisionNumber}` : ''} đã được gửi đến Ông/Bà ${dated(stepDate)}.${track}`,
      }
    case 'send_conclusion':
      return {
        subject: subject('Thông báo kết quả giải quyết tố cáo'),
        body: `${from}kết luận nội dung tố cáo${b.conclusionNumber ? ` số ${b.conclusionNumber}` : ''} đã được ban hành; kết quả giải quyết được gửi đến Ông/Bà ${dated(stepDate)}.${track}`,
      }
    default:
      return null
  }
}

/** Records the notice of a step in its transaction; the e-mail goes only to a citizen's own, unprotected address. */
export async function recordCitizenNotice(
  tx: Executor,
  row: CaseRow,
  citizens: CitizenRow[],
  facts: StepFacts,
  stepDate: string,
): Promise<void> {
  const notice = citizenNotice(facts, stepDate)
  if (!notice) return
  const email = row.protectIdentity ? null : (citizens.find((c) => c.email)?.email ?? null)
  await tx.insert(citizenNotices).values({
    id: newId(),
    caseId: row.id,
    provinceCode: row.provinceCode,
    action: facts.action,
    subject: notice.subject,
    body: notice.body,
    email,
  })
}

export const noticesOf = (ex: Executor, caseId: string) =>
  ex
    .select({
      subject: citizenNotices.subject,
      body: citizenNotices.body,
      createdAt: citizenNotices.createdAt,
    })
    .from(citizenNotices)
    .where(eq(citizenNotices.caseId, caseId))
    .orderBy(asc(citizenNotices.createdAt), asc(citizenNotices.id))

export const CITIZEN_NOTICES_JOB = 'cases.citizen-notices'
const MAX_ATTEMPTS = 5

/**
 * The outbox: sends the notices that have an address and were not sent yet, oldest first. Each is first
 * claimed in a short transaction (no database session is held while the mail server answers); a failure
 * is counted and the notice is taken again ten minutes later, up to five attempts. A sender killed between sending and
 * marking may send one notice twice — never none.
 */
export async function sendCitizenNotices(
  db: Database,
  mailer: Mailer,
): Promise<{ sent: number; failed: number }> {
  let sent = 0
  let failed = 0
  for (;;) {
    const claimed = await db.db.execute<{ id: string; email: string; subject: string; body: string }>(sql`
      update ${citizenNotices} set claimed_at = now(), attempts = attempts + 1
      where id = (
        select id from ${citizenNotices}
        where sent_at is null and email is not null and attempts < ${MAX_ATTEMPTS}
          and (claimed_at is null or claimed_at < now() - interval '10 minutes')
        order by created_at limit 1 for update skip locked)
      returning id, email, subject, body`)
    const next = claimed.rows[0]
    if (!next) return { sent, failed }
    try {
      await mailer.send(next.email, next.subject, next.body)
      await db.db
        .update(citizenNotices)
        .set({ sentAt: sql`now()` })
        .where(eq(citizenNotices.id, next.id))
      sent++
    } catch (error) {
      await db.db
        .update(citizenNotices)
        .set({ lastError: String((error as Error).message ?? error).slice(0, 500) })
        .where(eq(citizenNotices.id, next.id))
      failed++
    }
  }
}
