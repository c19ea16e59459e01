/** Vietnamese text of the case documents card and the template page. */
export const documentsMsg = {
  card: 'Văn bản',
  none: 'Hồ sơ chưa có bước xử lý nào tạo ra văn bản.',
  dated: (date: string): string => `ngày ${date}`,
  docx: 'Tải DOCX',
  pdf: 'Tải PDF',
  downloadLabel: (label: string, format: string): string => `Tải ${label} (${format})`,
  loadFailed: 'Không tải được danh sách văn bản.',
  reveal: 'In kèm danh tính',
  revealLabel: (label: string): string => `In ${label} kèm danh tính người tố cáo`,
  revealTitle: (label: string): string => `In ${label} kèm danh tính người tố cáo`,
  revealIntro:
    'Danh tính người tố cáo được giữ bí mật (Luật Tố cáo Điều 47). Chỉ in kèm danh tính khi cần gửi văn bản cho chính người tố cáo; lý do được ghi vào nhật ký.',
  revealReason: 'Lý do',
  revealReasonShort: 'Lý do cần ít nhất 20 ký tự.',
  revealOk: 'Tải PDF',

  templatesTitle: 'Mẫu văn bản',
  templatesIntro:
    'Điều chỉnh lời văn các thông báo, quyết định, thư gửi công dân của đơn vị. Văn bản được trình bày theo thể thức Nghị định 30/2020/NĐ-CP; các trường trong dấu {{ }} được thay bằng dữ liệu của hồ sơ.',
  type: 'Loại văn bản',
  source: {
    default: 'Mẫu mặc định toàn quốc',
    own: 'Mẫu riêng của đơn vị',
    inherited: 'Mẫu của đơn vị cấp trên',
  },
  version: (n: number): string => `Phiên bản ${n}`,
  updated: (who: string, when: string): string => `Sửa lần cuối bởi ${who} lúc ${when}`,
  numberSymbol: 'Ký hiệu số văn bản',
  numberSymbolHelp:
    'Ví dụ "/TB-UBND": khi bước xử lý không có số, văn bản in "Số:      /TB-UBND" để ghi tay.',
  title: 'Tên loại văn bản',
  subtitle: 'Trích yếu',
  body: 'Nội dung',
  bodyHelp:
    'Các đoạn cách nhau một dòng trống. Dòng bắt đầu bằng "- " là gạch đầu dòng, "# " là tiêu đề mục, "> " là dòng in đậm giữa trang (ví dụ "> Quyết định:"). Đoạn có các trường đều trống với hồ sơ sẽ được bỏ qua.',
  recipients: 'Nơi nhận (mỗi dòng một nơi)',
  signerAuthority: 'Thẩm quyền ký (ví dụ TM. {{organization.collectiveName}})',
  signerTitle: 'Chức vụ người ký',
  placeholders: 'Các trường dùng được',
  save: 'Lưu mẫu',
  saved: 'Đã lưu mẫu văn bản.',
  stale: 'Mẫu vừa được người khác sửa; đã tải lại bản mới nhất.',
}
