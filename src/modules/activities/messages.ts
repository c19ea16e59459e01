import type { ActivityKind, ActivityLevel, ParticipantGroup } from './kinds.ts'

/** Vietnamese names of the kinds (the back office and the summary use the same words). */
export const kindLabels: Record<ActivityKind, string> = {
  dialogue: 'Hội nghị đối thoại',
  supervision: 'Giám sát',
  social_criticism: 'Phản biện xã hội',
  training: 'Tập huấn, bồi dưỡng',
  dissemination: 'Quán triệt, phổ biến nghị quyết',
  field_visit: 'Cán bộ đi cơ sở',
  coordination_programme: 'Chương trình, quy chế phối hợp',
  neighbourhood_activity: 'Sinh hoạt khu dân cư',
  cofunded_project: 'Công trình "Nhà nước và Nhân dân cùng làm"',
}

export const levelLabels: Record<ActivityLevel, string> = {
  central: 'Trung ương',
  province: 'Cấp tỉnh',
  district: 'Cấp huyện (trước 01/07/2025)',
  commune: 'Cấp xã',
}

export const groupLabels: Record<ParticipantGroup, string> = {
  citizens: 'Nhân dân',
  officials: 'Cán bộ, công chức',
  party_members: 'Đảng viên',
  union_members: 'Đoàn viên, hội viên',
  businesses: 'Doanh nghiệp',
  youth: 'Đoàn viên thanh niên',
  women: 'Hội viên phụ nữ',
  farmers: 'Hội viên nông dân',
  veterans: 'Hội viên cựu chiến binh',
  households: 'Hộ gia đình',
  students: 'Học sinh, sinh viên',
  deputies: 'Đại biểu dân cử',
}

export const commitmentStatusLabels = {
  open: 'Đang thực hiện',
  extended: 'Đã gia hạn',
  done: 'Đã hoàn thành',
  cancelled: 'Đã hủy',
} as const

export const messages = {
  activityNotFound: 'Không tìm thấy hoạt động.',
  noFiles: 'Hãy chọn ít nhất một tệp (biên bản, ảnh, danh sách người tham dự).',
  commitmentNotFound: 'Không tìm thấy cam kết, kiến nghị.',
  organizationNotFound: 'Không tìm thấy cơ quan, đơn vị trong phạm vi của bạn.',
  ownerNotFound: 'Không tìm thấy cơ quan chịu trách nhiệm trong phạm vi của bạn.',
  ownerUserNotFound: 'Không tìm thấy cán bộ chịu trách nhiệm trong phạm vi của bạn.',
  ownerRequired: 'Hãy chọn cơ quan, cán bộ chịu trách nhiệm hoặc nhập tên cơ quan.',
  unitNotFound: (code: string, at: string) =>
    `Không có đơn vị hành chính mã ${code} vào ngày ${at.split('-').reverse().join('/')}.`,
  groupNotCounted: (kind: string) => `Nhóm người tham dự này không được thống kê cho loại ${kind}.`,
  noFollowUp: (kind: string) => `Loại hoạt động ${kind} không có cam kết, kiến nghị theo dõi.`,
  stale: 'Dữ liệu đã được người khác thay đổi; hãy tải lại rồi thử lại.',
  invalidTransition: (status: string, action: string) =>
    `Không thể thực hiện thao tác "${action}" khi cam kết đang ở trạng thái "${status}".`,
  dueBeforeCommitted: 'Hạn thực hiện không được trước ngày cam kết.',
  extendNotLater: 'Hạn mới phải sau hạn hiện tại.',
  fromAfterTo: 'Ngày bắt đầu kỳ không được sau ngày kết thúc.',
  rangeTooLong: 'Kỳ tổng hợp tối đa 10 năm.',
  levelMismatch: 'Cấp huyện chỉ dùng cho hoạt động trước ngày 01/07/2025 (cấp huyện đã kết thúc hoạt động).',
  remapNote:
    'Số liệu ghi nhận theo địa giới cũ (trước 01/07/2025) được quy về đơn vị hành chính hiện nay qua quan hệ kế thừa; một hoạt động của huyện cũ được tính một lần cho mỗi tỉnh hiện nay có xã kế thừa.',
  commitmentsExist: 'Không đổi được loại hoạt động đã có cam kết, kiến nghị.',
}

/** Actions on a commitment, in Vietnamese (the board's buttons). */
export const actionLabels: Record<string, string> = {
  complete: 'Hoàn thành',
  extend: 'Gia hạn',
  cancel: 'Hủy',
  reopen: 'Mở lại',
}

/** Counting nouns for the summary's sentences ("241 hội nghị đối thoại (3 cấp tỉnh; 216 cấp xã)"). */
export const kindNouns: Record<ActivityKind, string> = {
  dialogue: 'hội nghị đối thoại',
  supervision: 'cuộc giám sát',
  social_criticism: 'hoạt động phản biện xã hội',
  training: 'lớp tập huấn, bồi dưỡng',
  dissemination: 'hội nghị quán triệt, phổ biến',
  field_visit: 'lượt cán bộ đi cơ sở',
  coordination_programme: 'chương trình, quy chế phối hợp',
  neighbourhood_activity: 'buổi sinh hoạt khu dân cư',
  cofunded_project: 'công trình "Nhà nước và Nhân dân cùng làm"',
}

export const levelShort: Record<ActivityLevel, string> = {
  central: 'Trung ương',
  province: 'cấp tỉnh',
  district: 'cấp huyện',
  commune: 'cấp xã',
}
