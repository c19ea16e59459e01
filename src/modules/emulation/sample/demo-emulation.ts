import { sql } from 'drizzle-orm'
import { recordAudit } from '../../../platform/audit/audit.ts'
import type { Database } from '../../../platform/db/database.ts'
import { newId } from '../../../platform/db/ids.ts'
import { todayInVietnam } from '../../admin-units/index.ts'
import { between, pick, prng } from '../../cases/sample/generator.ts'
import { organizations } from '../../organizations/index.ts'
import { emulationEvents, emulationPacts, emulationRegistrations } from '../emulation.schema.ts'

const units = {
  'HN-UBND': 'thành phố Hà Nội',
  'HN-BADINH': 'phường Ba Đình',
  'HN-HOANKIEM': 'phường Hoàn Kiếm',
  'HN-SOCSON': 'xã Sóc Sơn',
} as const
type Unit = keyof typeof units

const targets = [
  { text: 'Tỷ lệ hồ sơ thủ tục hành chính giải quyết đúng hạn', target: '100 %' },
  { text: 'Mô hình "Dân vận khéo" được công nhận', target: '1 mô hình' },
  { text: 'Đơn thư được giải quyết đúng thời hạn', target: '≥ 95 %' },
  { text: 'Hội nghị đối thoại với Nhân dân', target: '2 hội nghị' },
]
const fieldSets = [
  ['administrative_reform'],
  ['administrative_reform', 'culture_society'],
  ['economy', 'political_system'],
  ['defence_security', 'culture_society'],
]
const people = [
  'Trịnh Văn Sơn',
  'Mai Thị Thu Trang',
  'Vương Đức Anh',
  'Kiều Thị Ngân',
  'Lương Minh Tâm',
  'Tạ Thị Hoài',
]
const titlesCollective = ['Tập thể lao động xuất sắc', 'Tập thể lao động tiên tiến']
const titlesIndividual = ['Chiến sĩ thi đua cơ sở', 'Lao động tiên tiến']

/**
 * Emulation of the demo city and communes for the last three years: collective and individual
 * registrations (declaring their "Dân vận khéo" fields), year-end self-assessment, review and
 * commendation for past years; pacts with the trade union, women's and youth unions. Deterministic
 * (seed 12); skipped once loaded.
 */
export async function loadDemoEmulation(db: Database): Promise<number> {
  const [existing] = await db.db.select({ n: sql<number>`count(*)::int` }).from(emulationRegistrations)
  if ((existing?.n ?? 0) > 0) return 0
  const orgRows = await db.db
    .select({ id: organizations.id, code: organizations.code, name: organizations.name })
    .from(organizations)
    .where(sql`${organizations.code} like 'HN-%'`)
  const org = new Map(orgRows.map((o) => [o.code, o]))
  if (!Object.keys(units).every((u) => org.has(u))) return 0
  const random = prng(12)
  const today = todayInVietnam()
  const thisYear = Number(today.slice(0, 4))
  const registrations: (typeof emulationRegistrations.$inferInsert)[] = []
  const events: (typeof emulationEvents.$inferInsert)[] = []
  const pacts: (typeof emulationPacts.$inferInsert)[] = []
  for (let year = thisYear - 2; year <= thisYear; year++) {
    const past = `${year}-12-31` < today
    for (const unit of Object.keys(units) as Unit[]) {
      const organizationId = org.get(unit)?.id as string
      const registrants: [string | null, string][] = [
        [null, pick(random, titlesCollective)],
        [pick(random, people), pick(random, titlesIndividual)],
        [pick(random, people), pick(random, titlesIndividual)],
      ]
      for (const [personName, title] of registrants) {
        if (personName && registrations.some((r) => r.year === year && r.personName === personName)) continue
        const id = newId()
        const chosen = targets.slice(0, between(random, 2, 4))
        const met = chosen.map(() => random() < 0.8)
        const commended = met.every(Boolean)
        const status = past ? (commended ? 'commended' : 'not_commended') : 'registered'
        registrations.push({
          id,
          organizationId,
          provinceCode: '01',
          year,
          registrantKind: personName ? 'individual' : 'collective',
          personName,
          personPosition: personName ? 'Công chức' : null,
          title,
          danVanKheoFields: pick(random, fieldSets),
          targets: chosen,
          registeredOn: `${year}-0${between(random, 1, 3)}-${String(between(random, 2, 28)).padStart(2, '0')}`,
          status,
          ...(past
            ? {
                selfAssessment: chosen.map((t, i) => ({
                  achieved: met[i] ? `Đạt: ${t.target}` : 'Chưa đạt',
                  met: met[i],
                })),
                selfAssessedOn: `${year}-12-05`,
                councilOpinion: commended
                  ? 'Hoàn thành tốt các chỉ tiêu đăng ký'
                  : 'Chưa hoàn thành chỉ tiêu',
                boardOpinion: commended ? 'Có cách làm "Dân vận khéo" được nhân rộng' : 'Cần cố gắng hơn',
                reviewProposal: commended ? 'commend' : 'not_commend',
                reviewedOn: `${year}-12-15`,
                commendation: commended
                  ? {
                      title: personName ? 'Giấy khen' : 'Bằng khen',
                      awardedBy: `Chủ tịch UBND ${unit === 'HN-UBND' ? units[unit] : 'thành phố Hà Nội'}`,
                      decisionNumber: `${between(random, 100, 900)}/QĐ-UBND`,
                      decidedOn: `${year}-12-28`,
                    }
                  : null,
                outcomeReason: commended ? null : 'Không đạt đủ chỉ tiêu đăng ký',
              }
            : {}),
        })
        events.push({
          id: newId(),
          registrationId: id,
          provinceCode: '01',
          action: 'register',
          toStatus: 'registered',
          actorName: 'Dữ liệu mẫu',
          body: {},
        })
      }
      const prefix = unit === 'HN-UBND' ? 'HN' : unit
      const parties = [
        [`${prefix}-LDLD`, 'trade_union'],
        [`${prefix}-HPN`, 'womens_union'],
        [`${prefix}-DTN`, 'youth_union'],
        [`${prefix}-HCCB`, 'veterans_association'],
      ]
        .filter(([code]) => org.has(code as string))
        .map(([code, kind]) => ({ name: org.get(code as string)?.name as string, kind: kind as string }))
      if (unit !== 'HN-UBND')
        parties.unshift({ name: `Công đoàn cơ sở UBND ${units[unit]}`, kind: 'trade_union' })
      const criteria = [
        { text: 'Vận động đoàn viên, hội viên sử dụng dịch vụ công trực tuyến', target: '≥ 90 %' },
        { text: 'Xây dựng mô hình "Dân vận khéo" của tổ chức', target: '1 mô hình' },
        { text: 'Tham gia giám sát, phản biện các dự án ở địa phương', target: '2 cuộc' },
      ]
      const assessed = past
      pacts.push({
        id: newId(),
        organizationId,
        provinceCode: '01',
        year,
        title: `Giao ước thi đua năm ${year} giữa UBND ${units[unit]} và các tổ chức chính trị - xã hội`,
        signedOn: `${year}-02-${String(between(random, 10, 28)).padStart(2, '0')}`,
        parties,
        criteria,
        status: assessed ? 'assessed' : 'signed',
        assessment: assessed
          ? criteria.map((c) => {
              const ok = random() < 0.8
              return { achieved: ok ? `Đạt ${c.target}` : 'Chưa đạt', met: ok }
            })
          : null,
        assessedOn: assessed ? `${year}-12-10` : null,
      })
    }
  }
  await db.transaction(async (tx) => {
    await tx.insert(emulationRegistrations).values(registrations)
    await tx.insert(emulationEvents).values(events)
    await tx.insert(emulationPacts).values(pacts)
    await recordAudit(tx, {
      actor: { id: null, name: 'Dữ liệu mẫu' },
      action: 'emulation.demo_loaded',
      entityType: 'organization',
      entityId: org.get('HN-UBND')?.id ?? '',
      organizationId: org.get('HN-UBND')?.id ?? null,
      provinceCode: '01',
      summary: { registrations: registrations.length, pacts: pacts.length },
      requestId: null,
    })
  })
  return registrations.length + pacts.length
}
