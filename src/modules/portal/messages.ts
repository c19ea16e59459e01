/** Vietnamese text of the citizen portal. */
export const site = {
  name: 'Dân Vận Số',
  tagline: 'Cổng thông tin công dân',
  skip: 'Bỏ qua, đến nội dung chính',
  nav: {
    label: 'Cổng thông tin công dân',
    home: 'Trang chủ',
    send: 'Gửi phản ánh, kiến nghị',
    track: 'Tra cứu hồ sơ',
    answers: 'Câu trả lời đã công khai',
    schedule: 'Lịch tiếp công dân',
    models: 'Mô hình “Dân vận khéo”',
  },
  prefs: {
    label: 'Tùy chỉnh hiển thị',
    smaller: 'Giảm cỡ chữ',
    larger: 'Tăng cỡ chữ',
    normal: 'Cỡ chữ mặc định',
    contrastOn: 'Bật chế độ tương phản cao',
    contrastOff: 'Tắt chế độ tương phản cao',
  },
  footer:
    'Dân Vận Số — nền tảng dân vận chính quyền. Thông tin bạn gửi chỉ dùng để giải quyết đơn, theo Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15.',
  hotlineNote: 'Trường hợp khẩn cấp, hãy gọi đường dây nóng của cơ quan.',
}

export const kindNames = {
  feedback: 'Phản ánh',
  petition: 'Kiến nghị',
  complaint: 'Khiếu nại',
  denunciation: 'Tố cáo',
} as const

/** Plain words on the four kinds (Law on Complaints Art. 2, Law on Denunciations Art. 2, NĐ 20/2008 Art. 5). */
export const kindHelp = {
  feedback:
    'Báo cho cơ quan biết một việc đang xảy ra mà bạn thấy chưa đúng, chưa hợp lý: đường hỏng, rác thải, ồn ào, thủ tục chậm trễ, cán bộ gây phiền hà. Có thể gửi giấu tên.',
  petition:
    'Đề xuất, góp ý với cơ quan về một chính sách, quy định hoặc cách làm, để sửa đổi hoặc làm tốt hơn. Cơ quan sẽ trả lời bằng văn bản.',
  complaint:
    'Đề nghị xem xét lại một quyết định hoặc việc làm của cơ quan, cán bộ mà bạn cho là trái pháp luật và xâm phạm trực tiếp quyền, lợi ích của chính bạn (ví dụ: quyết định thu hồi đất, quyết định xử phạt).',
  denunciation:
    'Báo cho cơ quan có thẩm quyền biết hành vi vi phạm pháp luật của một cơ quan, cán bộ hay người bất kỳ gây thiệt hại cho Nhà nước hoặc người khác. Danh tính người tố cáo được giữ bí mật.',
} as const

export const sendText = {
  title: 'Gửi phản ánh, kiến nghị, khiếu nại, tố cáo',
  intro:
    'Điền mẫu dưới đây rồi bấm “Gửi đơn”. Bạn sẽ nhận được mã tra cứu để theo dõi. Các mục có dấu (bắt buộc) phải điền.',
  chooseKind: 'Bạn muốn gửi loại đơn nào? (bắt buộc)',
  whichKind: 'Chưa biết chọn loại nào?',
  complaintLimit: (days: number, source: string) =>
    `Thời hiệu khiếu nại là ${days} ngày, kể từ ngày bạn nhận được quyết định hoặc biết được việc làm bị khiếu nại; thời gian ốm đau, thiên tai, đi công tác, học tập ở xa… không tính vào thời hiệu (${source}).`,
  complaintLimitUnknown:
    'Khiếu nại phải gửi trong thời hiệu pháp luật quy định, tính từ ngày bạn nhận được quyết định hoặc biết được việc làm bị khiếu nại.',
  organization: 'Cơ quan nhận đơn (bắt buộc)',
  organizationHint:
    'Chọn cơ quan bạn muốn gửi đơn tới. Chưa rõ cơ quan nào? Hãy chọn Ủy ban nhân dân xã, phường nơi bạn ở.',
  organizationPlaceholder: '— Chọn cơ quan —',
  sender: 'Thông tin người gửi',
  fullName: 'Họ và tên',
  phone: 'Số điện thoại',
  phoneHint: 'Ví dụ 0912 345 678. Cần số điện thoại hoặc e-mail để cơ quan liên hệ, trả lời.',
  email: 'E-mail',
  emailHint: 'Nếu có, chúng tôi gửi mã tra cứu vào e-mail này.',
  anonymous: 'Gửi giấu tên (không ghi họ tên, số điện thoại, e-mail)',
  anonymousHint:
    'Chỉ phản ánh mới nên gửi giấu tên. Lưu ý: tố cáo giấu tên không được xử lý theo thủ tục tố cáo (Luật Tố cáo Điều 25); cơ quan chỉ dùng thông tin để kiểm tra, quản lý khi nội dung rõ ràng, có chứng cứ cụ thể. Đơn giấu tên không nhận được câu trả lời riêng.',
  protectIdentity: 'Đề nghị giữ bí mật họ tên, địa chỉ, bút tích của tôi (với đơn tố cáo)',
  protectIdentityHint:
    'Pháp luật bảo vệ bí mật danh tính người tố cáo (Luật Tố cáo Điều 47). Chỉ người có thẩm quyền được xem, và mỗi lần xem đều được ghi lại.',
  content: 'Nội dung đơn',
  summary: 'Tóm tắt nội dung (bắt buộc)',
  summaryHint: 'Một câu ngắn, ví dụ: “Đèn đường ngõ 12 Đội Cấn không sáng”.',
  body: 'Nội dung chi tiết (bắt buộc)',
  bodyHint: 'Việc gì, ở đâu, từ khi nào, ai liên quan, bạn đề nghị giải quyết thế nào.',
  attachments: 'Tệp đính kèm (không bắt buộc)',
  attachmentsHint: (files: number, mb: number) =>
    `Ảnh, giấy tờ liên quan: tối đa ${files} tệp PDF, ảnh (JPG, PNG, WebP), Word hoặc Excel, mỗi tệp không quá ${mb} MB.`,
  consentLegend: 'Đồng ý xử lý dữ liệu cá nhân',
  consentText:
    'Họ tên, số điện thoại, e-mail và nội dung bạn gửi là dữ liệu cá nhân. Cơ quan nhận đơn chỉ dùng chúng để xem xét, giải quyết và trả lời đơn của bạn; chỉ cán bộ được giao mới được xem; dữ liệu được lưu trữ theo quy định về lưu trữ. Bạn có quyền biết, xem, yêu cầu sửa hoặc xóa, và rút lại sự đồng ý, theo Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15.',
  consent: 'Tôi đồng ý để cơ quan nhà nước xử lý dữ liệu cá nhân của tôi để giải quyết đơn này (bắt buộc)',
  publishConsent: 'Tôi đồng ý công khai câu trả lời trên cổng này (không kèm họ tên, liên hệ của tôi)',
  honeypot: 'Trang web (để trống ô này)',
  submit: 'Gửi đơn',
  errorTitle: (n: number) => `Chưa gửi được đơn: có ${n} chỗ cần sửa`,
}

export const sendErrors = {
  kind: 'Hãy chọn loại đơn: phản ánh, kiến nghị, khiếu nại hoặc tố cáo.',
  organization: 'Hãy chọn cơ quan nhận đơn trong danh sách.',
  anonymous:
    'Chỉ phản ánh hoặc tố cáo mới được gửi giấu tên. Hãy bỏ chọn “Gửi giấu tên” và ghi họ tên, hoặc chọn loại “Phản ánh”.',
  fullName: 'Hãy nhập họ và tên của bạn (từ 2 đến 200 ký tự), hoặc chọn “Gửi giấu tên” nếu là phản ánh.',
  contact: 'Hãy nhập số điện thoại hoặc e-mail để cơ quan có thể liên hệ và trả lời bạn.',
  phone: 'Số điện thoại chỉ gồm chữ số (8 đến 15 số), ví dụ 0912 345 678. Hãy sửa lại.',
  email: 'Địa chỉ e-mail chưa đúng, hãy sửa lại theo dạng ten@vidu.vn.',
  summary: 'Hãy nhập tóm tắt nội dung, từ 5 đến 500 ký tự.',
  content: 'Hãy nhập nội dung chi tiết, từ 5 đến 20 000 ký tự.',
  consent:
    'Hãy đánh dấu ô “Tôi đồng ý…” ở mục Đồng ý xử lý dữ liệu cá nhân; thiếu sự đồng ý này cơ quan không thể giải quyết đơn.',
  tooManyFiles: (n: number) => `Chỉ đính kèm tối đa ${n} tệp. Hãy bỏ bớt tệp.`,
  fileTooLarge: (name: string, mb: number) =>
    `Tệp “${name}” lớn hơn ${mb} MB. Hãy chọn tệp nhỏ hơn hoặc chụp ảnh với độ phân giải thấp hơn.`,
  formExpired:
    'Mẫu đơn đã hết hạn hoặc không phải do trang này cung cấp. Nội dung bạn nhập vẫn còn bên dưới; hãy kiểm tra rồi bấm “Gửi đơn” lại.',
  rejected: 'Không gửi được đơn. Hãy tải lại trang rồi thử lại.',
}

export const resultText = {
  title: 'Đã gửi đơn thành công',
  codeLabel: 'Mã tra cứu của bạn',
  keep: 'Hãy ghi lại hoặc chụp màn hình mã này. Dùng mã để xem đơn đang được giải quyết đến đâu và đọc câu trả lời.',
  emailed: (email: string) => `Mã tra cứu cũng được gửi tới e-mail ${email}.`,
  received: (organization: string, kind: string) => `${kind} của bạn đã được gửi tới ${organization}.`,
  trackNow: 'Xem tình trạng đơn',
  sendAnother: 'Gửi đơn khác',
  mailSubject: (code: string) => `Mã tra cứu đơn ${code} — Dân Vận Số`,
  mailBody: (code: string, kind: string, organization: string, link: string) =>
    `${kind} của bạn đã được gửi tới ${organization}.\n\nMã tra cứu: ${code}\n\nXem tình trạng đơn và câu trả lời: ${link}\n\nĐây là thư tự động, vui lòng không trả lời thư này.`,
}

export const trackText = {
  title: 'Tra cứu hồ sơ',
  intro:
    'Nhập mã tra cứu bạn nhận được khi gửi đơn (ví dụ DV-7K3M-9Q2X) để xem đơn đang được giải quyết đến đâu.',
  code: 'Mã tra cứu',
  submit: 'Tra cứu',
  badCode: 'Mã tra cứu gồm chữ DV và 8 chữ cái hoặc chữ số, ví dụ DV-7K3M-9Q2X. Hãy kiểm tra và nhập lại.',
  notFound: 'Không tìm thấy hồ sơ với mã tra cứu này. Hãy kiểm tra lại từng ký tự của mã.',
  caseTitle: (code: string) => `Hồ sơ ${code}`,
  kind: 'Loại đơn',
  organization: 'Cơ quan giải quyết',
  status: 'Tình trạng',
  receivedOn: 'Ngày tiếp nhận',
  dueDate: 'Hạn xử lý bước hiện tại',
  timeline: 'Các bước đã thực hiện',
  notices: 'Thông báo của cơ quan gửi bạn',
  answer: 'Câu trả lời của cơ quan',
  answeredOn: (date: string) => `Trả lời ngày ${date}`,
  noAnswer: 'Cơ quan chưa trả lời. Khi có câu trả lời, bạn sẽ xem được tại đây.',
  noPublicAnswer:
    'Kết quả giải quyết khiếu nại, tố cáo được gửi bằng văn bản tới người gửi đơn theo quy định.',
  rateLegend: 'Đánh giá câu trả lời',
  rateHint: 'Mỗi câu trả lời chỉ đánh giá một lần.',
  rating: 'Mức độ hài lòng (bắt buộc)',
  ratingLabels: ['Rất không hài lòng', 'Không hài lòng', 'Bình thường', 'Hài lòng', 'Rất hài lòng'],
  comment: 'Nhận xét (không bắt buộc)',
  rateSubmit: 'Gửi đánh giá',
  rated: 'Cảm ơn bạn đã đánh giá câu trả lời.',
  alreadyRated: 'Câu trả lời này đã được đánh giá. Mỗi câu trả lời chỉ đánh giá một lần.',
  ratingMissing: 'Hãy chọn một mức độ hài lòng, từ “Rất không hài lòng” đến “Rất hài lòng”.',
  commentTooLong: 'Nhận xét tối đa 2000 ký tự. Hãy rút gọn nhận xét.',
  errorTitle: 'Chưa gửi được đánh giá',
}

export const answersText = {
  title: 'Câu trả lời đã công khai',
  intro:
    'Câu trả lời của cơ quan cho các phản ánh, kiến nghị mà người gửi đồng ý công khai. Không hiển thị tên hay thông tin liên hệ của người gửi.',
  search: 'Tìm trong câu trả lời (gõ có dấu hoặc không dấu)',
  submit: 'Tìm',
  none: 'Chưa có câu trả lời nào được công khai.',
  noMatch: (q: string) => `Không có câu trả lời nào chứa “${q}”. Hãy thử từ khóa khác, ngắn hơn.`,
  found: (q: string) => `Kết quả tìm “${q}”`,
  answeredBy: (organization: string, date: string) => `${organization} trả lời ngày ${date}`,
  more: 'Xem thêm câu trả lời',
  tooLong: 'Từ khóa tìm kiếm tối đa 200 ký tự. Hãy rút gọn từ khóa.',
}

export const homeText = {
  title: 'Cổng thông tin công dân',
  lead: 'Gửi phản ánh, kiến nghị, khiếu nại, tố cáo tới chính quyền mà không phải xếp hàng; theo dõi đơn và đọc câu trả lời.',
  chooseLegend: 'Bạn ở đâu?',
  chooseHint:
    'Chọn tỉnh, thành phố rồi bấm “Tiếp tục”, sau đó chọn xã, phường để xem địa chỉ liên hệ của chính quyền.',
  province: 'Tỉnh, thành phố',
  commune: 'Xã, phường, đặc khu',
  choosePlaceholder: '— Chọn —',
  next: 'Tiếp tục',
  show: 'Xem thông tin liên hệ',
  changePlace: 'Chọn nơi khác',
  badProvince: 'Không tìm thấy tỉnh, thành phố này. Hãy chọn lại trong danh sách.',
  badCommune: 'Không tìm thấy xã, phường này. Hãy chọn lại trong danh sách.',
  notJoined: (unit: string) =>
    `${unit} chưa sử dụng Dân Vận Số. Bạn vẫn có thể gửi đơn tới cơ quan cấp tỉnh bên dưới, hoặc liên hệ trực tiếp Ủy ban nhân dân xã, phường.`,
  noOrganization: 'Chưa có cơ quan nào của địa phương này trên Dân Vận Số.',
  contacts: 'Thông tin liên hệ',
  phone: 'Điện thoại',
  hotline: 'Đường dây nóng',
  email: 'E-mail',
  address: 'Địa chỉ, nơi tiếp công dân',
  noContacts: 'Cơ quan chưa công bố thông tin liên hệ trên cổng.',
  sendHere: 'Gửi đơn tới cơ quan này',
  scheduleHere: 'Xem lịch tiếp công dân',
  otherOrganizations: 'Các cơ quan, tổ chức khác của địa phương',
  quick: 'Bạn cần làm gì?',
}

export const scheduleText = {
  title: 'Lịch tiếp công dân',
  intro: 'Lịch lãnh đạo tiếp công dân định kỳ và đột xuất của cơ quan trong 30 ngày tới.',
  organization: 'Cơ quan',
  submit: 'Xem lịch',
  choose: 'Hãy chọn cơ quan để xem lịch tiếp công dân.',
  unavailable:
    'Chưa có lịch tiếp công dân trên cổng. Hãy liên hệ cơ quan theo số điện thoại, địa chỉ ở trang chủ để biết lịch tiếp.',
  empty: 'Chưa có lịch tiếp công dân trong 30 ngày tới.',
  date: 'Ngày',
  time: 'Thời gian',
  host: 'Người tiếp',
  place: 'Địa điểm',
  kind: 'Hình thức',
  allDay: 'Cả ngày',
  badOrganization: 'Không tìm thấy cơ quan này. Hãy chọn lại trong danh sách.',
}

export const errorText = {
  notFoundTitle: 'Không tìm thấy trang',
  notFound: 'Trang bạn tìm không có hoặc đã được chuyển đi. Hãy quay lại trang chủ.',
  rateLimitedTitle: 'Bạn thao tác quá nhanh',
  rateLimited: (seconds: number) =>
    `Để chống gửi tự động, mỗi máy chỉ được gửi một số lần trong một khoảng thời gian. Hãy đợi khoảng ${seconds} giây rồi thử lại.`,
  tooLargeTitle: 'Nội dung gửi lên quá lớn',
  tooLarge: 'Tệp đính kèm hoặc nội dung quá lớn. Hãy bỏ bớt tệp hoặc chọn tệp nhỏ hơn rồi gửi lại.',
  errorTitle: 'Hệ thống đang gặp sự cố',
  error:
    'Hệ thống gặp lỗi ngoài ý muốn. Vui lòng thử lại sau ít phút; nếu vẫn lỗi, hãy gọi đường dây nóng của cơ quan.',
  home: 'Về trang chủ',
}

export const vnDate = (iso: string): string => iso.split('-').reverse().join('/')

export const modelsText = {
  title: 'Mô hình “Dân vận khéo”',
  intro:
    'Các mô hình, điển hình “Dân vận khéo” đã được cấp có thẩm quyền công nhận: mục tiêu, cách vận động Nhân dân và kết quả, để các địa phương học tập, nhân rộng.',
  search: 'Tìm mô hình (gõ có dấu hoặc không dấu)',
  field: 'Lĩnh vực',
  level: 'Cấp công nhận cao nhất',
  province: 'Tỉnh, thành phố',
  all: '— Tất cả —',
  submit: 'Tìm',
  none: 'Chưa có mô hình nào được công nhận.',
  noMatch: 'Không có mô hình nào phù hợp. Hãy thử từ khóa khác hoặc bỏ bớt điều kiện lọc.',
  found: (n: number, more: boolean) => `${more ? 'Hơn ' : ''}${n} mô hình phù hợp`,
  more: 'Xem thêm mô hình',
  recognisedAt: (level: string, date: string) => `Công nhận ${level.toLowerCase()} ngày ${date}`,
  tooLong: 'Từ khóa tìm kiếm tối đa 200 ký tự. Hãy rút gọn từ khóa.',
  badFilter: 'Điều kiện lọc không hợp lệ. Hãy chọn lại trong danh sách.',
  back: 'Quay lại danh sách mô hình',
  unit: 'Đơn vị thực hiện',
  place: 'Địa bàn',
  person: 'Cá nhân',
  period: 'Thời gian thực hiện',
  periodFrom: (from: string, to: string | null) => (to ? `Từ ${from} đến ${to}` : `Từ ${from}`),
  goal: 'Mục tiêu',
  mobilisation: 'Cách vận động Nhân dân',
  results: 'Kết quả',
  resultLabel: 'Chỉ tiêu',
  resultValue: 'Kết quả đạt được',
  recognitions: 'Quá trình công nhận',
  decidingBody: 'Cơ quan quyết định',
  decision: 'Số quyết định',
  date: 'Ngày',
  awards: 'Khen thưởng',
  awardedBy: 'Cấp khen thưởng',
}
