import { inArray, sql } from 'drizzle-orm'
import { recordAudit } from '../../../platform/audit/audit.ts'
import type { Database } from '../../../platform/db/database.ts'
import { newId } from '../../../platform/db/ids.ts'
import { findUnitAt, todayInVietnam } from '../../admin-units/index.ts'
import { shiftIsoDate } from '../../calendar/index.ts'
import { between, pick, prng, type Random } from '../../cases/sample/generator.ts'
import { organizations } from '../../organizations/index.ts'
import { dueDate } from '../../rules/index.ts'
import { rebuildActivitySummary } from '../activities.repo.ts'
import { activities, activityParticipants, commitmentEvents, commitments } from '../activities.schema.ts'
import { kinds, type ActivityKind, type ActivityLevel } from '../kinds.ts'

type NewActivity = typeof activities.$inferInsert
type NewCommitment = typeof commitments.$inferInsert

/** Where the demo happens: the city and its three communes (codes of today's map), and before 01/07/2025 the old districts. */
const places = {
  'HN-UBND': { unit: '01', name: 'thành phố Hà Nội', hall: 'Hội trường UBND Thành phố, 12 Lê Lai' },
  'HN-BADINH': {
    unit: '00004',
    oldUnit: '001',
    name: 'phường Ba Đình',
    hall: 'Hội trường UBND phường Ba Đình',
  },
  'HN-HOANKIEM': {
    unit: '00070',
    oldUnit: '002',
    name: 'phường Hoàn Kiếm',
    hall: 'Hội trường UBND phường Hoàn Kiếm',
  },
  'HN-SOCSON': { unit: '00376', oldUnit: '016', name: 'xã Sóc Sơn', hall: 'Hội trường UBND xã Sóc Sơn' },
} as const satisfies Record<string, { unit: string; oldUnit?: string; name: string; hall: string }>
type Place = keyof typeof places
const communes: Place[] = ['HN-BADINH', 'HN-HOANKIEM', 'HN-SOCSON']

const dialogueTopics = [
  'Giải phóng mặt bằng, bồi thường hỗ trợ tái định cư',
  'Chỉnh trang đô thị, trật tự vỉa hè lòng đường',
  'Thủ tục hành chính sau sắp xếp đơn vị hành chính hai cấp',
  'Vệ sinh môi trường, thu gom rác thải sinh hoạt',
  'Xây dựng nông thôn mới nâng cao',
  'An ninh trật tự, phòng cháy chữa cháy khu dân cư',
  'Chuyển đổi số, dịch vụ công trực tuyến cho người dân',
]
const questions: [string, string][] = [
  ['Ngõ 12 thường xuyên ngập khi mưa lớn', 'Khảo sát, nạo vét hệ thống thoát nước ngõ 12'],
  ['Đèn chiếu sáng ngõ hỏng nhiều tháng', 'Thay thế, bổ sung đèn chiếu sáng công cộng'],
  ['Hồ sơ cấp giấy chứng nhận quyền sử dụng đất chậm', 'Rà soát, giải quyết dứt điểm hồ sơ tồn đọng'],
  ['Điểm tập kết rác gây ô nhiễm', 'Di dời điểm tập kết rác, tăng tần suất thu gom'],
  ['Vỉa hè bị lấn chiếm làm nơi trông giữ xe', 'Ra quân lập lại trật tự vỉa hè, công khai kết quả'],
  ['Nhà văn hóa tổ dân phố xuống cấp', 'Đưa vào kế hoạch sửa chữa nhà văn hóa năm tới'],
  ['Thiếu chỗ học mầm non cho trẻ', 'Kiến nghị Thành phố bổ sung chỉ tiêu, mở thêm nhóm lớp'],
  ['Kênh tưới tiêu bị bồi lắng', 'Nạo vét kênh tưới trước vụ chiêm xuân'],
]
const supervisionSubjects: [string, string][] = [
  [
    'Việc giải quyết thủ tục hành chính tại Trung tâm Phục vụ hành chính công',
    'Rút ngắn thời gian trả kết quả, công khai hồ sơ trễ hạn',
  ],
  ['Việc thực hiện chính sách bảo hiểm y tế cho người cao tuổi', 'Rà soát, cấp thẻ bảo hiểm y tế còn thiếu'],
  ['Việc quản lý, sử dụng quỹ đền ơn đáp nghĩa', 'Công khai thu chi quỹ hằng quý'],
  ['Công trình cải tạo trường tiểu học', 'Khắc phục thấm dột trước năm học mới'],
  ['Việc thực hiện quy chế dân chủ ở cơ sở', 'Niêm yết công khai kế hoạch sử dụng đất tại nhà văn hóa'],
]
const trainings: [string, string][] = [
  ['Kỹ năng dân vận khéo cho cán bộ tổ dân phố', 'Bí thư chi bộ, tổ trưởng tổ dân phố'],
  ['Nghiệp vụ tiếp công dân, xử lý đơn thư', 'Cán bộ, công chức cấp xã'],
  ['Chuyển đổi số và dịch vụ công trực tuyến', 'Đoàn viên thanh niên, tổ công nghệ số cộng đồng'],
  ['Luật Thực hiện dân chủ ở cơ sở', 'Ban Thanh tra nhân dân, trưởng ban công tác Mặt trận'],
]
const resolutions = [
  'Nghị quyết số 25-NQ/TW về công tác dân vận',
  'Kết luận số 114-KL/TW về công tác dân vận',
  'Quyết định số 23-QĐ/TW về Quy chế công tác dân vận',
  'Nghị quyết Đại hội Đảng bộ thành phố Hà Nội',
]
const names = [
  'Nguyễn Văn Hùng',
  'Trần Thị Hoa',
  'Lê Quang Minh',
  'Phạm Thị Thu',
  'Đỗ Văn Bình',
  'Vũ Thị Ngọc',
]
const neighbourhoods = [
  'Tổ dân phố số 3',
  'Tổ dân phố số 7',
  'Tổ dân phố số 12',
  'Thôn Đông',
  'Thôn Xuân Lai',
  'Tổ dân phố số 15',
]

interface Spec {
  kind: ActivityKind
  org: string
  place: Place
  level: ActivityLevel
}

/**
 * About a year of activities of the demo city and communes up to the day it is loaded (and a half-year
 * under the old map, January–June 2025, at the old districts), with commitments open, done and overdue
 * and a few planned for the coming weeks: the summary page then reads like the seed articles (dozens of
 * dialogue conferences, supervision, trainings…). Deterministic (seed 10); skipped once loaded.
 */
export async function loadDemoActivities(db: Database): Promise<number> {
  const [existing] = await db.db.select({ n: sql<number>`count(*)::int` }).from(activities)
  if ((existing?.n ?? 0) > 0) return 0
  const orgRows = await db.db
    .select({ id: organizations.id, code: organizations.code, provinceCode: organizations.provinceCode })
    .from(organizations)
    .where(sql`${organizations.code} like 'HN-%'`)
  const orgId = new Map(orgRows.map((o) => [o.code, o.id]))
  if (!orgId.has('HN-UBND') || !orgId.has('HN-BADINH')) return 0
  const random: Random = prng(10)
  const today = todayInVietnam()
  const start = shiftIsoDate(today, -365)
  const specs: Spec[] = []
  const add = (kind: ActivityKind, org: string, place: Place, level: ActivityLevel, n: number) => {
    if (orgId.has(org)) for (let i = 0; i < n; i++) specs.push({ kind, org, place, level })
  }
  add('dialogue', 'HN-UBND', 'HN-UBND', 'province', 3)
  add('supervision', 'HN-MTTQ', 'HN-UBND', 'province', 5)
  add('social_criticism', 'HN-MTTQ', 'HN-UBND', 'province', 4)
  add('training', 'HN-BDV', 'HN-UBND', 'province', 6)
  add('dissemination', 'HN-BDV', 'HN-UBND', 'province', 4)
  add('field_visit', 'HN-UBND', 'HN-UBND', 'province', 10)
  add('coordination_programme', 'HN-UBND', 'HN-UBND', 'province', 2)
  for (const c of communes) {
    add('dialogue', c, c, 'commune', 8)
    add('supervision', `${c}-MTTQ`, c, 'commune', 4)
    add('supervision', `${c}-TTND`, c, 'commune', 3)
    add('supervision', `${c}-GSDT`, c, 'commune', 2)
    add('social_criticism', `${c}-MTTQ`, c, 'commune', 2)
    add('training', c, c, 'commune', 6)
    add('dissemination', c, c, 'commune', 4)
    add('field_visit', c, c, 'commune', 10)
    add('coordination_programme', c, c, 'commune', 1)
    add('neighbourhood_activity', `${c}-MTTQ`, c, 'commune', 20)
    add('cofunded_project', c, c, 'commune', c === 'HN-SOCSON' ? 5 : 1)
  }

  const unitCache = new Map<string, { id: string; code: string } | null>()
  const unitAt = async (code: string, at: string) => {
    const key = `${code}@${at < '2025-07-01' ? 'old' : 'new'}`
    if (!unitCache.has(key)) {
      const u = await findUnitAt(db.db, code, at)
      unitCache.set(key, u ? { id: u.id, code: u.code } : null)
    }
    return unitCache.get(key) ?? null
  }

  const rows: NewActivity[] = []
  const participantRows: (typeof activityParticipants.$inferInsert)[] = []
  const commitmentRows: NewCommitment[] = []
  const eventRows: (typeof commitmentEvents.$inferInsert)[] = []

  const build = async (
    spec: Spec,
    startsOn: string,
    status: 'held' | 'planned',
    level: ActivityLevel,
    unitCode: string,
  ) => {
    const id = newId()
    const place = places[spec.place]
    const unit = await unitAt(unitCode, startsOn)
    const groups = kinds[spec.kind].groups
    const counts: Record<string, number> = {}
    if (status === 'held')
      for (const g of groups.slice(0, 3))
        counts[g] = g === 'citizens' || g === 'households' ? between(random, 40, 220) : between(random, 8, 60)
    const total = Object.values(counts).reduce((s, n) => s + n, 0)
    const host = pick(random, names)
    let title: string
    let details: Record<string, unknown>
    const topic = pick(random, dialogueTopics)
    switch (spec.kind) {
      case 'dialogue':
        title = `Hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với Nhân dân ${place.name}`
        details = {
          host: { role: pick(random, ['party_secretary', 'government_head'] as const), name: host },
          topic,
          format: 'in_person',
          questions: [],
        }
        break
      case 'supervision': {
        const [subject] = pick(random, supervisionSubjects)
        title = `Giám sát ${subject.charAt(0).toLowerCase()}${subject.slice(1)}`
        details = {
          body: spec.org.endsWith('TTND')
            ? 'peoples_inspection_board'
            : spec.org.endsWith('GSDT')
              ? 'community_investment_supervision_board'
              : 'fatherland_front',
          subject: `UBND ${place.name}`,
          content: subject,
          form: 'team',
          planSentOn: shiftIsoDate(startsOn, -between(random, 15, 25)),
          team: [host, pick(random, names)],
          ...(status === 'held'
            ? { findings: 'Cơ bản thực hiện đúng quy định; còn một số hồ sơ chậm, cần khắc phục.' }
            : {}),
        }
        break
      }
      case 'social_criticism':
        title = `Phản biện xã hội dự thảo quy định về ${topic.toLowerCase()}`
        details = {
          body: 'fatherland_front',
          draftTitle: `Dự thảo quy định về ${topic.toLowerCase()}`,
          draftingBody: `UBND ${place.name}`,
          draftReceivedOn: shiftIsoDate(startsOn, -20),
          submissionOn: shiftIsoDate(startsOn, 10),
          form: pick(random, ['conference', 'written'] as const),
        }
        break
      case 'training': {
        const [t, audience] = pick(random, trainings)
        title = `Tập huấn ${t.charAt(0).toLowerCase()}${t.slice(1)}`
        details = { topic: t, audience, sessions: between(random, 1, 3), lecturer: host }
        break
      }
      case 'dissemination': {
        const document = pick(random, resolutions)
        const cells = between(random, 12, 60)
        title = `Hội nghị quán triệt ${document}`
        details = {
          document,
          partyCells: { total: cells, reached: random() < 0.8 ? cells : cells - 1 },
          organizations: { total: 8, reached: 8 },
        }
        break
      }
      case 'field_visit':
        title = `Lãnh đạo đi cơ sở nắm tình hình ${pick(random, neighbourhoods)}`
        details = { officials: [{ name: host, title: 'Phó Chủ tịch UBND' }], purpose: topic }
        break
      case 'coordination_programme':
        title = `Ký kết quy chế phối hợp giữa UBND và Ủy ban MTTQ ${place.name}`
        details = {
          programmeType: 'coordination_regulation',
          parties: [`UBND ${place.name}`, `Ủy ban MTTQ Việt Nam ${place.name}`],
          signedOn: startsOn,
          termFrom: startsOn,
          termTo: shiftIsoDate(startsOn, 365 * 5),
        }
        break
      case 'neighbourhood_activity': {
        const hood = pick(random, neighbourhoods)
        const type = pick(random, ['meeting', 'cleanup', 'security', 'culture', 'charity'] as const)
        title = `${hood}: ${{ meeting: 'họp tổ dân phố', cleanup: 'ra quân vệ sinh môi trường', security: 'tuần tra an ninh', culture: 'sinh hoạt văn hóa', charity: 'thăm hỏi hộ khó khăn' }[type]}`
        details = { neighbourhood: hood, activityType: type, householdsTotal: between(random, 80, 300) }
        break
      }
      case 'cofunded_project': {
        const total = between(random, 5, 30) * 100_000_000
        const state = Math.round(total * 0.6)
        const progress = pick(random, [40, 70, 100, 100])
        title = `Cải tạo đường giao thông ${pick(random, neighbourhoods)} ("Nhà nước và Nhân dân cùng làm")`
        details = {
          project: title,
          totalCost: total,
          stateContribution: state,
          peopleContribution: Math.round(total * 0.3),
          landM2: between(random, 0, 400),
          labourDays: between(random, 100, 900),
          households: between(random, 40, 200),
          progress,
          ...(progress === 100 ? { handoverOn: shiftIsoDate(startsOn, 90) } : {}),
        }
        break
      }
    }
    const row: NewActivity = {
      id,
      kind: spec.kind,
      organizationId: orgId.get(spec.org) as string,
      provinceCode: '01',
      level,
      adminUnitId: unit?.id ?? null,
      adminUnitCode: unit?.code ?? null,
      startsOn,
      startTime: pick(random, ['08:00', '08:30', '14:00']),
      status,
      title,
      place: place.hall,
      details,
      participantsTotal: total,
      publicSummary:
        status === 'held'
          ? `${title}: ${total} người tham dự; các ý kiến đã được trả lời hoặc giao cơ quan chuyên môn giải quyết.`
          : null,
      published: status === 'held' && spec.kind === 'dialogue',
      publishedAt:
        status === 'held' && spec.kind === 'dialogue' ? new Date(`${startsOn}T17:00:00+07:00`) : null,
    }
    rows.push(row)
    for (const [groupCode, count] of Object.entries(counts))
      participantRows.push({ activityId: id, groupCode, count, provinceCode: '01' })
    const followUp = kinds[spec.kind].followUp
    if (status !== 'held' || !followUp || (spec.kind === 'field_visit' && random() < 0.7)) return
    const asked = spec.kind === 'dialogue' ? between(random, 2, 4) : 1
    const qs: { text: string; answer?: string; answeredOnSpot: boolean }[] = []
    for (let i = 0; i < asked; i++) {
      const [question, content] =
        spec.kind === 'supervision' || spec.kind === 'social_criticism'
          ? (() => {
              const [s, r] = pick(random, supervisionSubjects)
              return [s, r] as [string, string]
            })()
          : pick(random, questions)
      if (spec.kind === 'dialogue' && random() < 0.3) {
        qs.push({ text: question, answer: 'Đã trả lời trực tiếp tại hội nghị.', answeredOnSpot: true })
        continue
      }
      qs.push({ text: question, answeredOnSpot: false })
      const committedOn = startsOn
      const due = await dueDate(db, followUp.ruleKey, committedOn, { province: '01' })
      const cid = newId()
      const late = due.due < today
      const roll = random()
      const status = !late
        ? roll < 0.3
          ? 'done'
          : 'open'
        : roll < 0.65
          ? 'done'
          : roll < 0.9
            ? 'open'
            : 'extended'
      const dueFinal = status === 'extended' ? shiftIsoDate(due.due, 30) : due.due
      const owner = spec.org === 'HN-UBND' || spec.org === 'HN-MTTQ' ? 'HN-SNV' : spec.place
      commitmentRows.push({
        id: cid,
        activityId: id,
        organizationId: row.organizationId,
        provinceCode: '01',
        kind: followUp.kind,
        question,
        content,
        ownerOrganizationId: orgId.get(owner) ?? null,
        ownerName:
          owner === 'HN-SNV' ? 'Sở Nội vụ thành phố Hà Nội' : `Ủy ban nhân dân ${places[spec.place].name}`,
        committedOn,
        dueDate: dueFinal,
        dueRuleKey: due.ruleKey,
        status,
        extensionCount: status === 'extended' ? 1 : 0,
        completedOn: status === 'done' ? shiftIsoDate(committedOn, between(random, 3, 20)) : null,
        result:
          status === 'done' ? 'Đã thực hiện xong, thông báo kết quả đến người dân tại tổ dân phố.' : null,
        responseReference:
          status === 'done' && followUp.kind === 'recommendation'
            ? `Công văn số ${between(random, 100, 900)}/UBND`
            : null,
      })
      const base = { commitmentId: cid, provinceCode: '01', actorId: null, actorName: 'Dữ liệu mẫu' }
      eventRows.push({
        ...base,
        id: newId(),
        action: 'create',
        fromStatus: null,
        toStatus: 'open',
        stepDate: committedOn,
        dueDate: due.due,
      })
      if (status !== 'open')
        eventRows.push({
          ...base,
          id: newId(),
          action: status === 'done' ? 'complete' : 'extend',
          fromStatus: 'open',
          toStatus: status,
          stepDate: status === 'done' ? shiftIsoDate(committedOn, 10) : due.due,
          dueDate: dueFinal,
        })
    }
    if (spec.kind === 'dialogue') row.details = { ...details, questions: qs }
  }

  for (const spec of specs) {
    const held = shiftIsoDate(start, between(random, 0, 364))
    const place = places[spec.place]
    await build(spec, held, held > today ? 'planned' : 'held', spec.level, place.unit)
  }
  // Upcoming: planned for the coming weeks (the calendar).
  for (const c of communes) {
    await build(
      { kind: 'dialogue', org: c, place: c, level: 'commune' },
      shiftIsoDate(today, between(random, 3, 30)),
      'planned',
      'commune',
      places[c].unit,
    )
    await build(
      { kind: 'training', org: c, place: c, level: 'commune' },
      shiftIsoDate(today, between(random, 1, 20)),
      'planned',
      'commune',
      places[c].unit,
    )
  }
  // Under the old map: January–June 2025 at the old districts (level "district"), re-mapped in the summary.
  for (const c of communes) {
    const old = (places[c] as { oldUnit: string }).oldUnit
    for (const kind of ['dialogue', 'training', 'field_visit', 'supervision'] as ActivityKind[])
      await build(
        { kind, org: kind === 'supervision' ? `${c}-MTTQ` : c, place: c, level: 'district' },
        `2025-0${between(random, 1, 6)}-${String(between(random, 1, 28)).padStart(2, '0')}`,
        'held',
        'district',
        old,
      )
  }

  await db.transaction(async (tx) => {
    for (let i = 0; i < rows.length; i += 200) await tx.insert(activities).values(rows.slice(i, i + 200))
    for (let i = 0; i < participantRows.length; i += 500)
      await tx.insert(activityParticipants).values(participantRows.slice(i, i + 500))
    for (let i = 0; i < commitmentRows.length; i += 200)
      await tx.insert(commitments).values(commitmentRows.slice(i, i + 200))
    for (let i = 0; i < eventRows.length; i += 500)
      await tx.insert(commitmentEvents).values(eventRows.slice(i, i + 500))
    await rebuildActivitySummary(tx)
    const ids = [...new Set(rows.map((r) => r.organizationId))]
    const provinceOf = await tx
      .select({ id: organizations.id })
      .from(organizations)
      .where(inArray(organizations.id, ids))
    for (const o of provinceOf)
      await recordAudit(tx, {
        actor: { id: null, name: 'Dữ liệu mẫu' },
        action: 'activity.demo_loaded',
        entityType: 'organization',
        entityId: o.id,
        organizationId: o.id,
        provinceCode: '01',
        summary: { activities: rows.filter((r) => r.organizationId === o.id).length },
        requestId: null,
      })
  })
  return rows.length
}
