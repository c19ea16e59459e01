/**
 * Thông báo từ chối tiếp công dân (form 01/TCD, NĐ 154/2026 Art. 4(3)): the written notice for the two
 * grounds that require one, built as an official document (national heading, Decree 30/2020 layout).
 */
import type { Actor } from '../../platform/access/actor.ts'
import type { Database } from '../../platform/db/database.ts'
import { notFound } from '../../platform/errors.ts'
import { findOrganization } from '../organizations/index.ts'
import { type OfficialDocument, renderDocx, renderPdf } from './documents.ts'
import { formatVn, messages, refusalNoticeTexts } from './messages.ts'
import { visitDetail } from './reception.queries.ts'

export async function refusalNoticeDocument(
  db: Database,
  actor: Actor,
  visitId: string,
): Promise<OfficialDocument> {
  const visit = await visitDetail(db, actor, visitId)
  if (!visit.refusalNotice) throw notFound(messages.noticeNotFound)
  const organization = await findOrganization(db.db, visit.organizationId)
  if (!organization) throw notFound(messages.organizationUnknown)
  const parent = organization.parentId ? await findOrganization(db.db, organization.parentId) : undefined
  const names = visit.citizens.map((c) => c.fullName).join(', ')
  const identity = visit.citizens
    .map((c) =>
      [c.fullName, c.idNumber ? `số CCCD/Hộ chiếu ${c.idNumber}` : '', c.addressDetail ?? '']
        .filter(Boolean)
        .join(', '),
    )
    .join('; ')
  return {
    issuer: { name: organization.name, ...(parent ? { parentName: parent.name } : {}) },
    place: organization.provinceCode === '01' ? 'Hà Nội' : organization.name,
    date: visit.refusalNotice.dueDate,
    title: refusalNoticeTexts.title,
    subtitle: refusalNoticeTexts.subtitle,
    body: [
      {
        kind: 'paragraph',
        text: `Ngày ${formatVn(visit.visitDate)}, ${organization.name} tiếp nhận yêu cầu được tiếp của ông (bà) ${identity}.`,
      },
      { kind: 'paragraph', text: `Nội dung: ${visit.summary}` },
      {
        kind: 'paragraph',
        text: `Căn cứ Điều 9 Luật Tiếp công dân và Điều 4 Nghị định số 154/2026/NĐ-CP, ${organization.name} thông báo từ chối tiếp công dân đối với ông (bà) ${names} vì lý do: ${visit.refusalGroundLabel ?? visit.refusalGround ?? ''}.`,
        align: 'justify',
      },
      {
        kind: 'paragraph',
        text: 'Đề nghị ông (bà) chấp hành đúng quy định của pháp luật về tiếp công dân, khiếu nại, tố cáo, kiến nghị, phản ánh.',
      },
      { kind: 'paragraph', text: refusalNoticeTexts.form, italic: true, align: 'right' },
    ],
    recipients: [`Ông (bà) ${names}`, 'Lưu: VT, hồ sơ tiếp công dân'],
    signer: { title: 'NGƯỜI ĐỨNG ĐẦU', name: '' },
  }
}

export async function refusalNoticeFile(db: Database, actor: Actor, visitId: string, format: 'docx' | 'pdf') {
  const doc = await refusalNoticeDocument(db, actor, visitId)
  return format === 'pdf' ? renderPdf(doc) : renderDocx(doc)
}
