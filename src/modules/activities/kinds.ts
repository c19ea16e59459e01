import { z } from 'zod'

/**
 * The registry of activity kinds (issue 10): each kind declares its Vietnamese name, the participant
 * groups it counts, the zod schema of its own fields (`details`), whether it produces commitments
 * (dialogue) or recommendations tracked to a written response (supervision, social criticism), and the
 * rule-book key of their due date. API codes are contracts.
 */
export const activityKinds = [
  'dialogue',
  'supervision',
  'social_criticism',
  'training',
  'dissemination',
  'field_visit',
  'coordination_programme',
  'neighbourhood_activity',
  'cofunded_project',
] as const
export type ActivityKind = (typeof activityKinds)[number]

export const activityLevels = ['central', 'province', 'district', 'commune'] as const
export type ActivityLevel = (typeof activityLevels)[number]

export const participantGroups = [
  'citizens',
  'officials',
  'party_members',
  'union_members',
  'businesses',
  'youth',
  'women',
  'farmers',
  'veterans',
  'households',
  'students',
  'deputies',
] as const
export type ParticipantGroup = (typeof participantGroups)[number]

const isoDate = z.iso.date('Ngày phải có dạng YYYY-MM-DD.')
const text = (label: string, max: number, min = 1) =>
  z
    .string()
    .trim()
    .min(min, `Hãy nhập ${label}.`)
    .max(max, `${label[0]?.toUpperCase()}${label.slice(1)} tối đa ${max} ký tự.`)
const count = (label: string) =>
  z
    .number({ error: `${label} phải là số.` })
    .int(`${label} phải là số nguyên.`)
    .min(0, `${label} không được âm.`)
    .max(10_000_000, `${label} quá lớn.`)
const money = (label: string) =>
  z
    .number({ error: `${label} phải là số.` })
    .int(`${label} tính bằng đồng, là số nguyên.`)
    .min(0, `${label} không được âm.`)
    .max(1e15, `${label} quá lớn.`)

/** Bodies that supervise or criticise (legal-facts §8; Law 10/2022 Art. 36, 41). */
export const supervisingBodies = [
  'fatherland_front',
  'mass_organization',
  'people_council',
  'peoples_inspection_board',
  'community_investment_supervision_board',
] as const
const supervisingBody = z.enum(supervisingBodies, {
  error:
    'Chủ thể giám sát phải là Mặt trận, đoàn thể, HĐND, Ban Thanh tra nhân dân hoặc Ban Giám sát đầu tư của cộng đồng.',
})

const dialogueDetails = z.strictObject({
  host: z.strictObject({
    role: z.enum(['party_secretary', 'government_head', 'people_council_chair', 'front_chair'], {
      error: 'Người chủ trì phải là Bí thư cấp ủy, Chủ tịch UBND, Chủ tịch HĐND hoặc Chủ tịch MTTQ.',
    }),
    name: text('họ tên người chủ trì', 200, 2),
    title: text('chức vụ người chủ trì', 200).optional(),
  }),
  topic: text('chủ đề đối thoại', 500, 3),
  format: z
    .enum(['in_person', 'online', 'mixed'], {
      error: 'Hình thức phải là trực tiếp, trực tuyến hoặc kết hợp.',
    })
    .default('in_person'),
  questions: z
    .array(
      z.strictObject({
        text: text('nội dung ý kiến, kiến nghị', 2000, 3),
        askedBy: text('người nêu ý kiến', 200).optional(),
        answer: text('nội dung trả lời', 4000).optional(),
        answeredOnSpot: z.boolean().default(false),
      }),
    )
    .max(500, 'Tối đa 500 ý kiến.')
    .default([]),
})

const supervisionDetails = z
  .strictObject({
    body: supervisingBody,
    subject: text('đối tượng được giám sát', 500, 3),
    content: text('nội dung giám sát', 4000, 3),
    form: z.enum(['document_review', 'team', 'joint'], {
      error: 'Hình thức giám sát phải là nghiên cứu văn bản, đoàn giám sát hoặc phối hợp giám sát.',
    }),
    planSentOn: isoDate.optional(),
    team: z
      .array(text('thành viên đoàn', 200, 2))
      .max(50, 'Tối đa 50 thành viên.')
      .default([]),
    findings: text('kết quả giám sát', 8000).optional(),
    reportOn: isoDate.optional(),
  })
  .refine((d) => d.form === 'document_review' || d.planSentOn !== undefined, {
    path: ['planSentOn'],
    message:
      'Giám sát bằng đoàn phải có ngày gửi kế hoạch cho đối tượng được giám sát (NQLT 403/2017 Điều 7).',
  })

const socialCriticismDetails = z.strictObject({
  body: supervisingBody,
  draftTitle: text('tên dự thảo được phản biện', 500, 3),
  draftingBody: text('cơ quan chủ trì soạn thảo', 300, 3),
  draftReceivedOn: isoDate,
  submissionOn: isoDate.optional(),
  form: z.enum(['conference', 'written', 'dialogue'], {
    error: 'Hình thức phản biện phải là hội nghị, gửi văn bản hoặc đối thoại trực tiếp (Luật MTTQ Điều 34).',
  }),
  opinions: text('ý kiến phản biện', 8000).optional(),
})

const trainingDetails = z.strictObject({
  topic: text('chủ đề tập huấn', 500, 3),
  audience: text('đối tượng tham dự', 300, 2),
  sessions: z
    .number({ error: 'Số buổi phải là số.' })
    .int('Số buổi phải là số nguyên.')
    .min(1, 'Số buổi ít nhất là 1.')
    .max(365, 'Số buổi tối đa 365.'),
  lecturer: text('báo cáo viên', 200).optional(),
})

const coverage = (label: string) =>
  z
    .strictObject({ total: count(`Tổng số ${label}`), reached: count(`Số ${label} đã quán triệt`) })
    .refine((c) => c.reached <= c.total, {
      path: ['reached'],
      message: `Số ${label} đã quán triệt không được lớn hơn tổng số ${label}.`,
    })

const disseminationDetails = z.strictObject({
  document: text('văn bản được quán triệt (số, tên nghị quyết)', 500, 3),
  partyCells: coverage('chi bộ'),
  organizations: coverage('cơ quan, đơn vị').optional(),
  method: text('hình thức quán triệt', 300).optional(),
})

const fieldVisitDetails = z.strictObject({
  officials: z
    .array(z.strictObject({ name: text('họ tên cán bộ', 200, 2), title: text('chức vụ', 200).optional() }))
    .min(1, 'Hãy nhập ít nhất một cán bộ đi cơ sở.')
    .max(50, 'Tối đa 50 cán bộ.'),
  purpose: text('mục đích, nội dung làm việc', 2000, 3),
  issues: text('tâm tư, nguyện vọng nắm được', 8000).optional(),
})

const coordinationDetails = z
  .strictObject({
    programmeType: z.enum(['joint_resolution', 'coordination_regulation', 'coordination_programme'], {
      error: 'Loại văn bản phải là nghị quyết/ký kết liên tịch, quy chế phối hợp hoặc chương trình phối hợp.',
    }),
    parties: z
      .array(text('bên tham gia', 300, 2))
      .min(2, 'Chương trình phối hợp cần ít nhất hai bên.')
      .max(30),
    signedOn: isoDate,
    termFrom: isoDate,
    termTo: isoDate.optional(),
    reviews: z
      .array(
        z.strictObject({
          year: z.number().int().min(2000).max(2100),
          result: text('kết quả sơ kết', 4000, 3),
        }),
      )
      .max(50)
      .default([]),
  })
  .refine((d) => !d.termTo || d.termTo >= d.termFrom, {
    path: ['termTo'],
    message: 'Ngày hết thời hạn phải sau ngày bắt đầu.',
  })

const neighbourhoodDetails = z.strictObject({
  neighbourhood: text('tên khu phố, tổ dân phố, thôn', 200, 2),
  activityType: z.enum(['meeting', 'cleanup', 'security', 'culture', 'charity', 'other'], {
    error: 'Loại sinh hoạt không hợp lệ.',
  }),
  householdsTotal: count('Tổng số hộ').optional(),
})

const cofundedDetails = z
  .strictObject({
    project: text('tên công trình', 500, 3),
    totalCost: money('Tổng kinh phí'),
    stateContribution: money('Kinh phí Nhà nước'),
    peopleContribution: money('Nhân dân đóng góp (tiền)'),
    landM2: count('Đất hiến (m²)').default(0),
    labourDays: count('Ngày công').default(0),
    households: count('Số hộ đóng góp').default(0),
    progress: z
      .number({ error: 'Tiến độ phải là số.' })
      .int()
      .min(0, 'Tiến độ từ 0 đến 100 %.')
      .max(100, 'Tiến độ từ 0 đến 100 %.'),
    handoverOn: isoDate.optional(),
  })
  .refine((d) => d.stateContribution + d.peopleContribution <= d.totalCost, {
    path: ['peopleContribution'],
    message: 'Kinh phí Nhà nước cộng Nhân dân đóng góp không được lớn hơn tổng kinh phí.',
  })
  .refine((d) => !d.handoverOn || d.progress === 100, {
    path: ['handoverOn'],
    message: 'Chỉ bàn giao khi tiến độ đạt 100 %.',
  })

export interface KindDefinition {
  code: ActivityKind
  /** Which participant groups the kind counts (the form shows them in this order). */
  groups: readonly ParticipantGroup[]
  details: z.ZodType
  /** What follow-up rows the kind produces, and the rule-book key of their due date. */
  followUp: { kind: 'commitment' | 'recommendation'; ruleKey: string } | null
}

const crowd: ParticipantGroup[] = ['citizens', 'officials', 'party_members', 'union_members', 'businesses']
const unions: ParticipantGroup[] = ['youth', 'women', 'farmers', 'veterans']

export const kinds: Record<ActivityKind, KindDefinition> = {
  dialogue: {
    code: 'dialogue',
    groups: ['citizens', 'officials', 'union_members', 'businesses', 'party_members'],
    details: dialogueDetails,
    followUp: { kind: 'commitment', ruleKey: 'activities.dialogue_commitment' },
  },
  supervision: {
    code: 'supervision',
    groups: ['officials', 'deputies', 'citizens', 'union_members'],
    details: supervisionDetails,
    followUp: { kind: 'recommendation', ruleKey: 'front.supervision_response' },
  },
  social_criticism: {
    code: 'social_criticism',
    groups: ['officials', 'deputies', 'citizens', 'businesses'],
    details: socialCriticismDetails,
    followUp: { kind: 'recommendation', ruleKey: 'front.social_criticism_response' },
  },
  training: {
    code: 'training',
    groups: ['officials', 'party_members', 'union_members', ...unions],
    details: trainingDetails,
    followUp: null,
  },
  dissemination: {
    code: 'dissemination',
    groups: ['party_members', 'officials', 'union_members', 'citizens'],
    details: disseminationDetails,
    followUp: null,
  },
  field_visit: {
    code: 'field_visit',
    groups: ['citizens', 'officials', 'households'],
    details: fieldVisitDetails,
    followUp: { kind: 'commitment', ruleKey: 'activities.dialogue_commitment' },
  },
  coordination_programme: {
    code: 'coordination_programme',
    groups: ['officials', 'union_members'],
    details: coordinationDetails,
    followUp: null,
  },
  neighbourhood_activity: {
    code: 'neighbourhood_activity',
    groups: ['households', 'citizens', ...unions, 'students'],
    details: neighbourhoodDetails,
    followUp: null,
  },
  cofunded_project: {
    code: 'cofunded_project',
    groups: ['households', ...crowd.filter((g) => g === 'businesses')],
    details: cofundedDetails,
    followUp: null,
  },
}

export const isActivityKind = (value: string): value is ActivityKind =>
  (activityKinds as readonly string[]).includes(value)
