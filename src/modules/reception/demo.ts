/**
 * Demo reception data: for each demo People's Committee, its reception place and officers, the heads'
 * periodic sessions (weekly for a commune chair, monthly for the city chair) over the three months before
 * the load day and the four weeks after it, and visits recorded through the real command (cases opened
 * through the cases module) — at least ten per commune. Skipped when the organizations already have
 * visits, so it can run at every start.
 */
import { inArray, sql } from 'drizzle-orm'
import { systemActor, type Actor } from '../../platform/access/actor.ts'
import type { Context } from '../../platform/context.ts'
import type { Database } from '../../platform/db/database.ts'
import { newId } from '../../platform/db/ids.ts'
import type { VisitInput } from '../../contracts/reception.ts'
import { parseIsoDate, shiftIsoDate, vietnamDateOf } from '../calendar/index.ts'
import type { CaseDeps } from '../cases/index.ts'
import { pick, prng, type Random } from '../cases/sample/generator.ts'
import { findOrganizationByCode, type OrganizationRow } from '../organizations/index.ts'
import { recordVisit } from './commands/recordVisit.ts'
import { receptionOfficers, receptionPlaces, receptionSessions, receptionVisits } from './reception.schema.ts'

interface DemoOrg {
  code: string
  unitCode: string
  place: { name: string; address: string }
  chair: { name: string; title: string; role: 'commune_chair' | 'province_chair' }
  officers: string[]
  streets: string[]
  visits: number
}

const HOURS = 'Sáng từ 7 giờ 30 đến 11 giờ 30, chiều từ 13 giờ 30 đến 17 giờ các ngày làm việc'

const demoOrgs: DemoOrg[] = [
  {
    code: 'HN-BADINH',
    unitCode: '00004',
    place: {
      name: 'Phòng tiếp công dân phường Ba Đình',
      address: 'Số 25 phố Liễu Giai, phường Ba Đình, Hà Nội',
    },
    chair: { name: 'Nguyễn Quang Minh', title: 'Chủ tịch UBND phường Ba Đình', role: 'commune_chair' },
    officers: ['Vũ Thị Mai', 'Trịnh Văn Hải'],
    streets: ['phố Đội Cấn', 'phố Liễu Giai', 'phố Kim Mã', 'phố Quán Thánh', 'phố Phan Đình Phùng'],
    visits: 14,
  },
  {
    code: 'HN-HOANKIEM',
    unitCode: '00070',
    place: {
      name: 'Phòng tiếp công dân phường Hoàn Kiếm',
      address: 'Số 126 phố Hàng Trống, phường Hoàn Kiếm, Hà Nội',
    },
    chair: { name: 'Lê Thị Thanh Hà', title: 'Chủ tịch UBND phường Hoàn Kiếm', role: 'commune_chair' },
    officers: ['Phan Văn Toàn', 'Nguyễn Thị Ngọc'],
    streets: ['phố Hàng Bạc', 'phố Hàng Gai', 'phố Hàng Trống', 'phố Lý Thái Tổ', 'phố Tràng Tiền'],
    visits: 12,
  },
  {
    code: 'HN-SOCSON',
    unitCode: '00376',
    place: { name: 'Bộ phận tiếp công dân xã Sóc Sơn', address: 'Số 2 đường Núi Đôi, xã Sóc Sơn, Hà Nội' },
    chair: { name: 'Đỗ Văn Thắng', title: 'Chủ tịch UBND xã Sóc Sơn', role: 'commune_chair' },
    officers: ['Đặng Thị Yến', 'Lương Văn Bình'],
    streets: ['thôn Xuân Dục', 'thôn Phù Mã', 'thôn Đường Yên', 'thôn Thanh Nhàn', 'thôn Lai Cách'],
    visits: 12,
  },
  {
    code: 'HN-UBND',
    unitCode: '01',
    place: {
      name: 'Trụ sở tiếp công dân thành phố Hà Nội',
      address: 'Số 1 phố Tràng Thi, phường Hoàn Kiếm, Hà Nội',
    },
    chair: { name: 'Trần Văn Thành', title: 'Chủ tịch UBND thành phố Hà Nội', role: 'province_chair' },
    officers: ['Hà Minh Đức', 'Kiều Thị Phương'],
    streets: ['phố Tràng Thi', 'phố Lê Thái Tổ', 'phố Hai Bà Trưng'],
    visits: 6,
  },
]

const surnames = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Ngô', 'Dương', 'Lý']
const middles = ['Văn', 'Thị', 'Đức', 'Thị Thu', 'Minh', 'Quang', 'Thị Hồng', 'Hữu', 'Thanh']
const givens = [
  'An',
  'Bình',
  'Cường',
  'Dung',
  'Giang',
  'Hạnh',
  'Khánh',
  'Lâm',
  'Nga',
  'Phúc',
  'Sơn',
  'Tâm',
  'Thảo',
  'Vinh',
]

interface Topic {
  summary: string
  kinds: VisitInput['contentKinds']
  cases: NonNullable<VisitInput['cases']>
  field:
    'land' | 'compensation' | 'construction' | 'environment' | 'social_policy' | 'administrative_procedure'
}

const topics: Topic[] = [
  {
    summary: 'Đề nghị xem xét lại mức bồi thường khi thu hồi đất làm đường',
    kinds: ['KN'],
    field: 'compensation',
    cases: [
      {
        kind: 'complaint',
        summary: 'Khiếu nại mức bồi thường khi thu hồi đất',
        content:
          'Gia đình không đồng ý với đơn giá bồi thường đất ở khi thu hồi đất thực hiện dự án mở rộng đường.',
        field: 'compensation',
      },
    ],
  },
  {
    summary: 'Phản ánh công trình xây dựng không phép gây nứt tường nhà liền kề',
    kinds: ['KN-PA'],
    field: 'construction',
    cases: [
      {
        kind: 'feedback',
        summary: 'Phản ánh công trình xây dựng gây nứt tường',
        content: 'Công trình xây dựng bên cạnh thi công ban đêm, không che chắn, làm nứt tường nhà tôi.',
        field: 'construction',
      },
    ],
  },
  {
    summary: 'Kiến nghị giải quyết tiếng ồn và bụi từ xưởng sản xuất trong khu dân cư',
    kinds: ['KN-PA'],
    field: 'environment',
    cases: [
      {
        kind: 'petition',
        summary: 'Kiến nghị xử lý xưởng sản xuất gây ô nhiễm',
        content:
          'Xưởng gia công gỗ trong ngõ hoạt động đến khuya, gây tiếng ồn và bụi ảnh hưởng sức khỏe người dân.',
        field: 'environment',
      },
    ],
  },
  {
    summary:
      'Khiếu nại việc cấp Giấy chứng nhận quyền sử dụng đất chậm và tố cáo cán bộ địa chính gây phiền hà',
    kinds: ['KN', 'TC'],
    field: 'land',
    cases: [
      {
        kind: 'complaint',
        summary: 'Khiếu nại việc chậm cấp Giấy chứng nhận quyền sử dụng đất',
        content:
          'Hồ sơ đề nghị cấp Giấy chứng nhận nộp từ tháng 3 đến nay chưa được giải quyết, quá thời hạn quy định.',
        field: 'land',
      },
      {
        kind: 'denunciation',
        summary: 'Tố cáo cán bộ địa chính gây phiền hà khi nhận hồ sơ',
        content:
          'Cán bộ địa chính nhiều lần yêu cầu bổ sung giấy tờ không có trong quy định và gợi ý "bồi dưỡng".',
        field: 'land',
      },
    ],
  },
  {
    summary: 'Hỏi về chế độ trợ cấp xã hội cho người cao tuổi',
    kinds: ['KN-PA'],
    field: 'social_policy',
    cases: [],
  },
  {
    summary: 'Đề nghị giải thích thủ tục chuyển mục đích sử dụng đất vườn sang đất ở',
    kinds: ['KN-PA'],
    field: 'administrative_procedure',
    cases: [],
  },
]

const at = (date: string, hour: number, minute: number) =>
  `${date}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00+07:00`

/** Monday–Friday (the demo does not need the holiday calendar: it only picks plausible days). */
const isWeekday = (date: string): boolean => {
  const weekday = (((parseIsoDate(date) + 3) % 7) + 7) % 7
  return weekday < 5
}

function person(random: Random, street: string, unitCode: string) {
  const fullName = `${pick(random, surnames)} ${pick(random, middles)} ${pick(random, givens)}`
  const idNumber = `0010${String(Math.floor(random() * 1e8)).padStart(8, '0')}`
  const house = 1 + Math.floor(random() * 120)
  return {
    fullName,
    idNumber,
    address: { unitCode: unitCode.length === 5 ? unitCode : '00070', detail: `Số ${house} ${street}` },
  }
}

export async function loadDemoReception(db: Database, deps: CaseDeps): Promise<number> {
  const organizations: { org: OrganizationRow; demo: DemoOrg }[] = []
  for (const demo of demoOrgs) {
    const org = await findOrganizationByCode(db.db, demo.code)
    if (org) organizations.push({ org, demo })
  }
  if (!organizations.length) return 0
  const [existing] = await db.db
    .select({ n: sql<number>`count(*)::int` })
    .from(receptionVisits)
    .where(
      inArray(
        receptionVisits.organizationId,
        organizations.map((o) => o.org.id),
      ),
    )
  if ((existing?.n ?? 0) > 0) return 0
  const random = prng(7)
  const today = vietnamDateOf(Date.now())
  const start = shiftIsoDate(today, -91)
  let visits = 0
  for (const { org, demo } of organizations) {
    const placeId = newId()
    await db.db.insert(receptionPlaces).values({
      id: placeId,
      organizationId: org.id,
      provinceCode: org.provinceCode,
      name: demo.place.name,
      address: demo.place.address,
      hours: HOURS,
    })
    await db.db.insert(receptionOfficers).values(
      demo.officers.map((fullName) => ({
        id: newId(),
        organizationId: org.id,
        provinceCode: org.provinceCode,
        fullName,
        title: 'Cán bộ tiếp công dân',
      })),
    )
    // The head's periodic days: a commune chair every Thursday, the city chair the 15th (or next weekday).
    const sessions: (typeof receptionSessions.$inferInsert)[] = []
    for (let day = start; day <= shiftIsoDate(today, 28); day = shiftIsoDate(day, 1)) {
      const weekday = (((parseIsoDate(day) + 3) % 7) + 7) % 7
      const periodic =
        demo.chair.role === 'commune_chair'
          ? weekday === 3
          : isWeekday(day) && Number(day.slice(8)) >= 15 && Number(day.slice(8)) <= 21 && weekday === 1
      if (!periodic) continue
      // A missed week now and then in the past, so the frequency warning has something to show.
      const past = day < today
      if (past && demo.chair.role === 'commune_chair' && random() < 0.08) continue
      sessions.push({
        id: newId(),
        organizationId: org.id,
        provinceCode: org.provinceCode,
        date: day,
        startTime: '08:00',
        endTime: '11:30',
        kind: 'periodic',
        hostRole: demo.chair.role,
        hostName: demo.chair.name,
        hostTitle: demo.chair.title,
        placeId,
        place: `${demo.place.name}, ${demo.place.address}`,
        status: past ? 'held' : 'planned',
        attendees: past
          ? ['Công an ' + org.name.replace('Ủy ban nhân dân ', ''), 'Văn phòng HĐND và UBND']
          : [],
        conclusionNumber: past ? `${Math.floor(10 + random() * 80)}/TB-UBND` : null,
        conclusionDate: past ? day : null,
        conclusion: past
          ? 'Giao các bộ phận chuyên môn kiểm tra, xác minh nội dung công dân trình bày và báo cáo kết quả.'
          : null,
      })
    }
    if (sessions.length) await db.db.insert(receptionSessions).values(sessions)
    const held = sessions.filter((s) => s.status === 'held')

    const actor: Actor = {
      ...systemActor(demo.officers[0]),
      organizationId: org.id,
      organizationPath: org.path,
      provinceCode: org.provinceCode,
    }
    const ctx: Context = { actor, db, requestId: null }
    const regulars: { citizen: ReturnType<typeof person>; topic: Topic }[] = []
    const days: string[] = []
    for (let day = start; day < today; day = shiftIsoDate(day, 1)) if (isWeekday(day)) days.push(day)
    const step = Math.max(1, Math.floor(days.length / demo.visits))
    for (let n = 0; n < demo.visits; n++) {
      const day = days[Math.min(days.length - 1, n * step + Math.floor(random() * step))] ?? today
      const session = held.find((s) => s.date === day)
      const street = pick(random, demo.streets)
      const repeatOf = n > 3 && random() < 0.2 ? pick(random, regulars) : undefined
      const topic = repeatOf?.topic ?? pick(random, topics)
      const group = !repeatOf && n % 5 === 2
      const main = repeatOf?.citizen ?? person(random, street, demo.unitCode)
      const members = group
        ? [main, person(random, street, demo.unitCode), person(random, street, demo.unitCode)]
        : [main]
      const size = group ? 6 + Math.floor(random() * 8) : 1
      const refused = !group && !repeatOf && n % 7 === 5
      const outcome: VisitInput['outcome'] = refused ? 'refused' : topic.cases.length ? 'cases' : 'guided'
      const input: VisitInput = {
        visitedAt: at(day, 8 + Math.floor(random() * 8), Math.floor(random() * 4) * 15),
        kind: session ? 'periodic' : 'regular',
        sessionId: session?.id ?? undefined,
        officerName: session ? demo.chair.name : pick(random, demo.officers),
        citizens: members,
        groupSize: size,
        ...(group
          ? {
              representatives: members
                .slice(0, size > 10 ? 3 : 2)
                .map((m) => ({ fullName: m.fullName, idNumber: m.idNumber })),
              appointment: {
                reference: `Văn bản cử người đại diện ngày ${day.split('-').reverse().join('/')}`,
                signedByAll: true as const,
              },
            }
          : {}),
        summary: topic.summary,
        contentKinds: topic.kinds,
        withinCompetence: true,
        outcome,
        ...(outcome === 'cases'
          ? { cases: topic.cases, receiptIssued: true, documentsReceived: 'Đơn và bản sao giấy tờ liên quan' }
          : {}),
        ...(outcome === 'guided'
          ? {
              guidance:
                'Hướng dẫn công dân liên hệ bộ phận Một cửa để được giải quyết theo thủ tục hành chính',
            }
          : {}),
        ...(refused
          ? { refusalGround: 'persisting', resolvedBy: 'Ủy ban nhân dân thành phố Hà Nội', cases: undefined }
          : {}),
      }
      if (refused)
        input.summary = 'Tiếp tục khiếu nại vụ việc đã được giải quyết đúng pháp luật và trả lời bằng văn bản'
      await recordVisit(ctx, deps, input)
      if (!repeatOf && !group) regulars.push({ citizen: main, topic })
      visits++
    }
  }
  return visits
}
