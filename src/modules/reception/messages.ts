/** Vietnamese text of the reception module (API messages, labels, register headings). */

export const visitKindLabels: Record<string, string> = {
  regular: 'Thường xuyên',
  periodic: 'Định kỳ',
  ad_hoc: 'Đột xuất',
  online: 'Trực tuyến',
}

export const outcomeLabels: Record<string, string> = {
  cases: 'Tiếp nhận đơn, tạo hồ sơ',
  guided: 'Hướng dẫn, giải thích',
  refused: 'Từ chối tiếp',
  recorded: 'Ghi nhận ý kiến',
}

export const hostRoleLabels: Record<string, string> = {
  commune_chair: 'Chủ tịch UBND cấp xã',
  province_chair: 'Chủ tịch UBND cấp tỉnh',
  agency_head: 'Thủ trưởng cơ quan hành chính nhà nước',
  public_unit_head: 'Người đứng đầu đơn vị sự nghiệp công lập',
  province_party_secretary: 'Bí thư Tỉnh ủy, Thành ủy',
  commune_party_secretary: 'Bí thư Đảng ủy cấp xã',
}

export const perLabels: Record<string, string> = { week: 'tuần', month: 'tháng' }

const formatVn = (date: string): string => date.split('-').reverse().join('/')

export const messages = {
  organizationMissing: 'Tài khoản của bạn chưa thuộc cơ quan, đơn vị nào nên không thể ghi lượt tiếp.',
  organizationUnknown: 'Không tìm thấy cơ quan, đơn vị.',
  visitInFuture: 'Thời điểm tiếp không được ở tương lai.',
  unitUnknown: (code: string) => `Mã đơn vị hành chính ${code} không có trong danh mục xã, phường, tỉnh.`,
  visitNotFound: 'Không tìm thấy lượt tiếp công dân.',
  searchFilterNotForVisits: (filter: string) =>
    `Bộ lọc ${filter} không áp dụng cho lượt tiếp công dân; hãy bỏ bộ lọc này hoặc tìm hồ sơ.`,
  searchOutcomeUnknown:
    'Với lượt tiếp công dân, trạng thái là kết quả tiếp: cases (tạo hồ sơ), guided (hướng dẫn), refused (từ chối) hoặc recorded (ghi nhận).',
  protectedVisitor: 'Người tố cáo (được giữ bí mật)',
  searchPlace: 'Địa điểm',
  sessionNotFound: 'Không tìm thấy buổi tiếp công dân.',
  taskNotFound: 'Không tìm thấy nội dung chỉ đạo.',
  noticeNotFound: 'Không tìm thấy thông báo từ chối tiếp.',
  placeNotFound: 'Không tìm thấy địa điểm tiếp công dân của đơn vị.',
  caseNotFound: 'Không tìm thấy hồ sơ cần liên kết trong đơn vị.',
  repeatNotFound: 'Không tìm thấy lượt tiếp trước trong đơn vị.',
  repeatOfPlainVisit:
    'Lượt tiếp có nội dung tố cáo được giữ bí mật danh tính chỉ được ghi là tiếp lại của một lượt tiếp cũng được giữ bí mật (Luật Tố cáo Điều 47).',
  notProtected: 'Lượt tiếp này không có danh tính cần giữ bí mật.',
  range: 'Ngày bắt đầu phải trước hoặc bằng ngày kết thúc, và khoảng thời gian không quá 366 ngày.',
  groupTooSmall: 'Số người cùng nội dung không được ít hơn số công dân đã ghi tên.',
  representativesRequired: (size: number, min: number, max: number, source: string) =>
    `Nhóm ${size} người cùng nội dung phải cử từ ${min} đến ${max} người đại diện (${source}).`,
  representativesOpen: (size: number, min: number, max: number, source: string) =>
    `Nhóm ${size} người cùng nội dung phải cử ít nhất ${min} và tối đa ${max} người đại diện (${source}).`,
  representativesSmallGroup:
    'Chỉ nhóm từ 5 người trở lên mới cử người đại diện; số người đại diện không được lớn hơn số người.',
  representativeNotMember: (name: string) =>
    `${name} không có trong danh sách người cùng nội dung; người đại diện phải là người khiếu nại, tố cáo, kiến nghị, phản ánh (Luật Tiếp công dân Điều 29).`,
  appointmentRequired: (source: string) =>
    `Cần văn bản cử người đại diện có chữ ký của tất cả những người cùng nội dung (${source}).`,
  casesRequired: 'Kết quả "tạo hồ sơ" cần ít nhất một hồ sơ mới hoặc một hồ sơ được liên kết.',
  casesOnlyWithOutcome: 'Chỉ tạo hồ sơ khi kết quả là "tạo hồ sơ".',
  refusalGroundRequired: 'Hãy chọn lý do từ chối tiếp theo danh mục quy định.',
  refusalGroundUnknown: (date: string) =>
    `Lý do từ chối không có trong danh mục có hiệu lực ngày ${formatVn(date)} (Luật Tiếp công dân Điều 9, Nghị định 154/2026/NĐ-CP Điều 4).`,
  refusalGroundOnlyWhenRefused: 'Chỉ ghi lý do từ chối khi kết quả là "từ chối tiếp".',
  onlineBeforeReform:
    'Tiếp công dân trực tuyến chỉ áp dụng từ ngày 01/07/2026 (Nghị định 154/2026/NĐ-CP Chương V).',
  onlineDetailsRequired: 'Buổi tiếp trực tuyến cần đường dẫn và ngày thông báo cho công dân.',
  onlineNoticeLate: (sent: string, earliest: string, source: string) =>
    `Thông báo ngày ${formatVn(sent)} chưa đủ 5 ngày làm việc trước buổi tiếp trực tuyến; buổi tiếp sớm nhất là ngày ${formatVn(earliest)} (${source}).`,
  onlineProtectedDenouncer:
    'Không tiếp trực tuyến nội dung tố cáo khi người tố cáo yêu cầu giữ bí mật danh tính (Nghị định 154/2026/NĐ-CP); hãy tiếp trực tiếp.',
  sessionClosed: 'Buổi tiếp đã kết thúc hoặc đã hủy.',
  sessionOtherOrganization: 'Buổi tiếp không thuộc đơn vị của lượt tiếp.',
  taskDone: 'Nội dung chỉ đạo này đã hoàn thành.',
  noticeIssued: 'Thông báo này đã được ban hành.',
  noticeBeforeVisit: 'Ngày ban hành không được trước ngày tiếp.',
  shortfall: (
    role: string,
    name: string | null,
    from: string,
    to: string,
    need: number,
    per: string,
    got: number,
  ) =>
    `${role}${name ? ` (${name})` : ''}: từ ${formatVn(from)} đến ${formatVn(to)} cần ít nhất ${need} ngày tiếp mỗi ${per}, mới có ${got} buổi trong lịch.`,
}

/** Column headings of the reception register, form 03/TCD (NĐ 154/2026). */
export const registerColumns = [
  { header: 'STT', width: 6 },
  { header: 'Ngày tiếp', width: 12 },
  { header: 'Họ tên - Địa chỉ', width: 28 },
  { header: 'Số CCCD/Hộ chiếu', width: 16 },
  { header: 'Nội dung vụ việc', width: 40 },
  { header: 'Phân loại đơn/vụ việc (KN/TC/KN-PA)', width: 12 },
  { header: 'Số người cùng nội dung', width: 10 },
  { header: 'Cơ quan đã giải quyết (hết thẩm quyền)', width: 20 },
  { header: 'Thuộc thẩm quyền', width: 10 },
  { header: 'Hướng dẫn (cơ quan, số văn bản)', width: 24 },
  { header: 'Cơ quan tiếp nhận, số văn bản chuyển đơn', width: 24 },
  { header: 'Theo dõi kết quả giải quyết', width: 24 },
  { header: 'Ghi chú', width: 18 },
] as const

export const registerTexts = {
  nation: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  motto: 'Độc lập - Tự do - Hạnh phúc',
  title: 'SỔ TIẾP CÔNG DÂN',
  form: 'Mẫu số 03/TCD',
  period: (from: string, to: string) => `Từ ngày ${formatVn(from)} đến ngày ${formatVn(to)}`,
  countsTitle: 'TỔNG HỢP',
  countHeaders: ['Kỳ', 'Lượt tiếp', 'Số người', 'Số hồ sơ', 'Đoàn đông người', 'Lượt tiếp lại'],
  total: 'Cả kỳ',
  month: (m: string) => `Tháng ${m.slice(5, 7)}/${m.slice(0, 4)}`,
  subtree: 'Gồm các đơn vị trực thuộc',
}

export const refusalNoticeTexts = {
  title: 'THÔNG BÁO',
  subtitle: 'Về việc từ chối tiếp công dân',
  form: 'Mẫu số 01/TCD',
}

export { formatVn }
