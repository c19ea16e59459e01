import type { DocumentType } from './types.ts'

/** Vietnamese names of the case documents (lists, buttons, file names). */
export const documentLabels: Record<DocumentType, string> = {
  acceptance_notice: 'Thông báo thụ lý',
  refusal_notice: 'Thông báo không thụ lý',
  guidance_letter: 'Phiếu hướng dẫn',
  forwarding_letter: 'Phiếu chuyển đơn',
  suspension_decision: 'Quyết định tạm đình chỉ',
  resumption_decision: 'Quyết định tiếp tục giải quyết',
  termination_decision: 'Quyết định đình chỉ',
  extension_decision: 'Quyết định gia hạn',
  complaint_decision: 'Quyết định giải quyết khiếu nại',
  denunciation_conclusion: 'Kết luận nội dung tố cáo',
  petition_answer: 'Văn bản trả lời',
  thank_you_letter: 'Thư cảm ơn',
  apology_letter: 'Thư xin lỗi',
}

/** What each placeholder of a template stands for (shown on the template page). */
export const placeholderLabels: Record<string, string> = {
  'organization.name': 'Tên cơ quan ban hành',
  'organization.parentName': 'Tên cơ quan chủ quản (nếu có)',
  'organization.collectiveName': 'Tên tập thể cơ quan, ví dụ "Ủy ban nhân dân"',
  'organization.place': 'Địa danh ghi ở phần ngày tháng',
  'organization.address': 'Địa chỉ trụ sở cơ quan',
  'organization.phone': 'Số điện thoại liên hệ của cơ quan',
  'organization.hotline': 'Đường dây nóng của cơ quan',
  'organization.email': 'Thư điện tử của cơ quan',
  'citizen.fullName': 'Họ và tên người gửi đơn (được giữ bí mật với người tố cáo được bảo vệ)',
  'citizen.address': 'Địa chỉ người gửi đơn (được giữ bí mật với người tố cáo được bảo vệ)',
  'case.trackingCode': 'Mã hồ sơ để tra cứu',
  'case.kind': 'Loại đơn: khiếu nại, tố cáo, kiến nghị, phản ánh',
  'case.instance': 'Lần giải quyết khiếu nại: lần đầu, lần hai',
  'case.summary': 'Tóm tắt nội dung đơn',
  'case.content': 'Nội dung đơn',
  'case.receivedDate': 'Ngày nhận đơn (dd/mm/yyyy)',
  'case.answerDate': 'Ngày trả lời (dd/mm/yyyy)',
  'step.date': 'Ngày của bước xử lý tạo ra văn bản',
  'step.dueDate': 'Thời hạn mới do bước xử lý đặt ra (dd/mm/yyyy)',
  'step.source': 'Căn cứ pháp lý của bước xử lý theo quy trình',
  'step.legalBasis': 'Căn cứ pháp lý người xử lý nêu',
  'step.reason': 'Lý do',
  'step.result': 'Kết quả giải quyết',
  'step.answer': 'Nội dung trả lời',
  'step.competentBody': 'Cơ quan có thẩm quyền được hướng dẫn đến',
  'step.targetOrganization': 'Cơ quan nhận đơn chuyển',
  'step.note': 'Ghi chú của người xử lý',
  'step.signer': 'Người thực hiện bước xử lý',
  'decision.number': 'Số quyết định, kết luận',
  'decision.date': 'Ngày quyết định, kết luận (dd/mm/yyyy)',
  'decision.appealRights': 'Quyền khiếu nại tiếp, khởi kiện sau quyết định',
  'late.dueDate': 'Thời hạn đã bị chậm (dd/mm/yyyy)',
  'late.days': 'Số ngày chậm',
  'late.status': 'Câu nêu tình trạng chậm (đã giải quyết chậm / đến nay chưa giải quyết)',
  today: 'Ngày lập văn bản (dd/mm/yyyy)',
}

export const messages = {
  templateNotFound: 'Không có loại văn bản này.',
  documentNotAvailable: (label: string) =>
    `Hồ sơ chưa có bước xử lý tạo ra "${label}", nên chưa lập được văn bản này.`,
  unknownPlaceholder: (name: string) =>
    `Không có trường {{${name}}}. Các trường dùng được được liệt kê bên dưới mẫu.`,
  unclosedPlaceholder: 'Có dấu {{ chưa được đóng bằng }}.',
  stale: 'Mẫu văn bản vừa được người khác sửa. Hãy tải lại trang để xem bản mới trước khi lưu.',
  organizationOutOfScope: 'Không tìm thấy cơ quan, đơn vị này trong phạm vi quản lý của bạn.',
  nationalNeedsSystemAdmin: 'Chỉ quản trị hệ thống được sửa mẫu dùng chung toàn quốc.',
  protectedName: '(danh tính được giữ bí mật)',
  protectedAddress: '(được giữ bí mật)',
  noAddress: '(không ghi)',
}
