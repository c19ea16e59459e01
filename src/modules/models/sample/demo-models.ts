import { sql } from 'drizzle-orm'
import { recordAudit } from '../../../platform/audit/audit.ts'
import type { Database } from '../../../platform/db/database.ts'
import { newId } from '../../../platform/db/ids.ts'
import { findUnitAt, todayInVietnam } from '../../admin-units/index.ts'
import { between, pick, prng, type Random } from '../../cases/sample/generator.ts'
import { organizations } from '../../organizations/index.ts'
import { DISTRICT_LEVEL_ENDED, type ModelLevel } from '../model-lifecycle.ts'
import { modelAwards, modelEvents, modelRecognitions, models } from '../models.schema.ts'

type NewModel = typeof models.$inferInsert

/** The demo communes, their unit today and the old district (before 01/07/2025) they lay in. */
const places = {
  'HN-BADINH': { unit: '00004', oldUnit: '001', name: 'phường Ba Đình', oldName: 'quận Ba Đình' },
  'HN-HOANKIEM': { unit: '00070', oldUnit: '002', name: 'phường Hoàn Kiếm', oldName: 'quận Hoàn Kiếm' },
  'HN-SOCSON': { unit: '00376', oldUnit: '016', name: 'xã Sóc Sơn', oldName: 'huyện Sóc Sơn' },
} as const
type Place = keyof typeof places
const communes = Object.keys(places) as Place[]

/** Models as the seed articles describe them: field, title, goal, how people were mobilised, figures. */
const catalogue: {
  field: string
  title: string
  goal: string
  how: string
  results: [string, number, number, string][]
}[] = [
  {
    field: 'economy',
    title: 'Vận động Nhân dân hiến đất mở rộng đường ngõ',
    goal: 'Mở rộng đường ngõ để xe cứu hỏa, cứu thương vào được',
    how: 'Chi bộ họp trước, đảng viên hiến đất trước; tổ dân phố họp dân, công khai phương án và kinh phí; cán bộ đến từng hộ',
    results: [
      ['Hộ hiến đất', 20, 90, 'hộ'],
      ['Diện tích đất hiến', 150, 900, 'm²'],
    ],
  },
  {
    field: 'economy',
    title: 'Tổ hợp tác trồng rau an toàn',
    goal: 'Nâng thu nhập hộ trồng rau, bảo đảm vệ sinh thực phẩm',
    how: 'Hội Nông dân vận động hộ liên kết, tập huấn kỹ thuật, ký hợp đồng bao tiêu với bếp ăn trường học',
    results: [
      ['Hộ tham gia', 15, 60, 'hộ'],
      ['Thu nhập tăng thêm', 10, 35, '%'],
    ],
  },
  {
    field: 'culture_society',
    title: 'Khu dân cư không rác thải nhựa',
    goal: 'Giảm túi ni lông, phân loại rác tại nguồn',
    how: 'Hội Phụ nữ phát túi vải, đổi rác tái chế lấy cây xanh, tổ tự quản kiểm tra hằng tuần',
    results: [
      ['Hộ phân loại rác tại nguồn', 120, 480, 'hộ'],
      ['Rác tái chế thu gom', 2, 12, 'tấn'],
    ],
  },
  {
    field: 'culture_society',
    title: 'Bữa cơm nghĩa tình cho người bệnh khó khăn',
    goal: 'Hỗ trợ bữa ăn cho người bệnh và người nhà có hoàn cảnh khó khăn',
    how: 'Vận động nhà hảo tâm, đoàn viên thanh niên nấu và phát cơm vào thứ Bảy hằng tuần',
    results: [['Suất cơm đã phát', 2000, 12000, 'suất']],
  },
  {
    field: 'defence_security',
    title: 'Tổ dân phố an toàn về an ninh trật tự',
    goal: 'Không để xảy ra trộm cắp, tệ nạn trong khu dân cư',
    how: 'Lắp camera giám sát bằng kinh phí xã hội hóa, tổ an ninh tự quản tuần tra ban đêm',
    results: [
      ['Camera lắp đặt', 8, 40, 'chiếc'],
      ['Vụ việc giảm so với năm trước', 20, 70, '%'],
    ],
  },
  {
    field: 'political_system',
    title: 'Chi bộ gắn với khu dân cư, đảng viên nhận phụ trách hộ',
    goal: 'Mỗi đảng viên nắm tình hình, vận động 5–10 hộ gia đình',
    how: 'Phân công đảng viên phụ trách hộ, sinh hoạt chi bộ có nội dung khu dân cư, báo cáo hằng tháng',
    results: [['Hộ được đảng viên phụ trách', 100, 600, 'hộ']],
  },
  {
    field: 'administrative_reform',
    title: 'Tổ công nghệ số cộng đồng hướng dẫn dịch vụ công trực tuyến',
    goal: 'Người dân nộp hồ sơ trực tuyến, không phải đi lại nhiều lần',
    how: 'Đoàn viên thanh niên đến từng hộ hướng dẫn cài ứng dụng, nộp thử hồ sơ, hỗ trợ người cao tuổi tại nhà văn hóa',
    results: [
      ['Người dân được hướng dẫn', 300, 2500, 'người'],
      ['Hồ sơ nộp trực tuyến', 500, 4000, 'hồ sơ'],
    ],
  },
  {
    field: 'administrative_reform',
    title: 'Thư xin lỗi và hẹn lại khi trả hồ sơ trễ hạn',
    goal: 'Không để hồ sơ trễ hạn mà người dân không được báo trước',
    how: 'Bộ phận một cửa gửi thư xin lỗi, hẹn ngày trả; lãnh đạo kiểm tra hằng tuần, công khai tỷ lệ đúng hạn',
    results: [['Tỷ lệ hồ sơ đúng hạn', 95, 100, '%']],
  },
]

const exemplars = [
  'Nguyễn Thị Bình An',
  'Lê Văn Thịnh',
  'Trần Thị Hạnh Dung',
  'Phạm Quốc Việt',
  'Hoàng Thị Lụa',
]
const exemplarPositions = [
  'Tổ trưởng tổ dân phố',
  'Bí thư chi bộ',
  'Chi hội trưởng phụ nữ',
  'Trưởng ban công tác Mặt trận',
]

const laterOf = (iso: string, random: Random, maxDays: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + between(random, 30, maxDays) * 86_400_000)
    .toISOString()
    .slice(0, 10)

/**
 * "Dân vận khéo" models of the demo city from 2021 to today, as the seed articles count them: most
 * recognised at commune level, many at the old district level (before 01/07/2025), a few at province level
 * and awarded a certificate of merit, some replicated; plus drafts, submissions waiting, returned and
 * withdrawn ones for the back office. Deterministic (seed 11); skipped once loaded.
 */
export async function loadDemoModels(db: Database): Promise<number> {
  const [existing] = await db.db.select({ n: sql<number>`count(*)::int` }).from(models)
  if ((existing?.n ?? 0) > 0) return 0
  const orgRows = await db.db
    .select({ id: organizations.id, code: organizations.code })
    .from(organizations)
    .where(sql`${organizations.code} like 'HN-%'`)
  const orgId = new Map(orgRows.map((o) => [o.code, o.id]))
  if (!communes.every((c) => orgId.has(c))) return 0
  const random = prng(11)
  const today = todayInVietnam()
  const thisYear = Number(today.slice(0, 4))
  const rows: NewModel[] = []
  const recognitions: (typeof modelRecognitions.$inferInsert)[] = []
  const awards: (typeof modelAwards.$inferInsert)[] = []
  const events: (typeof modelEvents.$inferInsert)[] = []
  const unitIds = new Map<string, { id: string; code: string } | null>()
  const unitAt = async (code: string, at: string) => {
    const key = `${code}@${at < DISTRICT_LEVEL_ENDED ? 'old' : 'new'}`
    if (!unitIds.has(key)) {
      const u = await findUnitAt(db.db, code, at)
      unitIds.set(key, u ? { id: u.id, code: u.code } : null)
    }
    return unitIds.get(key) ?? null
  }

  for (let year = 2021; year <= thisYear; year++) {
    const perCommune = year === thisYear ? 4 : 7
    for (const place of communes)
      for (let i = 0; i < perCommune; i++) {
        const c = pick(random, catalogue)
        const exemplar = random() < 0.2
        const periodFrom = `${year}-${String(between(random, 1, 6)).padStart(2, '0')}-01`
        const oldMap = periodFrom < DISTRICT_LEVEL_ENDED
        const unit = await unitAt(oldMap ? places[place].oldUnit : places[place].unit, periodFrom)
        const owner = pick(random, [place, place, `${place}-MTTQ`, `${place}-HPN`, `${place}-DTN`])
        const id = newId()
        const roll = random()
        // Ladder of recognitions reached by this model (the last one is its highest level).
        const ladder: [ModelLevel, string, string][] = []
        let status: string = 'recognised'
        if (roll < 0.06) status = 'draft'
        else if (roll < 0.12) status = 'submitted'
        else if (roll < 0.15) status = 'returned'
        else {
          const first = laterOf(periodFrom, random, 300)
          if (first <= today) {
            ladder.push(['commune', `UBND ${places[place].name}`, first])
            const second = laterOf(first, random, 240)
            if (random() < 0.35 && second < DISTRICT_LEVEL_ENDED && second <= today)
              ladder.push(['district', `UBND ${places[place].oldName}`, second])
            const third = laterOf(ladder.at(-1)?.[2] ?? first, random, 300)
            if (random() < 0.12 && third <= today) ladder.push(['province', 'UBND thành phố Hà Nội', third])
          } else status = 'submitted'
          if (ladder.length && roll > 0.97) status = 'withdrawn'
        }
        const top = ladder.at(-1)
        if (top && status === 'recognised') {
          if (top[0] === 'province' && random() < 0.8) {
            status = 'awarded'
            const on = laterOf(top[2], random, 90)
            if (on <= today)
              awards.push({
                id: newId(),
                modelId: id,
                provinceCode: '01',
                form: 'certificate_of_merit',
                awardedBy: 'Chủ tịch UBND thành phố Hà Nội',
                decisionNumber: `${between(random, 1000, 6000)}/QĐ-UBND`,
                awardedOn: on,
              })
            else status = 'recognised'
          } else if (random() < 0.1) {
            const on = laterOf(top[2], random, 60)
            if (on <= today) {
              status = 'awarded'
              awards.push({
                id: newId(),
                modelId: id,
                provinceCode: '01',
                form: 'commendation_certificate',
                awardedBy: `Chủ tịch UBND ${places[place].name}`,
                decisionNumber: `${between(random, 10, 300)}/QĐ-UBND`,
                awardedOn: on,
              })
            }
          }
          if (status === 'awarded' && random() < 0.3) status = 'replicated'
        }
        rows.push({
          id,
          kind: exemplar ? 'exemplar' : 'model',
          organizationId: orgId.get(owner) ?? (orgId.get(place) as string),
          provinceCode: '01',
          adminUnitId: unit?.id ?? null,
          adminUnitCode: unit?.code ?? null,
          fieldCode: c.field,
          title: exemplar ? `Điển hình: ${c.title.toLowerCase()}` : `${c.title} ở ${places[place].name}`,
          personName: exemplar ? pick(random, exemplars) : null,
          personPosition: exemplar ? pick(random, exemplarPositions) : null,
          goal: c.goal,
          mobilisation: c.how,
          results: c.results.map(([label, min, max, u]) => ({
            label,
            value: between(random, min, max),
            unit: u,
          })),
          periodFrom,
          status,
          currentLevel: top?.[0] ?? null,
          recognisedOn: top?.[2] ?? null,
        })
        events.push({
          id: newId(),
          modelId: id,
          provinceCode: '01',
          action: 'register',
          toStatus: 'draft',
          actorName: 'Dữ liệu mẫu',
          body: {},
        })
        for (const [level, body, on] of ladder)
          recognitions.push({
            id: newId(),
            modelId: id,
            provinceCode: '01',
            level,
            decidingBody: body,
            decisionNumber: `${between(random, 10, 900)}/QĐ-UBND`,
            decidedOn: on,
          })
      }
  }

  await db.transaction(async (tx) => {
    for (let i = 0; i < rows.length; i += 200) await tx.insert(models).values(rows.slice(i, i + 200))
    if (recognitions.length) await tx.insert(modelRecognitions).values(recognitions)
    if (awards.length) await tx.insert(modelAwards).values(awards)
    await tx.insert(modelEvents).values(events)
    await recordAudit(tx, {
      actor: { id: null, name: 'Dữ liệu mẫu' },
      action: 'model.demo_loaded',
      entityType: 'organization',
      entityId: orgId.get('HN-UBND') ?? '',
      organizationId: orgId.get('HN-UBND') ?? null,
      provinceCode: '01',
      summary: { models: rows.length, recognitions: recognitions.length, awards: awards.length },
      requestId: null,
    })
  })
  return rows.length
}
