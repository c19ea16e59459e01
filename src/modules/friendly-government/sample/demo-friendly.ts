import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { and, eq, inArray, like } from 'drizzle-orm'
import { systemActor } from '../../../platform/access/actor.ts'
import { recordAudit } from '../../../platform/audit/audit.ts'
import type { Database } from '../../../platform/db/database.ts'
import { newId } from '../../../platform/db/ids.ts'
import { between, prng, type Random } from '../../cases/sample/generator.ts'
import { createOrganization, findOrganizationByCode, organizations } from '../../organizations/index.ts'
import { evaluationDate, ratingOf, type Criterion } from '../criteria.ts'
import { criteriaSetInForce } from '../friendly.repo.ts'
import { friendlyEvaluationEvents, friendlyEvaluations, friendlyScores } from '../friendly.schema.ts'

const COMMUNES_CSV = fileURLToPath(
  new URL('../../../../db/reference/admin-units/current-communes.csv', import.meta.url),
)

/** How many communes of Hà Nội the demo evaluates (the three demo communes among them). */
const DEMO_COMMUNES = 30

/**
 * More communes of Hà Nội (names and codes of today's map, db/reference) as organizations, so the share of
 * communes rated good is a share of many: `HN-X<code>`, skipping the units a demo commune already serves.
 */
export async function ensureDemoCommunes(db: Database): Promise<number> {
  const ctx = { actor: systemActor('Dữ liệu mẫu'), db, requestId: null }
  const city = await findOrganizationByCode(db.db, 'HN-UBND')
  if (!city) return 0
  const served = new Set(
    (
      await db.db
        .select({ code: organizations.adminUnitCode })
        .from(organizations)
        .where(and(eq(organizations.kind, 'people_committee'), like(organizations.path, `${city.path}%`)))
    ).map((r) => r.code),
  )
  const units = readFileSync(COMMUNES_CSV, 'utf8')
    .split('\n')
    .slice(1)
    .map((line) => line.split(','))
    .filter((f) => f[4]?.trim() === '01')
    .slice(0, DEMO_COMMUNES)
  let created = 0
  for (const [code, name] of units) {
    if (!code || !name || served.has(code) || (await findOrganizationByCode(db.db, `HN-X${code}`))) continue
    await createOrganization(ctx, {
      parentId: city.id,
      code: `HN-X${code}`,
      name: `Ủy ban nhân dân ${name.charAt(0).toLowerCase()}${name.slice(1)}`,
      kind: 'people_committee',
      provinceCode: '01',
      adminUnitCode: code,
    })
    created++
  }
  return created
}

const evidenceTexts = [
  'Báo cáo kết quả thực hiện năm; danh mục văn bản đã niêm yết tại trụ sở và trên trang thông tin điện tử.',
  'Sổ tiếp công dân, lịch tiếp công dân định kỳ của Chủ tịch UBND được công khai.',
  'Biên bản hội nghị đối thoại với Nhân dân, danh sách nội dung đã hứa giải quyết và kết quả.',
  'Số liệu hồ sơ thủ tục hành chính trả đúng hẹn từ hệ thống một cửa điện tử.',
  'Tổng hợp phiếu khảo sát mức độ hài lòng của người dân, doanh nghiệp.',
]

/** Scores near a target share of each criterion's maximum, in half points. */
const scoresFor = (random: Random, criteria: readonly Criterion[], share: [number, number]) =>
  criteria.map((c) => {
    const r = share[0] + random() * (share[1] - share[0])
    return Math.min(c.maxPoints, Math.round(c.maxPoints * r * 2) / 2)
  })

/** Of the communes evaluated each year, how many fall short of "good" (index order, rotated per year). */
const belowGood: Record<number, number> = { 2023: 4, 2024: 2, 2025: 1 }

/**
 * Yearly evaluations 2023–2025 of every demo commune of Hà Nội, rated by the city against the example
 * criteria set (over 90 % rated good in 2024 and 2025, as the seeds report), and the 2026 round under way:
 * xã Sóc Sơn filling its self-assessment, phường Hoàn Kiếm waiting for the city's rating. Loaded once.
 */
export async function loadDemoFriendly(db: Database): Promise<number> {
  await ensureDemoCommunes(db)
  const city = await findOrganizationByCode(db.db, 'HN-UBND')
  if (!city) return 0
  const communes = (
    await db.db
      .select({ id: organizations.id, code: organizations.code, name: organizations.name })
      .from(organizations)
      .where(and(eq(organizations.kind, 'people_committee'), like(organizations.path, `${city.path}%/`)))
  ).filter((c) => c.id !== city.id)
  communes.sort((a, b) => a.code.localeCompare(b.code))
  const ids = communes.map((c) => c.id)
  if (ids.length === 0) return 0
  const [already] = await db.db
    .select({ id: friendlyEvaluations.id })
    .from(friendlyEvaluations)
    .where(inArray(friendlyEvaluations.organizationId, ids))
    .limit(1)
  if (already) return 0
  const random = prng(1122)
  const evaluations: (typeof friendlyEvaluations.$inferInsert)[] = []
  const scores: (typeof friendlyScores.$inferInsert)[] = []
  const events: (typeof friendlyEvaluationEvents.$inferInsert)[] = []
  const event = (
    evaluationId: string,
    action: string,
    from: string | null,
    to: string,
    at: Date,
    comment?: string,
  ) =>
    events.push({
      id: newId(),
      evaluationId,
      provinceCode: '01',
      action,
      fromStatus: from,
      toStatus: to,
      actorId: null,
      actorName: action === 'rate' ? 'UBND thành phố Hà Nội' : 'Cán bộ dân vận xã, phường',
      at,
      comment: comment ?? null,
    })
  for (const year of [2023, 2024, 2025, 2026]) {
    const set = await criteriaSetInForce(db.db, '01', evaluationDate(year))
    if (!set) continue
    communes.forEach((commune, index) => {
      const ongoing = year === 2026
      if (ongoing && commune.code !== 'HN-SOCSON' && commune.code !== 'HN-HOANKIEM') return
      const status = !ongoing ? 'rated' : commune.code === 'HN-HOANKIEM' ? 'submitted' : 'draft'
      const rotated = (index + year) % communes.length
      const weak = rotated < (belowGood[year] ?? 0)
      const points = scoresFor(random, set.criteria, weak ? [0.62, 0.8] : [0.92, 1])
      const id = newId()
      const reviewed = points.map((p, i) =>
        status === 'rated' && i === index % points.length && p >= 1 ? p - 1 : p,
      )
      const selfTotal = points.reduce((s, p) => s + p, 0)
      const finalTotal = reviewed.reduce((s, p) => s + p, 0)
      const submittedAt = new Date(
        `${year + 1}-01-${String(between(random, 5, 20)).padStart(2, '0')}T09:00:00+07:00`,
      )
      const ratedAt = new Date(
        `${year + 1}-02-${String(between(random, 3, 25)).padStart(2, '0')}T15:00:00+07:00`,
      )
      evaluations.push({
        id,
        organizationId: commune.id,
        provinceCode: '01',
        year,
        criteriaSetId: set.id,
        status,
        selfTotal,
        finalTotal: status === 'rated' ? finalTotal : null,
        rating: status === 'rated' ? ratingOf(finalTotal, set.thresholds) : null,
        selfSummary: `${commune.name} tự đánh giá kết quả thực hiện mô hình "Chính quyền thân thiện vì nhân dân phục vụ" năm ${year}.`,
        reviewComment:
          status === 'rated'
            ? finalTotal >= 85
              ? 'Thực hiện tốt; tiếp tục duy trì đối thoại định kỳ và công khai trên trang thông tin điện tử.'
              : 'Cần khắc phục việc trả hồ sơ chậm hẹn và bổ sung minh chứng công khai.'
            : null,
        reviewerOrganizationId: status === 'rated' ? city.id : null,
        reviewerName: status === 'rated' ? 'UBND thành phố Hà Nội' : null,
        submittedAt: status === 'draft' ? null : submittedAt,
        ratedAt: status === 'rated' ? ratedAt : null,
      })
      set.criteria.forEach((c, i) => {
        const filled = status !== 'draft' || i < 6
        scores.push({
          id: newId(),
          evaluationId: id,
          provinceCode: '01',
          criterionCode: c.code,
          selfScore: filled ? (points[i] ?? 0) : null,
          evidence: filled ? evidenceTexts[i % evidenceTexts.length] : null,
          links: [],
          reviewedScore: status === 'rated' && reviewed[i] !== points[i] ? (reviewed[i] ?? null) : null,
          reviewNote:
            status === 'rated' && reviewed[i] !== points[i] ? 'Minh chứng chưa đầy đủ, trừ 1 điểm.' : null,
        })
      })
      event(id, 'create', null, 'draft', new Date(`${year}-12-01T08:00:00+07:00`))
      if (status !== 'draft') event(id, 'submit', 'draft', 'submitted', submittedAt)
      if (status === 'rated')
        event(id, 'rate', 'submitted', 'rated', ratedAt, 'Đánh giá, xếp loại theo bộ tiêu chí.')
    })
  }
  await db.transaction(async (tx) => {
    for (let i = 0; i < evaluations.length; i += 200)
      await tx.insert(friendlyEvaluations).values(evaluations.slice(i, i + 200))
    for (let i = 0; i < scores.length; i += 500)
      await tx.insert(friendlyScores).values(scores.slice(i, i + 500))
    for (let i = 0; i < events.length; i += 500)
      await tx.insert(friendlyEvaluationEvents).values(events.slice(i, i + 500))
    for (const commune of communes)
      await recordAudit(tx, {
        actor: { id: null, name: 'Dữ liệu mẫu' },
        action: 'friendly_evaluation.demo_loaded',
        entityType: 'organization',
        entityId: commune.id,
        organizationId: commune.id,
        provinceCode: '01',
        summary: { evaluations: evaluations.filter((e) => e.organizationId === commune.id).length },
        requestId: null,
      })
  })
  return evaluations.length
}
