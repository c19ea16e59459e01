import type { EvidenceType, Rating } from './criteria.ts'
import type { EvaluationAction, EvaluationStatus } from './lifecycle.ts'

export const ratingLabels: Record<Rating, string> = {
  good: 'Tốt',
  fair: 'Khá',
  average: 'Trung bình',
  not_met: 'Chưa đạt',
}

export const statusLabels: Record<EvaluationStatus, string> = {
  draft: 'Đang tự đánh giá',
  submitted: 'Đã gửi, chờ cấp trên đánh giá',
  returned: 'Cấp trên trả lại',
  rated: 'Đã xếp loại',
}

export const actionLabels: Record<EvaluationAction, string> = {
  submit: 'Gửi cấp trên',
  return: 'Trả lại để bổ sung',
  rate: 'Đánh giá, xếp loại',
  reopen: 'Mở lại để đánh giá lại',
}

export const evidenceLabels: Record<EvidenceType, string> = {
  document: 'Văn bản, báo cáo',
  minutes: 'Biên bản',
  photo: 'Hình ảnh',
  link: 'Đường dẫn trang thông tin',
  register: 'Sổ sách (sổ tiếp công dân, sổ theo dõi hồ sơ)',
  statistics: 'Số liệu thống kê',
  survey: 'Phiếu khảo sát',
}

export const messages = {
  evaluationNotFound: 'Không tìm thấy bản đánh giá.',
  setNotFound: 'Không tìm thấy bộ tiêu chí.',
  organizationNotFound: 'Không tìm thấy cơ quan, đơn vị trong phạm vi của bạn.',
  noSetInForce: (year: number, province: string | null) =>
    `Chưa có bộ tiêu chí nào có hiệu lực ngày 31/12/${year}${province ? ` cho tỉnh mã ${province}` : ''}.`,
  duplicate: (year: number) => `Đơn vị này đã có bản đánh giá năm ${year}.`,
  unknownCriterion: (code: string) => `Bộ tiêu chí không có tiêu chí mã ${code}.`,
  scoreAbove: (max: number) => `Điểm không được vượt quá ${String(max).replace('.', ',')} điểm tối đa.`,
  scoreMissing: 'Hãy chấm điểm tiêu chí này trước khi gửi.',
  evidenceMissing: 'Tiêu chí có điểm phải có minh chứng (mô tả, đường dẫn hoặc tệp).',
  notEditable: (status: string) =>
    `Chỉ sửa điểm, minh chứng khi bản đánh giá đang tự đánh giá hoặc bị trả lại (hiện: "${status}").`,
  invalidTransition: (status: string, action: string) =>
    `Không thể thực hiện thao tác "${action}" khi bản đánh giá đang ở trạng thái "${status}".`,
  commentRequired: 'Hãy nhập nhận xét (hoặc lý do).',
  reviewerNotAbove:
    'Việc đánh giá, xếp loại do cơ quan cấp trên của đơn vị được đánh giá thực hiện, không phải chính đơn vị.',
  assessorNotSelf: 'Chỉ chính đơn vị được đánh giá mới lập, sửa và gửi bản tự đánh giá của mình.',
  stale: 'Dữ liệu đã được người khác thay đổi; hãy tải lại rồi thử lại.',
  overlap: (from: string) =>
    `Bộ tiêu chí cùng mã đã có phiên bản hiệu lực từ ${from.split('-').reverse().join('/')} trở đi; phiên bản mới phải bắt đầu sau ngày đó.`,
  provinceLevelOnly: 'Bộ tiêu chí của tỉnh do cơ quan cấp tỉnh ban hành.',
  provinceRequired: 'Tài khoản của bạn không gắn với tỉnh nào nên không ban hành được bộ tiêu chí của tỉnh.',
  noFiles: 'Hãy chọn ít nhất một tệp minh chứng.',
} as const
