import {
  DISTRICT_LEVEL_ENDED,
  type ModelAction,
  type ModelLevel,
  type ModelStatus,
} from './model-lifecycle.ts'
import type { OrganizationLevel } from '../organizations/index.ts'

/** The six built-in fields (legal-facts §7: economy, culture-society, defence-security, political system…). */
export const builtinModelFields = {
  economy: 'Kinh tế',
  culture_society: 'Văn hóa - xã hội',
  defence_security: 'Quốc phòng - an ninh',
  political_system: 'Xây dựng Đảng, hệ thống chính trị',
  administrative_reform: 'Cải cách hành chính',
  other: 'Lĩnh vực khác',
} as const

export const modelKindLabels = { model: 'Mô hình', exemplar: 'Điển hình' } as const

export const modelStatusLabels: Record<ModelStatus, string> = {
  draft: 'Đang soạn',
  submitted: 'Đã gửi đề nghị',
  returned: 'Trả lại để bổ sung',
  recognised: 'Đã được công nhận',
  awarded: 'Đã được khen thưởng',
  replicated: 'Đã nhân rộng',
  withdrawn: 'Đã rút, thu hồi',
}

export const modelActionLabels: Record<ModelAction, string> = {
  submit: 'Gửi đề nghị công nhận',
  return: 'Trả lại',
  resubmit: 'Gửi lại',
  recognise: 'Công nhận',
  award: 'Khen thưởng',
  replicate: 'Nhân rộng',
  withdraw: 'Rút, thu hồi',
}

export const modelLevelLabels: Record<ModelLevel, string> = {
  commune: 'Cấp xã',
  district: 'Cấp huyện (trước 01/07/2025)',
  province: 'Cấp tỉnh',
  central: 'Trung ương',
}

export const levelShort: Record<ModelLevel, string> = {
  commune: 'cấp xã',
  district: 'cấp huyện',
  province: 'cấp tỉnh',
  central: 'Trung ương',
}

/** The level of the organization recording a recognition (see `recordingLevels`). */
export const organizationLevelLabels: Record<OrganizationLevel, string> = {
  central: 'cấp Trung ương',
  province: 'cấp tỉnh',
  district: 'cấp huyện',
  commune: 'cấp xã',
  below_commune: 'dưới cấp xã (thôn, tổ dân phố)',
}

/** Steps of the history that are not lifecycle actions. */
export const modelEventLabels: Record<string, string> = {
  register: 'Đăng ký',
  edit: 'Sửa nội dung',
}

export const awardFormLabels = {
  certificate_of_merit: 'Bằng khen',
  commendation_certificate: 'Giấy khen',
} as const

const vnDate = (iso: string) => iso.split('-').reverse().join('/')

export const messages = {
  modelNotFound: 'Không tìm thấy mô hình, điển hình.',
  organizationNotFound: 'Không tìm thấy cơ quan, đơn vị trong phạm vi của bạn.',
  fieldUnknown: (code: string) => `Lĩnh vực “${code}” không có trong danh mục lĩnh vực đang dùng của đơn vị.`,
  fieldExists: (code: string) => `Mã lĩnh vực “${code}” đã có.`,
  fieldNotFound: 'Không tìm thấy lĩnh vực trong phạm vi của bạn.',
  unitNotFound: (code: string, at: string) => `Không có đơn vị hành chính mã ${code} vào ngày ${vnDate(at)}.`,
  personRequired: 'Điển hình cá nhân phải có họ tên người được đề nghị.',
  personNotForModel: 'Mô hình của tập thể không ghi họ tên cá nhân.',
  periodOrder: 'Ngày kết thúc không được trước ngày bắt đầu.',
  invalidTransition: (status: string, action: string) =>
    `Không thể thực hiện thao tác "${action}" khi mô hình đang ở trạng thái "${status}".`,
  required: {
    reason: 'Hãy nhập lý do.',
    level: 'Hãy chọn cấp công nhận.',
    decidingBody: 'Hãy nhập cơ quan quyết định công nhận.',
    decisionNumber: 'Hãy nhập số quyết định.',
    decidedOn: 'Hãy nhập ngày quyết định.',
    form: 'Hãy chọn hình thức khen thưởng.',
    awardedBy: 'Hãy nhập cấp, cơ quan khen thưởng.',
    awardedOn: 'Hãy nhập ngày khen thưởng.',
    note: 'Hãy ghi nơi, cách nhân rộng mô hình.',
  } as Record<string, string>,
  districtAbolished: `Cấp huyện chỉ dùng cho quyết định công nhận trước ngày ${vnDate(DISTRICT_LEVEL_ENDED)} (cấp huyện đã kết thúc hoạt động).`,
  levelNotRecorder: (level: ModelLevel, recorder: OrganizationLevel) =>
    level === 'district'
      ? `Quyết định công nhận cấp huyện (trước ${vnDate(DISTRICT_LEVEL_ENDED)}) do cơ quan cấp tỉnh nhập làm số liệu lịch sử; cơ quan của bạn ở ${organizationLevelLabels[recorder]}.`
      : `Chỉ cơ quan ${organizationLevelLabels[level]} ghi nhận được quyết định công nhận ${organizationLevelLabels[level]}; cơ quan của bạn ở ${organizationLevelLabels[recorder]}.`,
  notHigher: (current: string) => `Lần công nhận mới phải ở cấp cao hơn cấp hiện tại (${current}).`,
  beforePrevious: (previous: string) =>
    `Ngày quyết định không được trước lần công nhận gần nhất (${vnDate(previous)}).`,
  inFuture: 'Ngày quyết định không được sau ngày hôm nay.',
  awardBeforeRecognition: (on: string) =>
    `Ngày khen thưởng không được trước ngày mô hình được công nhận lần đầu (${vnDate(on)}).`,
  notEditable: (status: string) =>
    `Chỉ sửa được mô hình đang soạn hoặc bị trả lại để bổ sung; mô hình này đang ở trạng thái "${status}".`,
  unknownField: 'Trường này không được phép.',
  organizationFixed: 'Cơ quan, đơn vị đăng ký của mô hình không đổi được khi sửa.',
  stale: 'Dữ liệu đã được người khác thay đổi; hãy tải lại rồi thử lại.',
  fromAfterTo: 'Ngày bắt đầu kỳ không được sau ngày kết thúc.',
  rangeTooLong: 'Kỳ tổng hợp tối đa 20 năm.',
  noFiles: 'Hãy chọn ít nhất một tệp (ảnh, báo cáo, quyết định công nhận).',
  summaryNote:
    'Mỗi mô hình được tính một lần, ở cấp công nhận cao nhất trong kỳ và vào năm của quyết định đó; mô hình đã rút, thu hồi không được tính. Cấp huyện là số liệu lịch sử (trước 01/07/2025).',
}
