/** Vietnamese text of the cases module (API messages, notification texts). */
export const labels = {
  protectedDenouncer: 'Người tố cáo (được bảo vệ)',
  protectedCitizen: 'Người gửi đơn (được bảo vệ)',
  anonymousSender: 'Người gửi giấu tên',
}

export const kindLabels: Record<string, string> = {
  complaint: 'Khiếu nại',
  denunciation: 'Tố cáo',
  petition: 'Kiến nghị',
  feedback: 'Phản ánh',
}

export const messages = {
  caseNotFound: 'Không tìm thấy hồ sơ.',
  trackingNotFound: 'Không tìm thấy hồ sơ với mã tra cứu này. Hãy kiểm tra lại mã (ví dụ DV-7K3M-9Q2X).',
  stale: 'Hồ sơ vừa được người khác cập nhật. Hãy tải lại hồ sơ để xem thay đổi trước khi thao tác tiếp.',
  organizationMissing: 'Tài khoản của bạn chưa thuộc cơ quan, đơn vị nào nên không thể tiếp nhận đơn.',
  anonymousWithCitizen: 'Đơn giấu tên không kèm thông tin người gửi.',
  matterNotFound: 'Không tìm thấy vụ việc phức tạp, kéo dài này.',
  letterNotFound: 'Không tìm thấy lá đơn cần tách.',
  assigneeNotFound:
    'Cán bộ được giao phải là người xử lý đơn đang hoạt động, thuộc cơ quan nhận hồ sơ hoặc đơn vị trực thuộc.',
  notProtected: 'Hồ sơ này không có danh tính được bảo vệ.',
  unitUnknown: (code: string): string =>
    `Không có xã, phường hay tỉnh nào mang mã ${code}; hãy chọn đơn vị hành chính trong danh mục.`,
  noFiles: 'Hãy chọn ít nhất một tệp để đính kèm.',
  protectedAttachment:
    'Tệp này thuộc hồ sơ tố cáo có danh tính người tố cáo được bảo vệ; chỉ lãnh đạo có thẩm quyền được mở, kèm lý do.',
  revealReasonNeeded: 'Hãy ghi lý do mở tệp (ít nhất 20 ký tự); lý do được ghi vào nhật ký.',
  extensionNeedsComplexity:
    'Chỉ gia hạn khi vụ việc phức tạp hoặc đặc biệt phức tạp (Luật Tố cáo Điều 30). Hãy chọn mức độ phức tạp.',
  extensionsExhausted: (max: number) =>
    `Vụ việc đã được gia hạn ${max} lần, là số lần tối đa theo Luật Tố cáo Điều 30.`,
  organizationUnknown: 'Không tìm thấy cơ quan nhận đơn.',
  notAnswered: 'Chỉ đánh giá được sau khi cơ quan đã trả lời.',
  alreadyRated: 'Câu trả lời này đã được đánh giá; mỗi câu trả lời chỉ đánh giá một lần.',
}
