/** Vietnamese user-facing text of search, duplicates and exports. */
export const messages = {
  visitSearchUnavailable:
    'Tìm kiếm lượt tiếp công dân chưa được bật: mô-đun tiếp công dân chưa có trên máy chủ này.',
  badCursor: 'Con trỏ phân trang không hợp lệ.',
  matterOpen: 'Đang mở',
  matterClosed: 'Đã đóng',
  reasons: {
    same_id_number: (v: string) => `Trùng số giấy tờ tùy thân ${v}`,
    same_phone: (v: string) => `Trùng số điện thoại ${v}`,
    same_name_address: (name: string) => `Cùng họ tên và địa chỉ (${name})`,
    similar_name_address: (name: string) => `Họ tên gần giống (${name}) và cùng địa chỉ`,
    similar_content: (percent: number) => `Nội dung tương tự (${percent}%)`,
  },
}

/** Tiêu đề cột của bảng Excel xuất hồ sơ. */
export const exportHeaders = {
  trackingCode: 'Mã hồ sơ',
  receivedAt: 'Ngày tiếp nhận',
  kind: 'Loại đơn',
  channel: 'Kênh tiếp nhận',
  field: 'Lĩnh vực',
  citizen: 'Người gửi',
  summary: 'Tóm tắt nội dung',
  status: 'Trạng thái',
  dueDate: 'Hạn xử lý',
  overdue: 'Quá hạn',
  organization: 'Cơ quan tiếp nhận',
}

export const kindLabels: Record<string, string> = {
  complaint: 'Khiếu nại',
  denunciation: 'Tố cáo',
  petition: 'Kiến nghị',
  feedback: 'Phản ánh',
}

export const channelLabels: Record<string, string> = {
  in_person: 'Trực tiếp',
  portal: 'Cổng thông tin',
  hotline: 'Đường dây nóng',
  email: 'Thư điện tử',
  post: 'Bưu chính',
  forwarded: 'Cơ quan khác chuyển đến',
}

export const fieldLabels: Record<string, string> = {
  land: 'Đất đai',
  compensation: 'Bồi thường, hỗ trợ, tái định cư',
  construction: 'Xây dựng',
  environment: 'Môi trường',
  social_policy: 'Chính sách xã hội',
  administrative_procedure: 'Thủ tục hành chính',
  officials_conduct: 'Cán bộ, công chức',
  justice: 'Tư pháp',
  other: 'Khác',
}
