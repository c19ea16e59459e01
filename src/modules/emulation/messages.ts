import type { PactStatus, RegistrationStatus } from './lifecycle.ts'

export const registrantKindLabels = { collective: 'Tập thể', individual: 'Cá nhân' } as const

export const registrationStatusLabels: Record<RegistrationStatus, string> = {
  registered: 'Đã đăng ký',
  self_assessed: 'Đã tự đánh giá',
  reviewed: 'Đã xét (Hội đồng thi đua, Ban Dân vận)',
  commended: 'Được khen thưởng',
  not_commended: 'Không khen thưởng',
}

export const pactStatusLabels: Record<PactStatus, string> = {
  signed: 'Đã ký kết',
  assessed: 'Đã đánh giá cuối năm',
}

export const actionLabels: Record<string, string> = {
  register: 'Đăng ký',
  sign: 'Ký kết',
  self_assess: 'Tự đánh giá',
  review: 'Xét (Hội đồng thi đua, Ban Dân vận)',
  commend: 'Khen thưởng',
  not_commend: 'Không khen thưởng',
  assess: 'Đánh giá cuối năm',
}

/** Kinds of the parties to a pact (tổ chức đoàn thể). */
export const partyKindLabels = {
  trade_union: 'Công đoàn',
  womens_union: 'Hội Liên hiệp Phụ nữ',
  youth_union: 'Đoàn Thanh niên',
  veterans_association: 'Hội Cựu chiến binh',
  farmers_association: 'Hội Nông dân',
  fatherland_front: 'Mặt trận Tổ quốc',
  other: 'Tổ chức khác',
} as const

export const proposalLabels = {
  commend: 'Đề nghị khen thưởng',
  not_commend: 'Không đề nghị khen thưởng',
} as const

const vnDate = (iso: string) => iso.split('-').reverse().join('/')

export const messages = {
  registrationNotFound: 'Không tìm thấy đăng ký thi đua.',
  pactNotFound: 'Không tìm thấy giao ước thi đua.',
  organizationNotFound: 'Không tìm thấy cơ quan, đơn vị trong phạm vi của bạn.',
  personRequired: 'Đăng ký của cá nhân phải có họ tên.',
  personNotForCollective: 'Đăng ký của tập thể không ghi họ tên cá nhân.',
  duplicateCollective: (year: number) => `Đơn vị đã đăng ký thi đua tập thể năm ${year}.`,
  outsideWindow: (from: string, to: string, source: string) =>
    `Thời gian đăng ký thi đua là từ ${vnDate(from)} đến ${vnDate(to)} (${source}).`,
  noWindow: (year: number) => `Chưa có quy định thời gian đăng ký thi đua cho năm ${year}.`,
  inFuture: 'Ngày không được sau ngày hôm nay.',
  beforeYearEnd: (year: number) => `Đánh giá cuối năm chỉ làm từ ngày 01/11/${year}.`,
  resultsCount: (n: number) => `Cần tự đánh giá đủ ${n} chỉ tiêu, theo đúng thứ tự đã đăng ký.`,
  signedInYear: 'Ngày ký phải thuộc năm của giao ước.',
  invalidTransition: (status: string, action: string) =>
    `Không thể thực hiện thao tác "${action}" khi đang ở trạng thái "${status}".`,
  required: {
    results: 'Hãy nhập kết quả từng chỉ tiêu.',
    councilOpinion: 'Hãy nhập ý kiến của Hội đồng thi đua.',
    boardOpinion: 'Hãy nhập ý kiến của Ban Dân vận.',
    proposal: 'Hãy chọn đề nghị của Hội đồng (khen thưởng hay không).',
    commendationTitle: 'Hãy nhập danh hiệu, hình thức khen thưởng.',
    awardedBy: 'Hãy nhập cấp, cơ quan khen thưởng.',
    decisionNumber: 'Hãy nhập số quyết định.',
    decidedOn: 'Hãy nhập ngày quyết định.',
    reason: 'Hãy nhập lý do.',
  } as Record<string, string>,
  stale: 'Dữ liệu đã được người khác thay đổi; hãy tải lại rồi thử lại.',
}
