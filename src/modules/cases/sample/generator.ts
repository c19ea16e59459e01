/**
 * Realistic Vietnamese case content from a seeded PRNG: the same seed always gives the same cases, so the
 * demo data and the benchmark data are reproducible.
 */
import type { CaseKind } from '../lifecycles/index.ts'

/** mulberry32: small, fast, good enough for sample data (not for secrets). */
export function prng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export type Random = () => number
export const pick = <T>(random: Random, items: readonly T[]): T =>
  items[Math.floor(random() * items.length)] as T
export const between = (random: Random, min: number, max: number): number =>
  min + Math.floor(random() * (max - min + 1))

const families = [
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Hoàng',
  'Huỳnh',
  'Phan',
  'Vũ',
  'Võ',
  'Đặng',
  'Bùi',
  'Đỗ',
  'Hồ',
  'Ngô',
  'Dương',
  'Lý',
]
const middles = ['Văn', 'Thị', 'Đức', 'Minh', 'Ngọc', 'Thu', 'Quang', 'Hữu', 'Thanh', 'Xuân', 'Kim', 'Công']
const givens = [
  'An',
  'Bình',
  'Cường',
  'Dũng',
  'Giang',
  'Hà',
  'Hải',
  'Hạnh',
  'Hoa',
  'Hùng',
  'Hương',
  'Khánh',
  'Lan',
  'Long',
  'Mai',
  'Nam',
  'Phúc',
  'Quân',
  'Sơn',
  'Tâm',
  'Thảo',
  'Trang',
  'Tuấn',
  'Vân',
  'Yến',
]
const streets = [
  'phố Đội Cấn',
  'phố Kim Mã',
  'phố Hàng Bông',
  'phố Hàng Gai',
  'đường Núi Đôi',
  'thôn Đông Xuân',
  'ngõ Văn Chương',
  'phố Quán Thánh',
  'thôn Phù Linh',
  'phố Lý Thái Tổ',
]

export const personName = (random: Random): string =>
  `${pick(random, families)} ${pick(random, middles)} ${pick(random, givens)}`

export const sampleCitizen = (random: Random, unitCode: string) => ({
  fullName: personName(random),
  idNumber: `0010${between(random, 10, 99)}${String(between(random, 0, 999999)).padStart(6, '0')}`,
  phone: `09${String(between(random, 0, 99999999)).padStart(8, '0')}`,
  address: { unitCode, detail: `Số ${between(random, 1, 200)} ${pick(random, streets)}` },
})

/** [field, summary, content] per kind: what commune offices actually receive. */
const subjects: Record<CaseKind, [string, string, string][]> = {
  complaint: [
    [
      'land',
      'Khiếu nại quyết định thu hồi đất',
      'Không đồng ý với quyết định thu hồi đất nông nghiệp vì diện tích đo đạc sai so với sổ đỏ.',
    ],
    [
      'compensation',
      'Khiếu nại phương án bồi thường, hỗ trợ',
      'Đơn giá bồi thường thấp hơn giá thị trường, chưa tính tài sản trên đất.',
    ],
    [
      'construction',
      'Khiếu nại quyết định xử phạt xây dựng',
      'Quyết định xử phạt vi phạm trật tự xây dựng không đúng đối tượng.',
    ],
    [
      'social_policy',
      'Khiếu nại việc cắt trợ cấp xã hội',
      'Gia đình thuộc diện hộ nghèo nhưng bị cắt trợ cấp mà không được thông báo lý do.',
    ],
    [
      'administrative_procedure',
      'Khiếu nại việc từ chối cấp giấy phép',
      'Hồ sơ xin cấp phép xây dựng đầy đủ nhưng bị từ chối không nêu căn cứ.',
    ],
  ],
  denunciation: [
    [
      'officials_conduct',
      'Tố cáo cán bộ địa chính nhận tiền',
      'Cán bộ địa chính yêu cầu nộp tiền ngoài quy định để làm thủ tục sang tên.',
    ],
    [
      'land',
      'Tố cáo lấn chiếm đất công',
      'Một hộ dân xây tường rào lấn chiếm đất hành lang giao thông, chính quyền chưa xử lý.',
    ],
    [
      'environment',
      'Tố cáo cơ sở xả thải trái phép',
      'Cơ sở sản xuất xả nước thải chưa qua xử lý ra kênh tưới tiêu vào ban đêm.',
    ],
    [
      'officials_conduct',
      'Tố cáo vi phạm trong bình xét hộ nghèo',
      'Trưởng thôn đưa người thân không đủ điều kiện vào danh sách hộ nghèo.',
    ],
  ],
  petition: [
    [
      'construction',
      'Kiến nghị sửa chữa đường ngõ xuống cấp',
      'Đường ngõ xuống cấp, mùa mưa ngập sâu, đề nghị phường sớm cải tạo.',
    ],
    [
      'environment',
      'Kiến nghị bố trí điểm tập kết rác',
      'Rác thải tập kết tự phát gây ô nhiễm, đề nghị bố trí điểm tập kết và giờ thu gom.',
    ],
    [
      'social_policy',
      'Kiến nghị hỗ trợ người cao tuổi neo đơn',
      'Đề nghị xem xét hỗ trợ bảo trợ xã hội cho cụ bà neo đơn trong tổ dân phố.',
    ],
    [
      'administrative_procedure',
      'Kiến nghị rút ngắn thời gian chứng thực',
      'Thời gian chờ chứng thực tại bộ phận một cửa quá lâu, đề nghị bổ sung quầy.',
    ],
  ],
  feedback: [
    [
      'construction',
      'Phản ánh đèn chiếu sáng hỏng',
      'Đèn chiếu sáng công cộng tại ngõ hỏng nhiều ngày, đi lại ban đêm nguy hiểm.',
    ],
    [
      'environment',
      'Phản ánh tiếng ồn karaoke',
      'Quán karaoke hoạt động quá 23 giờ gây ồn ào ảnh hưởng khu dân cư.',
    ],
    [
      'administrative_procedure',
      'Phản ánh thái độ tiếp dân',
      'Cán bộ bộ phận một cửa có thái độ thiếu tôn trọng khi hướng dẫn thủ tục.',
    ],
    [
      'other',
      'Phản ánh tình trạng lấn chiếm vỉa hè',
      'Các hộ kinh doanh lấn chiếm vỉa hè, người đi bộ phải đi xuống lòng đường.',
    ],
  ],
}

export function sampleContent(random: Random, kind: CaseKind) {
  const [field, summary, content] = pick(random, subjects[kind])
  return { field, summary, content }
}

export const sampleKind = (random: Random): CaseKind => {
  const r = random()
  return r < 0.35 ? 'complaint' : r < 0.5 ? 'denunciation' : r < 0.8 ? 'petition' : 'feedback'
}

/** Plausible values for the fields lifecycle steps require. */
export function sampleStepBody(random: Random, required: readonly string[], stepDate: string) {
  const values: Record<string, string> = {
    reason: pick(random, [
      'Đơn trùng nội dung đã giải quyết',
      'Cần xác minh thêm tại nhiều địa điểm',
      'Chờ kết quả giám định',
    ]),
    legalBasis: pick(random, ['Luật Khiếu nại Điều 11', 'NĐ 155/2026 Điều 12', 'Luật Tố cáo Điều 29']),
    decisionNumber: `${between(random, 1, 450)}/QĐ-UBND`,
    conclusionNumber: `${between(random, 1, 120)}/KL-UBND`,
    result: pick(random, [
      'Khiếu nại đúng một phần',
      'Giữ nguyên quyết định',
      'Tố cáo sai',
      'Tố cáo đúng một phần',
    ]),
    answer: 'UBND đã giao bộ phận chuyên môn kiểm tra, xử lý và thông báo kết quả tới công dân.',
    targetOrganization: 'Thanh tra thành phố Hà Nội',
    competentBody: 'Tòa án nhân dân khu vực 1 – Hà Nội',
    enforcementNote: 'Đã tổ chức thi hành quyết định',
    court: 'Tòa án nhân dân khu vực 1 – Hà Nội',
  }
  const body: Record<string, string> = {}
  for (const field of required)
    body[field] = field.endsWith('Date') ? stepDate : (values[field] ?? 'Theo hồ sơ')
  return body
}
