export const kindLabels = {
  staff: 'Hội nghị cán bộ, công chức, viên chức, người lao động',
  workers: 'Hội nghị người lao động',
} as const

export const formLabels = { full: 'Toàn thể', delegates: 'Đại biểu' } as const
export const ownershipLabels = {
  state: 'Doanh nghiệp nhà nước',
  private: 'Doanh nghiệp ngoài nhà nước',
} as const
export const conferenceStateLabels = { recorded: 'Đang ghi nhận', withdrawn: 'Đã rút' } as const
export const conferenceActionLabels = {
  record: 'Ghi nhận',
  correct: 'Đính chính',
  withdraw: 'Rút bản ghi',
} as const

export const timingLabels = {
  on_time: 'Đúng thời hạn',
  early: 'Trước khi hết năm',
  late: 'Quá thời hạn',
} as const

export const messages = {
  organizationNotFound: 'Không tìm thấy cơ quan, đơn vị trong phạm vi của bạn.',
  enterpriseNotFound: 'Không tìm thấy doanh nghiệp trong phạm vi của bạn.',
  conferenceNotFound: 'Không tìm thấy hội nghị.',
  rulesNotFound: 'Không tìm thấy quy chế dân chủ.',
  enterpriseRequired: 'Hội nghị người lao động phải gắn với một doanh nghiệp.',
  enterpriseNotForStaff: 'Hội nghị cán bộ, công chức không gắn với doanh nghiệp.',
  taxCodeTaken: 'Mã số thuế này đã có trong danh sách doanh nghiệp.',
  unitNotFound: (code: string) => `Không có xã, phường nào mang mã ${code} hiện nay.`,
  effectiveBeforeAdopted: 'Ngày hiệu lực không được trước ngày ban hành.',
  noRule: 'Sổ quy tắc chưa có quy định về hội nghị hằng năm (Luật 10/2022/QH15 Điều 51, 69).',
  noFiles: 'Hãy chọn ít nhất một tệp (biên bản hội nghị, quyết định ban hành quy chế).',
  invalidReason: 'Hội nghị không hợp lệ',
  invalidTransition: (state: string, action: string) =>
    `Không thể thực hiện thao tác "${action}" với hội nghị ${state === 'withdrawn' ? 'đã rút' : 'đang ghi nhận'}.`,
  notCorrectable:
    'Không đính chính được trường này (loại hội nghị, cơ quan, doanh nghiệp); hãy rút bản ghi rồi ghi nhận lại.',
  enterpriseInvalidTransition: (status: string, action: string) =>
    `Không thể thực hiện thao tác "${action}" với doanh nghiệp ${status === 'inactive' ? 'đã ngừng theo dõi' : 'đang theo dõi'}.`,
  reasonRequired: 'Hãy nhập lý do ngừng theo dõi (giải thể, chuyển đi, sáp nhập…).',
  stale: 'Dữ liệu đã được người khác thay đổi; hãy tải lại rồi thử lại.',
} as const

/**
 * Kinds of organization that hold a staff conference: state agencies and bodies with paid staff. The
 * People's Inspection Board and the Community Investment Supervision Board are boards of citizens (Law
 * 10/2022 Art. 36, 41), the root 'system' node is not an agency.
 */
export const agencyKinds = [
  'ministry',
  'people_committee',
  'people_council',
  'department',
  'party_mobilization_board',
  'fatherland_front',
  'mass_organization',
  'inspectorate',
  'other',
] as const

/** Why an enterprise must hold the workers' conference. */
export const enterpriseBasis = {
  state: 'Luật Thực hiện dân chủ ở cơ sở 10/2022/QH15 Điều 69',
  private:
    'Luật Thực hiện dân chủ ở cơ sở 10/2022/QH15 Điều 82 (theo pháp luật lao động: Bộ luật Lao động 2019, Nghị định 145/2020/NĐ-CP — điều khoản cụ thể CHƯA KIỂM CHỨNG)',
} as const
