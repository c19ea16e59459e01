/** Vietnamese texts of the e-mail channel: reasons recorded for refused mail, errors, alerts. */
export const reasons = {
  oversized: (limitMb: number) => `Thư vượt quá dung lượng cho phép (${limitMb} MB).`,
  malformed: 'Thư không đúng định dạng: thiếu hoặc sai địa chỉ người gửi (From).',
  from_mismatch: (header: string, envelope: string) =>
    `Địa chỉ người gửi trong thư (${header}) khác địa chỉ gửi thực tế (${envelope}).`,
  blocked_sender: (address: string) => `Người gửi ${address} đã bị đơn vị chặn.`,
  attachment_type: (problem: string) => `Thư có tệp đính kèm không được nhận: ${problem}`,
  attachment_size: (problem: string) => `Thư có tệp đính kèm quá lớn: ${problem}`,
  attachment_count: (count: number, max: number) =>
    `Thư có ${count} tệp đính kèm, vượt giới hạn ${max} tệp mỗi đơn.`,
  no_content: 'Thư không có nội dung và không có tệp đính kèm.',
} as const
export type ReasonCode = keyof typeof reasons

export const smtpReplies = {
  unknownRecipient: 'Khong co hop thu nay / No such mailbox',
  rejected: 'Thu bi tu choi / Message rejected',
  tooBig: 'Thu qua lon / Message too large',
}

export const messages = {
  mailNotFound: 'Không tìm thấy thư.',
  notDraft: 'Thư này không còn ở trạng thái chờ xác nhận.',
  outboundNotConfigured: 'Máy chủ gửi thư chưa được cấu hình (SMTP_HOST); không gửi được thư trả lời.',
  noRecipient: 'Hồ sơ không có địa chỉ e-mail của công dân; hãy nhập địa chỉ nhận (to).',
  caseNotFound: 'Không tìm thấy hồ sơ.',
  replySubject: (code: string, subject: string) => `[${code}] ${subject}`,
  defaultReplySubject: 'Trả lời đơn của ông/bà',
  draftCitizenMissing: 'Hãy nhập họ tên người gửi đơn.',
  inboxAlert: (organization: string, days: number, drafts: number) => ({
    title: `Hộp thư điện tử của ${organization} chưa được mở`,
    body: `Hộp thư tiếp nhận đơn qua thư điện tử chưa được mở trong ${days} ngày làm việc; đang có ${drafts} thư chờ xác nhận. Đề nghị chỉ đạo xử lý.`,
  }),
}
