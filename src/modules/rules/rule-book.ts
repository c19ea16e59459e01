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
]
