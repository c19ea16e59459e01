/**
 * The shipped rule book: every row of the deadline table of legal-facts §13, plus the thresholds the issues
 * name, each with the period it was in force, the law and article, and a note. Loaded at every start by
 * `loadRuleBook` (idempotent: a version already present, or overlapping one an administrator added, is left
 * alone). Values: `{ amount, unit }` for a period (unit "days" = "ngày", "working_days" = "ngày làm việc"),
 * or a number, a list or an object for thresholds.
 *
 * Effective dates: Law on Complaints 02/2011/QH13 from 01/07/2012; Law on Citizen Reception 42/2013/QH13 from
 * 01/07/2014; Law on Denunciations 25/2018/QH14 from 01/01/2019; Law on Grassroots Democracy 10/2022/QH15
 * from 01/07/2023; Law 136/2025/QH15 and Decrees 154, 155, 156/2026/NĐ-CP from 01/07/2026 (legal-facts §0).
 * Rows marked `unverified` are loaded with the "CHƯA KIỂM CHỨNG" note legal-facts gives them.
 */

export type RuleValue =
  | { amount: number; unit: 'days' | 'working_days' }
  | number
  | readonly unknown[]
  | Readonly<Record<string, unknown>>

export interface RuleVersionData {
  key: string
  value: RuleValue
  effectiveFrom: string
  effectiveTo: string | null
  source: string
  note: string | null
}

/** Prefix of every note about a fact legal-facts marks UNVERIFIED; the back office highlights it. */
export const UNVERIFIED_MARK = 'CHƯA KIỂM CHỨNG'

const unverified = (why: string): string => `${UNVERIFIED_MARK}: ${why}`

const days = (amount: number) => ({ amount, unit: 'days' as const })
const workingDays = (amount: number) => ({ amount, unit: 'working_days' as const })

const KN = 'Luật Khiếu nại 02/2011/QH13'
const TCD = 'Luật Tiếp công dân 42/2013/QH13'
const TC = 'Luật Tố cáo 25/2018/QH14'
const DCCS = 'Luật Thực hiện dân chủ ở cơ sở 10/2022/QH15'
const AMENDED = 'sửa đổi bởi Luật 136/2025/QH15'
/** legal-facts §9: plain "ngày" in the complaint and denunciation laws read as calendar days. */
const CALENDAR_DAYS = unverified(
  'luật ghi "ngày"; hiểu là ngày theo lịch (cách hiểu thông dụng, chưa tìm thấy văn bản xác nhận).',
)
const AMENDMENT_UNSEEN =
  'Từ 01/07/2026 luật được sửa đổi bởi Luật 136/2025/QH15 (chưa tìm thấy toàn văn); thời hạn giữ nguyên theo các nguồn đã đọc.'

const REFORM = '2026-07-01'
const BEFORE_REFORM = '2026-06-30'

/** A rule whose value is the same before and after 01/07/2026, in two versions citing each period's text. */
function acrossReform(
  key: string,
  value: RuleValue,
  from: string,
  source: string,
  note: string | null,
  laterSource = `${source}, ${AMENDED}`,
): RuleVersionData[] {
  return [
    { key, value, effectiveFrom: from, effectiveTo: BEFORE_REFORM, source, note },
    {
      key,
      value,
      effectiveFrom: REFORM,
      effectiveTo: null,
      source: laterSource,
      note: note ? `${note} ${AMENDMENT_UNSEEN}` : AMENDMENT_UNSEEN,
    },
  ]
}

const since = (
  key: string,
  value: RuleValue,
  from: string,
  source: string,
  note: string | null = null,
): RuleVersionData => ({ key, value, effectiveFrom: from, effectiveTo: null, source, note })

const KN_FROM = '2012-07-01'
const TCD_FROM = '2014-07-01'
const TC_FROM = '2019-01-01'
const DCCS_FROM = '2023-07-01'

/** Law 42/2013 Art. 9: the grounds for refusing to receive a citizen. */
const LAW42_GROUNDS = [
  {
    code: 'intoxicated',
    label:
      'Người trong tình trạng say do dùng chất kích thích, người mắc bệnh tâm thần hoặc bệnh khác làm mất khả năng nhận thức, điều khiển hành vi',
    source: 'Luật Tiếp công dân Điều 9 khoản 1',
    notice: false,
  },
  {
    code: 'disorderly',
    label:
      'Người có hành vi đe dọa, xúc phạm cơ quan, người tiếp công dân, người thi hành công vụ hoặc vi phạm nội quy nơi tiếp công dân',
    source: 'Luật Tiếp công dân Điều 9 khoản 2',
    notice: false,
  },
  {
    code: 'persisting',
    label:
      'Người khiếu nại, tố cáo về vụ việc đã giải quyết đúng chính sách, pháp luật, được cơ quan có thẩm quyền kiểm tra, rà soát, thông báo bằng văn bản mà vẫn cố tình khiếu nại, tố cáo kéo dài',
    source: 'Luật Tiếp công dân Điều 9 khoản 3',
    notice: false,
  },
  {
    code: 'other_legal',
    label: 'Những trường hợp khác theo quy định của pháp luật',
    source: 'Luật Tiếp công dân Điều 9 khoản 4',
    notice: false,
  },
]

/** NĐ 154/2026 Art. 4: further grounds from 01/07/2026 ("already answered" needs the 01/TCD notice). */
const DECREE154_GROUNDS = [
  ['weapons', 'Người mang theo vũ khí, vật liệu nổ, công cụ hỗ trợ hoặc vật dụng nguy hiểm'],
  ['security_check_refused', 'Người không chấp hành việc kiểm tra an ninh tại nơi tiếp công dân'],
  ['recording_refused', 'Người ghi âm, ghi hình, phát trực tiếp khi đã được yêu cầu không thực hiện'],
  ['inciting', 'Người kích động, lôi kéo, gây rối trật tự tại nơi tiếp công dân'],
  [
    'no_capacity_no_representative',
    'Người không có năng lực hành vi dân sự đầy đủ mà không có người đại diện hợp pháp',
  ],
  [
    'representative_unproven',
    'Người đại diện, người được ủy quyền không có giấy tờ chứng minh việc đại diện hợp pháp',
  ],
  [
    'outside_scope',
    'Nội dung không thuộc phạm vi tiếp công dân (không phải khiếu nại, tố cáo, kiến nghị, phản ánh)',
  ],
  [
    'answered_no_new_facts',
    'Kiến nghị, phản ánh đã được cơ quan có thẩm quyền trả lời mà không có tình tiết mới',
  ],
  [
    'final_judgment',
    'Nội dung đã có bản án, quyết định có hiệu lực pháp luật của Tòa án, không thuộc trường hợp xem xét lại',
  ],
  ['handled_elsewhere', 'Vụ việc đang được cơ quan có thẩm quyền khác thụ lý, giải quyết'],
].map(([code, label]) => ({
  code: code as string,
  label: label as string,
  source: 'Nghị định 154/2026/NĐ-CP Điều 4',
  notice: code === 'answered_no_new_facts',
}))

export const RULE_BOOK: readonly RuleVersionData[] = [
  // ── Citizen reception (legal-facts §1) ──
  // Law 42/2013 Art. 28(1): answer the citizen within 10 working days of receipt.
  ...acrossReform('reception.reply', workingDays(10), TCD_FROM, `${TCD} Điều 28 khoản 1`, null),
  // Art. 27(2): tell the forwarding NA/People's Council body the result within 7 working days.
  ...acrossReform('reception.forwarder_result', workingDays(7), TCD_FROM, `${TCD} Điều 27 khoản 2`, null),
  // Art. 28(2): those bodies inform the citizen within 5 working days, if asked.
  ...acrossReform(
    'reception.forwarder_inform_citizen',
    workingDays(5),
    TCD_FROM,
    `${TCD} Điều 28 khoản 2`,
    'Khi công dân có yêu cầu.',
  ),
  // NĐ 154/2026 Art. 4(3): written refusal notice (form 01/TCD) within 3 working days; not in force before.
  since(
    'reception.refusal_notice',
    workingDays(3),
    REFORM,
    'Nghị định 154/2026/NĐ-CP Điều 4 khoản 3',
    'Chỉ hai trường hợp: đeo bám vụ việc đã giải quyết đúng; kiến nghị đã được trả lời mà không có tình tiết mới (mẫu 01/TCD).',
  ),
  // Law 42/2013 Art. 29: 5–10 people choose 1–2 representatives; more than 10 people, at most 5.
  ...acrossReform(
    'reception.group_representatives',
    [
      { minPeople: 5, maxPeople: 10, minRepresentatives: 1, maxRepresentatives: 2 },
      { minPeople: 11, maxPeople: null, minRepresentatives: 1, maxRepresentatives: 5 },
    ],
    TCD_FROM,
    `${TCD} Điều 29`,
    'Người đại diện phải là người khiếu nại, tố cáo, kiến nghị, phản ánh; cử bằng văn bản có chữ ký của tất cả.',
  ),
  // NĐ 154/2026 Art. 41(3)(b): a letter left unhandled more than 45 days without reason → leader removal.
  since(
    'reception.unhandled_letter_sanction',
    days(45),
    REFORM,
    'Nghị định 154/2026/NĐ-CP Điều 41 khoản 3 điểm b',
    'Quá 45 ngày không xử lý đơn mà không có lý do chính đáng.',
  ),

  // ── Citizen reception: heads' minimum frequency (issue 7; legal-facts §1) ──
  // Value: at least `days` reception days per `per` (week | month). Keys: reception.frequency.<host role>.
  ...acrossReform(
    'reception.frequency.commune_chair',
    { days: 1, per: 'week' },
    TCD_FROM,
    `${TCD} Điều 15 khoản 2 điểm d`,
    'Chủ tịch UBND cấp xã tiếp công dân ít nhất 1 ngày trong tuần tại trụ sở.',
    `${TCD}, ${AMENDED}`,
  ).map((v) =>
    v.effectiveFrom === REFORM
      ? {
          ...v,
          note: unverified(
            'tần suất tiếp của Chủ tịch UBND cấp xã sau sửa đổi 2026 chưa được xác nhận (dự thảo: ít nhất 2 ngày/tháng); giữ 1 ngày/tuần cho đến khi có văn bản.',
          ),
        }
      : v,
  ),
  ...acrossReform(
    'reception.frequency.province_chair',
    { days: 1, per: 'month' },
    TCD_FROM,
    `${TCD} Điều 13 khoản 5`,
    'Chủ tịch UBND cấp tỉnh tiếp công dân ít nhất 1 ngày trong tháng.',
  ),
  ...acrossReform(
    'reception.frequency.agency_head',
    { days: 1, per: 'month' },
    TCD_FROM,
    `${TCD} Điều 18 khoản 2`,
    'Thủ trưởng cơ quan hành chính nhà nước tiếp công dân ít nhất 1 ngày trong tháng tại trụ sở tiếp công dân.',
  ),
  since(
    'reception.frequency.public_unit_head',
    { days: 1, per: 'month' },
    REFORM,
    'Nghị định 154/2026/NĐ-CP Điều 10 khoản 2',
    'Người đứng đầu đơn vị sự nghiệp công lập tiếp công dân ít nhất 1 ngày trong tháng.',
  ),
  since(
    'reception.frequency.province_party_secretary',
    { days: 1, per: 'month' },
    '2019-02-18',
    'Quy định 11-QĐi/TW ngày 18/02/2019, sửa đổi bởi Kết luận 215-KL/TW',
    unverified('ngày hiệu lực của Kết luận 215-KL/TW chưa kiểm tra; ngoài ra tiếp đột xuất khi cần.'),
  ),
  since(
    'reception.frequency.commune_party_secretary',
    { days: 2, per: 'month' },
    '2025-07-01',
    'Quy định 11-QĐi/TW ngày 18/02/2019, sửa đổi bởi Kết luận 215-KL/TW',
    unverified(
      'ngày hiệu lực của Kết luận 215-KL/TW chưa kiểm tra (áp dụng từ chính quyền hai cấp 01/07/2025); ngoài ra tiếp đột xuất khi cần.',
    ),
  ),
  // Party secretaries report on their reception monthly, quarterly, at 6 and 9 months and yearly.
  since(
    'reception.party_reporting_periods',
    ['month', 'quarter', 'six_months', 'nine_months', 'year'],
    '2019-02-18',
    'Quy định 11-QĐi/TW ngày 18/02/2019, sửa đổi bởi Kết luận 215-KL/TW',
    unverified('kỳ báo cáo theo mô tả của yêu cầu; chưa đối chiếu toàn văn.'),
  ),
  // NĐ 154/2026 Ch. V (Art. 16–24): online reception; notify the citizen at least 5 working days ahead.
  since(
    'reception.online_notice',
    workingDays(5),
    REFORM,
    'Nghị định 154/2026/NĐ-CP Chương V (Điều 16–24)',
    'Thông báo cho công dân ít nhất 5 ngày làm việc TRƯỚC buổi tiếp trực tuyến; thử kết nối trước 1 ngày làm việc.',
  ),
  // Refusal grounds (từ chối tiếp công dân): Law 42/2013 Art. 9; from 01/07/2026 also NĐ 154/2026 Art. 4.
  // `notice`: the ground needs a written notice (form 01/TCD) within reception.refusal_notice.
  {
    key: 'reception.refusal_grounds',
    value: LAW42_GROUNDS,
    effectiveFrom: TCD_FROM,
    effectiveTo: BEFORE_REFORM,
    source: `${TCD} Điều 9`,
    note: 'Lý do từ chối được giải thích trực tiếp cho công dân.',
  },
  {
    key: 'reception.refusal_grounds',
    value: [...LAW42_GROUNDS.map((g) => ({ ...g, notice: g.code === 'persisting' })), ...DECREE154_GROUNDS],
    effectiveFrom: REFORM,
    effectiveTo: null,
    source: `${TCD} Điều 9, ${AMENDED}; Nghị định 154/2026/NĐ-CP Điều 4`,
    note: 'Thông báo bằng văn bản (mẫu 01/TCD) chỉ cho hai trường hợp: đeo bám vụ việc đã giải quyết đúng; kiến nghị đã được trả lời mà không có tình tiết mới.',
  },

  // ── Letters and feedback (legal-facts §4) ──
  // TT 05/2021/TT-TTCP (from 15/11/2021): the national procedure entry gives 10 days from receipt [S].
  since(
    'letter.handle',
    days(10),
    '2021-11-15',
    'Thông tư 05/2021/TT-TTCP; thủ tục "xử lý đơn" trên Cổng Dịch vụ công quốc gia',
    unverified(
      'chỉ thấy ở nguồn thứ cấp; chưa rõ "ngày" hay "ngày làm việc"; hiệu lực sau NĐ 154/2026 chưa rõ.',
    ),
  ),
  // Decree 20/2008 Art. 9: feedback on regulations outside competence forwarded within 5 working days.
  since(
    'feedback.forward',
    workingDays(5),
    '2008-02-14',
    'Nghị định 20/2008/NĐ-CP Điều 9',
    unverified('ngày hiệu lực chính xác chưa kiểm tra; dùng ngày ban hành 14/02/2008.'),
  ),

  // ── Complaints (legal-facts §2) ──
  // Law 02/2011 Art. 9: 90 days from receiving or learning of the decision or act (obstacles not counted).
  ...acrossReform(
    'complaint.time_limit',
    days(90),
    KN_FROM,
    `${KN} Điều 9`,
    `Thời gian có trở ngại khách quan không tính vào thời hiệu. ${CALENDAR_DAYS}`,
  ),
  // Art. 27 (first) and 36 (second): "10 days" to accept, read as 10 working days by TT 07/2013; from
  // 01/07/2026 NĐ 124/2020 Art. 16 as amended by NĐ 155/2026 Art. 10: 7 working days.
  {
    key: 'complaint.accept',
    value: workingDays(10),
    effectiveFrom: KN_FROM,
    effectiveTo: BEFORE_REFORM,
    source: `${KN} Điều 27, Điều 36; Thông tư 07/2013/TT-TTCP`,
    note: 'Luật ghi "10 ngày"; Thông tư 07/2013/TT-TTCP hiểu là 10 ngày làm việc. Áp dụng cho lần đầu và lần hai.',
  },
  since(
    'complaint.accept',
    workingDays(7),
    REFORM,
    'Nghị định 124/2020/NĐ-CP Điều 16, sửa đổi bởi Nghị định 155/2026/NĐ-CP Điều 10',
    'Áp dụng cho lần đầu và lần hai; khiếu nại đông người chỉ thụ lý khi đủ chữ ký và văn bản cử người đại diện.',
  ),
  // Art. 28: first instance 30 days (complex ≤ 45); remote areas 45 (complex ≤ 60), from acceptance.
  ...acrossReform('complaint.resolve.first', days(30), KN_FROM, `${KN} Điều 28`, CALENDAR_DAYS),
  ...acrossReform('complaint.resolve.first.complex', days(45), KN_FROM, `${KN} Điều 28`, CALENDAR_DAYS),
  ...acrossReform(
    'complaint.resolve.first.remote',
    days(45),
    KN_FROM,
    `${KN} Điều 28`,
    `Vùng sâu, vùng xa đi lại khó khăn. ${CALENDAR_DAYS}`,
  ),
  ...acrossReform(
    'complaint.resolve.first.remote_complex',
    days(60),
    KN_FROM,
    `${KN} Điều 28`,
    `Vùng sâu, vùng xa, vụ việc phức tạp. ${CALENDAR_DAYS}`,
  ),
  // Art. 37: second instance 45 days (complex ≤ 60); remote areas 60 (complex ≤ 70).
  ...acrossReform('complaint.resolve.second', days(45), KN_FROM, `${KN} Điều 37`, CALENDAR_DAYS),
  ...acrossReform('complaint.resolve.second.complex', days(60), KN_FROM, `${KN} Điều 37`, CALENDAR_DAYS),
  ...acrossReform(
    'complaint.resolve.second.remote',
    days(60),
    KN_FROM,
    `${KN} Điều 37`,
    `Vùng sâu, vùng xa đi lại khó khăn. ${CALENDAR_DAYS}`,
  ),
  ...acrossReform(
    'complaint.resolve.second.remote_complex',
    days(70),
    KN_FROM,
    `${KN} Điều 37`,
    `Vùng sâu, vùng xa, vụ việc phức tạp. ${CALENDAR_DAYS}`,
  ),
  // NĐ 155/2026 Art. 11: written dialogue notice at least 5 days before the dialogue.
  since(
    'complaint.dialogue_notice',
    days(5),
    REFORM,
    'Nghị định 155/2026/NĐ-CP Điều 11',
    'Tối thiểu 5 ngày TRƯỚC buổi đối thoại (đếm ngược).',
  ),
  // NĐ 155/2026 Art. 12: suspension, termination and resume decisions sent within 3 working days.
  since(
    'complaint.suspension_send',
    workingDays(3),
    REFORM,
    'Nghị định 155/2026/NĐ-CP Điều 12',
    'Thời hạn giải quyết tính lại từ ngày có quyết định tiếp tục giải quyết.',
  ),
  // Law 02/2011 Art. 32: first decision sent within 3 working days.
  ...acrossReform('complaint.decision.first_send', workingDays(3), KN_FROM, `${KN} Điều 32`, null),
  // Art. 41: second decision sent within 7 days, and published.
  ...acrossReform(
    'complaint.decision.second_send',
    days(7),
    KN_FROM,
    `${KN} Điều 41`,
    `Kèm công khai quyết định. ${CALENDAR_DAYS}`,
  ),
  // Art. 33: second complaint within 30 days (remote ≤ 45) of the first deadline lapsing or the decision.
  ...acrossReform(
    'complaint.second_filing',
    days(30),
    KN_FROM,
    `${KN} Điều 33`,
    `Tính từ khi hết hạn giải quyết lần đầu mà chưa có quyết định, hoặc từ khi nhận quyết định. ${CALENDAR_DAYS}`,
  ),
  ...acrossReform('complaint.second_filing.remote', days(45), KN_FROM, `${KN} Điều 33`, CALENDAR_DAYS),
  // Art. 44: a decision becomes final 30 days after issuance (remote ≤ 45).
  ...acrossReform('complaint.decision.final', days(30), KN_FROM, `${KN} Điều 44`, CALENDAR_DAYS),
  ...acrossReform('complaint.decision.final.remote', days(45), KN_FROM, `${KN} Điều 44`, CALENDAR_DAYS),

  // ── Denunciations (legal-facts §3) ──
  // Law 25/2018 Art. 24(1): register, classify and check within 7 working days (≤ 10 if several places).
  ...acrossReform('denunciation.intake', workingDays(7), TC_FROM, `${TC} Điều 24 khoản 1`, null),
  ...acrossReform(
    'denunciation.intake.complex',
    workingDays(10),
    TC_FROM,
    `${TC} Điều 24 khoản 1`,
    'Khi phải kiểm tra, xác minh tại nhiều địa điểm hoặc phải ủy quyền.',
  ),
  // Art. 24(2): outside competence → forward within 5 working days and tell the denouncer.
  ...acrossReform(
    'denunciation.forward',
    workingDays(5),
    TC_FROM,
    `${TC} Điều 24 khoản 2`,
    'Đồng thời thông báo cho người tố cáo.',
  ),
  // Art. 26(2): letters forwarded by the press or an authority — handle and report back within 20 days.
  ...acrossReform('denunciation.forwarded_report', days(20), TC_FROM, `${TC} Điều 26 khoản 2`, CALENDAR_DAYS),
  // Art. 29(3): notify acceptance to the denouncer and the accused within 5 working days.
  ...acrossReform('denunciation.acceptance_notice', workingDays(5), TC_FROM, `${TC} Điều 29 khoản 3`, null),
  // Art. 30: resolve within 30 days of acceptance; complex → one extension ≤ 30 days; especially complex →
  // two extensions of ≤ 30 days each (NĐ 31/2019 Art. 3: especially complex = two or more criteria).
  ...acrossReform('denunciation.resolve', days(30), TC_FROM, `${TC} Điều 30`, CALENDAR_DAYS),
  ...acrossReform(
    'denunciation.resolve.extension',
    days(30),
    TC_FROM,
    `${TC} Điều 30`,
    `Mỗi lần gia hạn; phức tạp: 1 lần, đặc biệt phức tạp: 2 lần (xem denunciation.resolve.max_extensions). ${CALENDAR_DAYS}`,
  ),
  ...acrossReform(
    'denunciation.resolve.max_extensions',
    { complex: 1, especiallyComplex: 2 },
    TC_FROM,
    `${TC} Điều 30; Nghị định 31/2019/NĐ-CP Điều 3`,
    'Số lần gia hạn tối đa; đặc biệt phức tạp là vụ việc có từ 2 tiêu chí phức tạp trở lên.',
  ),
  // Art. 35(3): conclusion sent within 5 working days.
  ...acrossReform('denunciation.conclusion_send', workingDays(5), TC_FROM, `${TC} Điều 35 khoản 3`, null),
  // Art. 37(2): re-denunciation to the superior reviewed within 20 days.
  ...acrossReform(
    'denunciation.redenunciation_review',
    days(20),
    TC_FROM,
    `${TC} Điều 37 khoản 2`,
    CALENDAR_DAYS,
  ),
  // Art. 38: overdue case — the superior asks for a report within 5 working days; report due 5 working days later.
  ...acrossReform('denunciation.overdue_request', workingDays(5), TC_FROM, `${TC} Điều 38`, null),
  ...acrossReform('denunciation.overdue_report', workingDays(5), TC_FROM, `${TC} Điều 38`, null),

  // ── Grassroots democracy (legal-facts §6) ──
  // Law 10/2022 Art. 20(3): village decision sent to the commune within 5 working days of the vote.
  since('democracy.village_decision_send', workingDays(5), DCCS_FROM, `${DCCS} Điều 20 khoản 3`),
  // Art. 21(2): the commune recognises it (or refuses with reasons) within 5 working days.
  since(
    'democracy.village_decision_recognition',
    workingDays(5),
    DCCS_FROM,
    `${DCCS} Điều 21 khoản 2`,
    'Hoặc trả lời bằng văn bản nêu rõ lý do không công nhận.',
  ),
  // Art. 51, 69: staff / workers' annual conference within 3 months of year end; quorum 2/3; passes > 50%.
  since(
    'democracy.annual_conference',
    { withinMonthsAfterYearEnd: 3, quorum: '2/3', passesAbove: '50%' },
    DCCS_FROM,
    `${DCCS} Điều 51, Điều 69`,
  ),
  // Art. 51: all staff attend below 100 people, delegates from 100; a unit of 7 or fewer may skip it.
  since(
    'democracy.staff_conference_scale',
    { optionalUpToStaff: 7, delegatesFromStaff: 100 },
    DCCS_FROM,
    `${DCCS} Điều 51`,
  ),

  // ── Fatherland Front supervision and social criticism (legal-facts §8) ──
  // Joint Resolution 403/2017 Art. 7: plan sent ≥ 15 days, the supervised body reports ≥ 7 days, before.
  since(
    'front.supervision_plan_notice',
    days(15),
    '2017-06-15',
    'Nghị quyết liên tịch 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN Điều 7',
    unverified('tối thiểu 15 ngày TRƯỚC khi giám sát; ngày hiệu lực chưa kiểm tra.'),
  ),
  since(
    'front.supervision_body_report',
    days(7),
    '2017-06-15',
    'Nghị quyết liên tịch 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN Điều 7',
    unverified('tối thiểu 7 ngày TRƯỚC khi giám sát; ngày hiệu lực chưa kiểm tra.'),
  ),
  // Art. 9: team report within 15 days of the end of the visit.
  since(
    'front.supervision_team_report',
    days(15),
    '2017-06-15',
    'Nghị quyết liên tịch 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN Điều 9',
    unverified('ngày hiệu lực chưa kiểm tra.'),
  ),
  // Platform threshold (not a statutory deadline): an organization's e-mail inbox with drafts nobody opened
  // for this many working days alerts its leader, so letters sent by e-mail are logged and classified
  // promptly (Law 42/2013 Art. 25; NĐ 20/2008 Art. 6, 9: e-mail is a channel every body must handle).
  since(
    'mail.inbox_unattended_alert',
    workingDays(2),
    TCD_FROM,
    `Quy chế vận hành Dân Vận Số; ${TCD} Điều 25; Nghị định 20/2008/NĐ-CP Điều 6, Điều 9`,
    'Ngưỡng nội bộ của nền tảng, không phải thời hạn luật định; quản trị hệ thống có thể điều chỉnh.',
  ),
  // Law 75/2015/QH13 Art. 36: draft sent for social criticism at least 15 days before; written answer.
  since(
    'front.social_criticism_draft',
    days(15),
    '2016-01-01',
    'Luật Mặt trận Tổ quốc Việt Nam 75/2015/QH13 Điều 36',
    'Tối thiểu 15 ngày TRƯỚC khi trình; cơ quan chủ trì phải trả lời bằng văn bản.',
  ),
  // Law 75/2015/QH13 Art. 29 (supervised bodies answer) and NQLT 403/2017: the supervised body answers the
  // team's recommendations in writing. The period below is what the platform tracks (issue 10).
  since(
    'front.supervision_response',
    days(30),
    '2017-06-15',
    'Luật Mặt trận Tổ quốc Việt Nam 75/2015/QH13 Điều 29; Nghị quyết liên tịch 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN',
    unverified(
      'cơ quan được giám sát trả lời kiến nghị bằng văn bản; thời hạn 30 ngày chưa tìm thấy trong văn bản đã đọc — địa phương điều chỉnh.',
    ),
  ),
  // Law 75/2015/QH13 Art. 36: the drafting body answers the social criticism in writing.
  since(
    'front.social_criticism_response',
    days(30),
    '2016-01-01',
    'Luật Mặt trận Tổ quốc Việt Nam 75/2015/QH13 Điều 36',
    unverified(
      'cơ quan chủ trì soạn thảo trả lời bằng văn bản; thời hạn 30 ngày chưa tìm thấy trong văn bản đã đọc.',
    ),
  ),
  // Dialogue conferences (Law 10/2022 Art. 32; Quy định 11-QĐi/TW): what is promised on the spot is followed
  // up. No law sets the period; the platform's default, in working days, is a row the province can version.
  since(
    'activities.dialogue_commitment',
    workingDays(15),
    '2010-01-01',
    `Mặc định của hệ thống (đối thoại: ${DCCS} Điều 32; Quy định 11-QĐi/TW)`,
    unverified(
      'pháp luật không quy định thời hạn thực hiện cam kết tại hội nghị đối thoại; 15 ngày làm việc là mặc định của hệ thống.',
    ),
  ),
  // Emulation registration (đăng ký thi đua) is made "from the start of the year" (seed articles): the window
  // (day-month within the registration year) is local practice, not law; an administrator versions it.
  since(
    'emulation.registration_window',
    { opens: '01-01', closes: '03-31' },
    '2010-01-01',
    'Thực tiễn địa phương: đăng ký thi đua từ đầu năm (hướng dẫn công tác thi đua, khen thưởng hằng năm)',
    unverified(
      'không tìm thấy văn bản quy định thời hạn đăng ký thi đua; 31/03 là thông lệ của các địa phương, có thể lập phiên bản khác.',
    ),
  ),
]
