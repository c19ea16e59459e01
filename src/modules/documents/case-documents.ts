import type { Executor } from '../../platform/db/database.ts'
import type { OfficialDocument } from '../../platform/documents/index.ts'
import { daysBetween } from '../calendar/index.ts'
import { findUnitById } from '../admin-units/index.ts'
import { findOrganization, type OrganizationRow } from '../organizations/index.ts'
import {
  kindLabels,
  lifecycleById,
  type CaseRow,
  type CitizenRow,
  type EventRow,
  type Transition,
} from '../cases/index.ts'
import { messages } from './messages.ts'
import { bodyBlocks, recipientLines, fill, type TemplateText, type TemplateValues } from './template.ts'
import type { DocumentType } from './types.ts'

/** The identity behind a protected citizen, for a document a leader asked for with a reason. */
export interface RevealedCitizen {
  fullName: string
  addressDetail: string | null
}

/** One document a case can produce now: the step behind it (none for the apology letter). */
export interface AvailableDocument {
  type: DocumentType
  event: EventRow | null
  transition: Transition | null
  /** The document's date (YYYY-MM-DD): the step date, or today for the apology letter. */
  date: string
}

/** When an answer or decision came after its deadline, or the running deadline has passed. */
export interface Lateness {
  dueDate: string
  doneDate: string | null
  days: number
}

/** Steps whose date is the one the citizen waits for: the answer, the decision, the conclusion. */
const resultActions = new Set(['answer', 'decide', 'conclude'])

const transitionOf = (row: CaseRow, event: EventRow): Transition | null =>
  lifecycleById(row.lifecycleId).transitions.find(
    (t) => t.action === event.action && t.from.includes(event.fromStatus ?? ''),
  ) ?? null

/**
 * How late the case was answered (the first result step after its deadline; the deadline is the one in
 * force before that step, i.e. set by the step before it), or is now (no result yet, due date past).
 */
export function latenessOf(row: CaseRow, events: EventRow[], today: string): Lateness | null {
  for (let i = 1; i < events.length; i++) {
    const event = events[i]
    const due = events[i - 1]?.dueDate
    if (event && due && resultActions.has(event.action) && event.stepDate > due)
      return { dueDate: due, doneDate: event.stepDate, days: daysBetween(due, event.stepDate) }
  }
  // Still waiting for the answer, decision or conclusion, and its deadline has passed. (Once the result
  // exists, later clocks — sending it, its becoming final — are not the citizen's wait for an answer.)
  const answered = events.some((e) => resultActions.has(e.action))
  if (!answered && row.dueDate && row.dueDate < today)
    return { dueDate: row.dueDate, doneDate: null, days: daysBetween(row.dueDate, today) }
  return null
}

/**
 * The documents a case's history produces, per the lifecycle declarations (`document` of each step taken;
 * a later step of the same kind replaces an earlier one), and the apology letter when it was late.
 */
export function availableDocuments(row: CaseRow, events: EventRow[], today: string): AvailableDocument[] {
  const byType = new Map<DocumentType, AvailableDocument>()
  for (const event of events) {
    const transition = transitionOf(row, event)
    if (transition?.document)
      byType.set(transition.document, { type: transition.document, event, transition, date: event.stepDate })
  }
  const found = [...byType.values()].sort(
    (a, b) => (a.event?.at.getTime() ?? 0) - (b.event?.at.getTime() ?? 0),
  )
  if (latenessOf(row, events, today))
    found.push({ type: 'apology_letter', event: null, transition: null, date: today })
  return found
}

/** dd/mm/yyyy, as dates are written in Vietnamese documents. */
export function vnDate(iso: string | null | undefined): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso ?? '')
  return m ? `${m[3]}/${m[2]}/${m[1]}` : ''
}

/** The issuer, its parent and the place name of the heading. */
export interface Issuer {
  name: string
  parentName: string | null
  collectiveName: string
  place: string
  /** Contacts published to citizens (organization contact fields). */
  address: string | null
  phone: string | null
  hotline: string | null
  email: string | null
}

const selfStanding = new Set(['people_committee', 'people_council'])

/**
 * Decree 30: a People's Committee or Council heads its documents with its own name only; any other body
 * shows its managing body above. The place is the administrative unit served (the nearest one up the tree).
 */
export async function issuerOf(db: Executor, organizationId: string): Promise<Issuer> {
  const organization = await findOrganization(db, organizationId)
  if (!organization) throw new Error(`organization ${organizationId} missing`)
  const parent = organization.parentId ? await findOrganization(db, organization.parentId) : undefined
  let unitName: string | null = null
  let place: string | null = null
  let current: OrganizationRow | undefined = organization
  for (let depth = 0; current && depth < 10; depth++) {
    if (current.adminUnitId) {
      const unit = await findUnitById(db, current.adminUnitId)
      if (unit) {
        place = unit.shortName
        if (current.id === organization.id) unitName = unit.name
        break
      }
    }
    current = current.parentId ? await findOrganization(db, current.parentId) : undefined
  }
  const name = organization.name
  const collectiveName =
    unitName && name.toLocaleLowerCase('vi-VN').endsWith(' ' + unitName.toLocaleLowerCase('vi-VN'))
      ? name.slice(0, name.length - unitName.length - 1)
      : name
  return {
    name,
    parentName: selfStanding.has(organization.kind) ? null : (parent?.name ?? null),
    collectiveName,
    place: place ?? name,
    address: organization.address ?? null,
    phone: organization.contactPhone ?? null,
    hotline: organization.hotline ?? null,
    email: organization.email ?? null,
  }
}

const appealRights = {
  first:
    'Trong thời hạn 30 ngày kể từ ngày nhận được Quyết định này (45 ngày đối với vùng sâu, vùng xa đi lại khó khăn), nếu không đồng ý với quyết định giải quyết khiếu nại thì người khiếu nại có quyền khiếu nại đến người có thẩm quyền giải quyết khiếu nại lần hai hoặc khởi kiện vụ án hành chính tại Tòa án theo quy định của Luật Tố tụng hành chính.',
  second:
    'Trong thời hạn theo quy định của pháp luật, nếu không đồng ý với quyết định giải quyết khiếu nại lần hai thì người khiếu nại có quyền khởi kiện vụ án hành chính tại Tòa án theo quy định của Luật Tố tụng hành chính.',
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '')

/**
 * The values a template may use for this case. A protected identity (sealed citizen) and an anonymous
 * letter print fixed labels: whoever generates the document, the denouncer's name, address and ID never
 * enter it (Law on Denunciations Art. 8(3), 47(2)).
 */
export function valuesOf(input: {
  row: CaseRow
  citizens: CitizenRow[]
  events: EventRow[]
  issuer: Issuer
  document: AvailableDocument
  today: string
  /** Name of the administrative unit of the first citizen's address. */
  citizenUnitName?: string | null
  /** A protected identity revealed for this document by a leader who gave a reason (audited). */
  revealed?: RevealedCitizen | null
}): TemplateValues {
  const { row, citizens, events, issuer, document, today, revealed } = input
  const first = citizens[0]
  const hidden = !revealed && (row.protectIdentity || Boolean(first?.sealed))
  const fullName = revealed
    ? revealed.fullName
    : row.anonymous || !first
      ? row.citizenDisplay
      : hidden
        ? messages.protectedName
        : (first.fullName ?? '')
  const address = hidden
    ? messages.protectedAddress
    : [revealed ? revealed.addressDetail : first?.addressDetail, input.citizenUnitName]
        .filter(Boolean)
        .join(', ') || messages.noAddress
  const body = (document.event?.body ?? {}) as Record<string, unknown>
  const answerEvent = [...events].reverse().find((e) => e.action === 'answer')
  const lateness = latenessOf(row, events, today)
  const values: TemplateValues = {
    'organization.name': issuer.name,
    'organization.parentName': issuer.parentName ?? '',
    'organization.collectiveName': issuer.collectiveName,
    'organization.place': issuer.place,
    'organization.address': issuer.address ?? '',
    'organization.phone': issuer.phone ?? '',
    'organization.hotline': issuer.hotline ?? '',
    'organization.email': issuer.email ?? '',
    'citizen.fullName':
      citizens.length > 1 && !hidden ? `${fullName} và ${citizens.length - 1} người khác` : fullName,
    'citizen.address': address,
    'case.trackingCode': row.trackingCode,
    'case.kind': (kindLabels[row.kind] ?? row.kind).toLocaleLowerCase('vi-VN'),
    'case.instance': row.instance === 'second' ? 'lần hai' : row.kind === 'complaint' ? 'lần đầu' : '',
    'case.summary': row.summary.replace(/[.\s]+$/, ''),
    'case.content': row.content,
    'case.receivedDate': vnDate(row.receivedOn),
    'case.answerDate': vnDate(answerEvent?.stepDate),
    'step.date': vnDate(document.event?.stepDate),
    'step.dueDate': vnDate(document.event?.dueDate),
    'step.source': document.transition?.source ?? '',
    'step.legalBasis': text(body.legalBasis),
    'step.reason': text(body.reason).replace(/[.\s]+$/, ''),
    'step.result': text(body.result),
    'step.answer': text(body.answer),
    'step.competentBody': text(body.competentBody),
    'step.targetOrganization': text(body.targetOrganization),
    'step.note': text(body.note),
    'step.signer': document.event?.actorName ?? '',
    'decision.number': text(body.decisionNumber) || text(body.conclusionNumber),
    'decision.date': vnDate(text(body.decisionDate) || text(body.conclusionDate) || document.event?.stepDate),
    'decision.appealRights': row.instance === 'second' ? appealRights.second : appealRights.first,
    'late.dueDate': vnDate(lateness?.dueDate),
    'late.days': lateness ? String(lateness.days) : '',
    'late.status': !lateness
      ? ''
      : lateness.doneDate
        ? `Hồ sơ đã được giải quyết ngày ${vnDate(lateness.doneDate)}, chậm ${lateness.days} ngày so với thời hạn.`
        : `Đến ngày ${vnDate(today)}, hồ sơ chưa được giải quyết xong, đã chậm ${lateness.days} ngày so với thời hạn. Cơ quan đang khẩn trương hoàn thành và sẽ trả kết quả cho ông/bà trong thời gian sớm nhất.`,
    today: vnDate(today),
  }
  return values
}

/** "Ủy ban nhân dân\nphường Ba Đình": the collective name on its own line, as Decree 30's samples set it. */
const headingName = (issuer: Issuer): string =>
  issuer.collectiveName !== issuer.name && issuer.name.startsWith(issuer.collectiveName)
    ? `${issuer.collectiveName}\n${issuer.name.slice(issuer.collectiveName.length).trim()}`
    : issuer.name

/** Who signs: the leader who took a signing step (this one, or the latest before), else nobody by name. */
function signerName(row: CaseRow, events: EventRow[], document: AvailableDocument): string {
  const signs = (e: EventRow) => {
    const t = transitionOf(row, e)
    return Boolean(t && t.roles.length === 1 && t.roles[0] === 'leader')
  }
  if (document.event && signs(document.event)) return document.event.actorName
  const until = document.event ? events.indexOf(document.event) : events.length
  const earlier = events.slice(0, until < 0 ? events.length : until).reverse()
  // No leader has signed a step yet: the name is left blank for the head who signs the paper (a handler's
  // name under "CHỦ TỊCH" would be wrong).
  return earlier.find(signs)?.actorName ?? ''
}

/** The official document of one available document, worded by the template in force. */
export function buildDocument(input: {
  row: CaseRow
  citizens: CitizenRow[]
  events: EventRow[]
  issuer: Issuer
  document: AvailableDocument
  template: TemplateText
  today: string
  citizenUnitName?: string | null
  revealed?: RevealedCitizen | null
}): OfficialDocument {
  const values = valuesOf(input)
  const { template, issuer, document } = input
  const number = values['decision.number'] || template.numberSymbol
  const subtitle = template.subtitle ? fill(template.subtitle, values).trim() : ''
  const authority = template.signerAuthority ? fill(template.signerAuthority, values).trim() : ''
  const recipients = recipientLines(template.recipients, values)
  return {
    issuer: { name: headingName(issuer), ...(issuer.parentName ? { parentName: issuer.parentName } : {}) },
    number: fill(number, values),
    place: issuer.place,
    date: document.date,
    title: fill(template.title, values).trim(),
    ...(subtitle ? { subtitle } : {}),
    body: bodyBlocks(template.body, values),
    ...(recipients.length ? { recipients } : {}),
    signer: {
      ...(authority ? { authority } : {}),
      title: fill(template.signerTitle, values).trim(),
      name: signerName(input.row, input.events, document),
    },
  }
}
