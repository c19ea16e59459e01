import { like } from 'drizzle-orm'
import { systemActor } from '../../../platform/access/actor.ts'
import type { Context } from '../../../platform/context.ts'
import type { Database } from '../../../platform/db/database.ts'
import { between, prng, type Random } from '../../cases/sample/generator.ts'
import { findOrganizationByCode, organizations } from '../../organizations/index.ts'
import { enterprises } from '../democracy.schema.ts'
import { adoptRules } from '../commands/adoptRules.ts'
import { conferenceRuleAt, conferenceRows } from '../commands/recordConference.ts'
import type { ConferenceBody } from '../../../contracts/democracy.ts'
import { democracyConferenceEvents, democracyConferences, democracyResolutions } from '../democracy.schema.ts'
import { newId } from '../../../platform/db/ids.ts'
import { recordAudit } from '../../../platform/audit/audit.ts'
import { registerEnterprise } from '../commands/registerEnterprise.ts'
import { agencyKinds } from '../messages.ts'

/** Fictional enterprises overseen by the city and its communes (tax codes are not real ones). */
const demoEnterprises: {
  name: string
  taxCode: string
  ownership: 'state' | 'private'
  workforce: number
  overseer: string
  unit?: string
  fiscalYearEndMonth?: number
}[] = [
  {
    name: 'Công ty TNHH MTV Thoát nước Hồng Hà',
    taxCode: '0100000101',
    ownership: 'state',
    workforce: 820,
    overseer: 'HN-UBND',
  },
  {
    name: 'Công ty TNHH MTV Công viên Cây xanh Đông Đô',
    taxCode: '0100000102',
    ownership: 'state',
    workforce: 410,
    overseer: 'HN-UBND',
  },
  {
    name: 'Công ty Cổ phần Xe buýt Thăng Long Mới',
    taxCode: '0100000103',
    ownership: 'state',
    workforce: 1250,
    overseer: 'HN-UBND',
  },
  {
    name: 'Công ty TNHH MTV Nước sạch Sông Đà Xanh',
    taxCode: '0100000104',
    ownership: 'state',
    workforce: 560,
    overseer: 'HN-UBND',
    fiscalYearEndMonth: 6,
  },
  {
    name: 'Công ty TNHH May mặc Hoa Sen Việt',
    taxCode: '0100000105',
    ownership: 'private',
    workforce: 95,
    overseer: 'HN-SOCSON',
    unit: '00376',
  },
  {
    name: 'Công ty Cổ phần Bánh kẹo Phố Cổ',
    taxCode: '0100000106',
    ownership: 'private',
    workforce: 64,
    overseer: 'HN-HOANKIEM',
    unit: '00070',
  },
  {
    name: 'Công ty TNHH Dịch vụ Du lịch Hồ Gươm Xanh',
    taxCode: '0100000107',
    ownership: 'private',
    workforce: 38,
    overseer: 'HN-HOANKIEM',
    unit: '00070',
  },
  {
    name: 'Công ty TNHH Cơ khí Núi Đôi',
    taxCode: '0100000108',
    ownership: 'private',
    workforce: 140,
    overseer: 'HN-SOCSON',
    unit: '00376',
  },
  {
    name: 'Công ty Cổ phần In Ba Đình Mới',
    taxCode: '0100000109',
    ownership: 'private',
    workforce: 52,
    overseer: 'HN-BADINH',
    unit: '00004',
  },
  {
    name: 'Công ty TNHH Thực phẩm sạch Đồng Xanh',
    taxCode: '0100000110',
    ownership: 'private',
    workforce: 77,
    overseer: 'HN-SOCSON',
    unit: '00376',
  },
]

/** Staff of a demo organization by kind (the veterans' association of a ward has 6 — it may skip). */
const staffOf = (random: Random, kind: string, code: string): number => {
  if (code === 'HN-UBND') return 380
  if (code.endsWith('-HCCB') && code !== 'HN-HCCB') return 6
  if (kind === 'department' || kind === 'inspectorate') return between(random, 105, 160)
  if (kind === 'people_committee') return between(random, 38, 62)
  if (kind === 'people_council' || kind === 'party_mobilization_board') return between(random, 9, 18)
  return between(random, 8, 24)
}

const date = (year: number, month: number, day: number) =>
  `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`

/**
 * Conferences of every agency of the demo city for 2023–2025 (all valid in 2024: 100 %, as the seeds
 * report; 2025 with gaps — one invalid for want of quorum, one late, two not held), the enterprises'
 * workers' conferences (2024: 8 of 10 valid), and democracy rules of the city and phường Ba Đình with
 * their history. Loaded once (the enterprise register is the marker).
 */
export async function loadDemoDemocracy(db: Database): Promise<number> {
  const ctx: Context = { actor: systemActor('Dữ liệu mẫu'), db, requestId: null }
  const city = await findOrganizationByCode(db.db, 'HN-UBND')
  if (!city) return 0
  const [already] = await db.db.select({ id: enterprises.id }).from(enterprises).limit(1)
  if (already) return 0
  const random = prng(2023)
  const rows: (typeof democracyConferences.$inferInsert)[] = []
  const resolutionRows: (typeof democracyResolutions.$inferInsert)[] = []
  /** Checked exactly as the command checks it; stored in bulk below (one transaction). */
  const record = async (
    body: Omit<ConferenceBody, 'resolutions'> & { resolutions?: ConferenceBody['resolutions'] },
    at: { organizationId: string; provinceCode: string | null; fiscalYearEndMonth?: number },
  ) => {
    const full: ConferenceBody = { ...body, resolutions: body.resolutions ?? [] }
    const rule = await conferenceRuleAt(db, full.heldOn ?? `${full.year + 1}-01-01`)
    const built = conferenceRows(full, rule, { fiscalYearEndMonth: 12, ...at, createdBy: null })
    if (built.check.errors.length)
      throw new Error(`demo conference invalid: ${JSON.stringify(built.check.errors)}`)
    rows.push(built.row)
    resolutionRows.push(...built.resolutions)
  }
  const agencies = (
    await db.db
      .select({
        id: organizations.id,
        code: organizations.code,
        kind: organizations.kind,
        provinceCode: organizations.provinceCode,
      })
      .from(organizations)
      .where(like(organizations.path, `${city.path}%`))
  )
    .filter((o) => (agencyKinds as readonly string[]).includes(o.kind))
    .sort((a, b) => a.code.localeCompare(b.code))
  for (const year of [2023, 2024, 2025]) {
    for (const [index, agency] of agencies.entries()) {
      const staffTotal = staffOf(random, agency.kind, agency.code)
      if (staffTotal <= 7) {
        await record(
          { kind: 'staff', year, status: 'skipped', staffTotal },
          { organizationId: agency.id, provinceCode: agency.provinceCode },
        )
        continue
      }
      if (year === 2025 && (index === 3 || index === 11)) continue
      const delegates = staffTotal >= 100
      const expected = delegates ? Math.round(staffTotal / 3) : staffTotal
      const short = year === 2025 && index === 7
      const present = short
        ? Math.floor(expected / 2)
        : expected - between(random, 0, Math.floor(expected / 8))
      const late = year === 2025 && index === 5
      await record(
        {
          kind: 'staff',
          year,
          status: 'held',
          heldOn: late
            ? date(year + 1, 4, 10)
            : date(year + 1, between(random, 1, 3), between(random, 5, 27)),
          form: delegates ? 'delegates' : 'full',
          staffTotal,
          expectedCount: delegates ? expected : undefined,
          presentCount: present,
          resolutions: [
            {
              title: `Nghị quyết hội nghị cán bộ, công chức năm ${year + 1}`,
              votesFor: present - between(random, 0, 2),
              votesAgainst: 0,
            },
            {
              title: 'Quy chế chi tiêu nội bộ (sửa đổi)',
              votesFor: Math.ceil(present * 0.8),
              votesAgainst: Math.floor(present * 0.1),
            },
          ],
        },
        { organizationId: agency.id, provinceCode: agency.provinceCode },
      )
    }
  }
  const registered = []
  for (const e of demoEnterprises) {
    const overseer = await findOrganizationByCode(db.db, e.overseer)
    if (!overseer) continue
    registered.push(
      await registerEnterprise(ctx, {
        name: e.name,
        taxCode: e.taxCode,
        ownership: e.ownership,
        workforce: e.workforce,
        fiscalYearEndMonth: e.fiscalYearEndMonth,
        hasTradeUnion: true,
        organizationId: overseer.id,
        adminUnitCode: e.unit,
      }),
    )
  }
  for (const year of [2023, 2024, 2025]) {
    for (const [index, e] of registered.entries()) {
      // 2024: the ninth holds no conference and the tenth lacks quorum (8 of 10 valid); 2025: six of ten.
      if ((year === 2024 && index === 8) || (year === 2025 && index >= 6)) continue
      const delegates = e.workforce >= 100
      const expected = delegates ? Math.round(e.workforce / 4) : e.workforce
      const present =
        year === 2024 && index === 9 ? Math.floor(expected * 0.6) : expected - between(random, 0, 3)
      const windowStart =
        e.fiscalYearEndMonth === 12 ? date(year + 1, 2, 10) : date(year, e.fiscalYearEndMonth + 1, 20)
      await record(
        {
          kind: 'workers',
          enterpriseId: e.id,
          year,
          status: 'held',
          heldOn: windowStart,
          form: delegates ? 'delegates' : 'full',
          staffTotal: e.workforce,
          expectedCount: delegates ? expected : undefined,
          presentCount: present,
          resolutions: [
            {
              title: 'Thỏa ước lao động tập thể, quy chế đối thoại tại nơi làm việc',
              votesFor: present - 1,
              votesAgainst: 1,
            },
          ],
        },
        {
          organizationId: e.organizationId,
          provinceCode: e.provinceCode,
          fiscalYearEndMonth: e.fiscalYearEndMonth,
        },
      )
    }
  }
  await db.transaction(async (tx) => {
    for (let i = 0; i < rows.length; i += 200)
      await tx.insert(democracyConferences).values(rows.slice(i, i + 200))
    for (let i = 0; i < resolutionRows.length; i += 500)
      await tx.insert(democracyResolutions).values(resolutionRows.slice(i, i + 500))
    // Each conference's history starts with its record, as the command writes it.
    const events = rows.map((r) => ({
      id: newId(),
      conferenceId: r.id,
      provinceCode: r.provinceCode,
      action: 'record',
      actorName: 'Dữ liệu mẫu',
    }))
    for (let i = 0; i < events.length; i += 500)
      await tx.insert(democracyConferenceEvents).values(events.slice(i, i + 500))
    for (const organizationId of new Set(rows.map((r) => r.organizationId)))
      await recordAudit(tx, {
        actor: { id: null, name: 'Dữ liệu mẫu' },
        action: 'democracy_conference.demo_loaded',
        entityType: 'organization',
        entityId: organizationId,
        organizationId,
        provinceCode: '01',
        summary: { conferences: rows.filter((r) => r.organizationId === organizationId).length },
        requestId: null,
      })
  })
  const badinh = await findOrganizationByCode(db.db, 'HN-BADINH')
  for (const [org, versions] of [
    [
      badinh,
      [
        [
          'Quy chế thực hiện dân chủ trong hoạt động của UBND phường Ba Đình',
          '15/QĐ-UBND',
          '2021-03-02',
          '2021-03-15',
        ],
        [
          'Quy chế thực hiện dân chủ ở cơ sở (theo Luật 10/2022/QH15)',
          '42/QĐ-UBND',
          '2023-08-10',
          '2023-09-01',
        ],
        [
          'Quy chế thực hiện dân chủ sau sắp xếp đơn vị hành chính hai cấp',
          '118/QĐ-UBND',
          '2025-07-20',
          '2025-08-01',
        ],
      ],
    ],
    [
      city,
      [
        [
          'Quy chế thực hiện dân chủ trong cơ quan UBND thành phố',
          '2150/QĐ-UBND',
          '2023-09-05',
          '2023-10-01',
        ],
      ],
    ],
  ] as const) {
    if (!org) continue
    for (const [title, decisionNumber, adoptedOn, effectiveFrom] of versions)
      await adoptRules(ctx, {
        organizationId: org.id,
        title,
        decisionNumber,
        adoptedOn,
        effectiveFrom,
        content:
          'Chương I. Quy định chung. Chương II. Những việc công khai để cán bộ, công chức biết; những việc cán bộ, công chức bàn và quyết định; tham gia ý kiến trước khi cơ quan quyết định; kiểm tra, giám sát. Chương III. Hội nghị cán bộ, công chức, viên chức, người lao động hằng năm. Chương IV. Tổ chức thực hiện.',
      })
  }
  return rows.length
}
