import type { TemplateText } from '../template.ts'
import type { DocumentType } from '../types.ts'

/**
 * The national default wording of each case document, modelled on the forms of Decree 124/2020/NĐ-CP
 * (complaints, as amended by NĐ 155/2026), Decree 31/2019/NĐ-CP (denunciations, as amended by NĐ 156/2026)
 * and the one-stop apology slip; layout per Decree 30/2020/NĐ-CP. An organization adjusts them through
 * PUT /api/document-templates/:type; the markup is described in template.ts.
 */
const notice = { signerAuthority: 'TM. {{organization.collectiveName}}', signerTitle: 'Chủ tịch' }
const decision = { signerAuthority: null, signerTitle: 'Chủ tịch' }

const decisionPreamble = `> Chủ tịch {{organization.name}}

Căn cứ {{step.source}};

Căn cứ {{step.legalBasis}};

Xét hồ sơ {{case.kind}} mã {{case.trackingCode}} nhận ngày {{case.receivedDate}},

> Quyết định:`

export const defaultTemplates: Record<DocumentType, TemplateText> = {
  acceptance_notice: {
    ...notice,
    numberSymbol: '/TB-UBND',
    title: 'Thông báo',
    subtitle: 'Về việc thụ lý giải quyết {{case.kind}}',
    body: `Ngày {{case.receivedDate}}, {{organization.name}} nhận được đơn {{case.kind}} của ông/bà {{citizen.fullName}}, địa chỉ: {{citizen.address}} (mã hồ sơ {{case.trackingCode}}).

Nội dung đơn: {{case.summary}}.

Căn cứ {{step.source}}, xét đơn đủ điều kiện thụ lý, {{organization.name}} thông báo:

- Thụ lý giải quyết {{case.kind}} kể từ ngày {{step.date}};
- Thời hạn giải quyết theo quy định của pháp luật: chậm nhất đến ngày {{step.dueDate}}.

Ông/bà theo dõi tiến độ giải quyết bằng mã hồ sơ {{case.trackingCode}} trên trang tra cứu hồ sơ của Dân Vận Số, hoặc liên hệ bộ phận tiếp công dân của cơ quan.

Thông tin liên hệ của {{organization.name}}:

- Địa chỉ: {{organization.address}};
- Điện thoại: {{organization.phone}};
- Đường dây nóng: {{organization.hotline}};
- Thư điện tử: {{organization.email}}.`,
    recipients: `Ông/bà {{citizen.fullName}};
Cơ quan thanh tra nhà nước cùng cấp;
Lưu: VT, hồ sơ {{case.trackingCode}}.`,
  },
  refusal_notice: {
    ...notice,
    numberSymbol: '/TB-UBND',
    title: 'Thông báo',
    subtitle: 'Về việc không thụ lý giải quyết {{case.kind}}',
    body: `Ngày {{case.receivedDate}}, {{organization.name}} nhận được đơn {{case.kind}} của ông/bà {{citizen.fullName}}, địa chỉ: {{citizen.address}} (mã hồ sơ {{case.trackingCode}}), nội dung: {{case.summary}}.

Sau khi xem xét, căn cứ {{step.legalBasis}}, {{organization.name}} thông báo không thụ lý giải quyết đơn nêu trên.

Lý do: {{step.reason}}.

Nếu có căn cứ mới hoặc chưa rõ nội dung thông báo này, ông/bà liên hệ bộ phận tiếp công dân của cơ quan để được giải thích, hướng dẫn.`,
    recipients: `Ông/bà {{citizen.fullName}};
Lưu: VT, hồ sơ {{case.trackingCode}}.`,
  },
  guidance_letter: {
    ...notice,
    numberSymbol: '/PHD-UBND',
    title: 'Phiếu hướng dẫn',
    subtitle: 'Về việc gửi đơn đến cơ quan có thẩm quyền',
    body: `Kính gửi: Ông/bà {{citizen.fullName}}, địa chỉ: {{citizen.address}}.

Ngày {{case.receivedDate}}, {{organization.name}} nhận được đơn {{case.kind}} của ông/bà (mã hồ sơ {{case.trackingCode}}), nội dung: {{case.summary}}.

Nội dung đơn không thuộc thẩm quyền giải quyết của {{organization.name}}. Căn cứ {{step.source}}, đề nghị ông/bà gửi đơn đến {{step.competentBody}} để được xem xét, giải quyết theo thẩm quyền.

{{step.note}}`,
    recipients: `Ông/bà {{citizen.fullName}};
Lưu: VT, hồ sơ {{case.trackingCode}}.`,
  },
  forwarding_letter: {
    ...notice,
    numberSymbol: '/PC-UBND',
    title: 'Phiếu chuyển đơn',
    subtitle: null,
    body: `Kính gửi: {{step.targetOrganization}}.

Ngày {{case.receivedDate}}, {{organization.name}} nhận được đơn {{case.kind}} của ông/bà {{citizen.fullName}}, địa chỉ: {{citizen.address}} (mã hồ sơ {{case.trackingCode}}), nội dung: {{case.summary}}.

Căn cứ {{step.source}}, xét nội dung đơn thuộc thẩm quyền giải quyết của {{step.targetOrganization}}, {{organization.name}} chuyển đơn đến {{step.targetOrganization}} để xem xét, giải quyết theo quy định của pháp luật và thông báo kết quả cho người gửi đơn.

{{step.note}}

(Gửi kèm đơn và tài liệu có liên quan.)`,
    recipients: `Như trên;
Ông/bà {{citizen.fullName}} (để biết);
Lưu: VT, hồ sơ {{case.trackingCode}}.`,
  },
  suspension_decision: {
    ...decision,
    numberSymbol: '/QĐ-UBND',
    title: 'Quyết định',
    subtitle: 'Về việc tạm đình chỉ việc giải quyết {{case.kind}}',
    body: `${decisionPreamble}

Điều 1. Tạm đình chỉ việc giải quyết {{case.kind}} của ông/bà {{citizen.fullName}}, địa chỉ: {{citizen.address}} (mã hồ sơ {{case.trackingCode}}), kể từ ngày {{step.date}}.

Lý do tạm đình chỉ: {{step.reason}}.

Điều 2. Khi lý do tạm đình chỉ không còn, người có thẩm quyền ban hành quyết định tiếp tục giải quyết; thời hạn giải quyết được tính lại từ ngày có quyết định tiếp tục giải quyết.

Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Ông/bà {{citizen.fullName}} và các cơ quan, tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này.`,
    recipients: `Như Điều 3;
Lưu: VT, hồ sơ {{case.trackingCode}}.`,
  },
  resumption_decision: {
    ...decision,
    numberSymbol: '/QĐ-UBND',
    title: 'Quyết định',
    subtitle: 'Về việc tiếp tục giải quyết {{case.kind}}',
    body: `${decisionPreamble}

Điều 1. Tiếp tục giải quyết {{case.kind}} của ông/bà {{citizen.fullName}}, địa chỉ: {{citizen.address}} (mã hồ sơ {{case.trackingCode}}), kể từ ngày {{step.date}}.

Điều 2. Thời hạn giải quyết được tính lại từ ngày ký Quyết định này, chậm nhất đến ngày {{step.dueDate}}.

Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Ông/bà {{citizen.fullName}} và các cơ quan, tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này.`,
    recipients: `Như Điều 3;
Lưu: VT, hồ sơ {{case.trackingCode}}.`,
  },
  termination_decision: {
    ...decision,
    numberSymbol: '/QĐ-UBND',
    title: 'Quyết định',
    subtitle: 'Về việc đình chỉ việc giải quyết {{case.kind}}',
    body: `${decisionPreamble}

Điều 1. Đình chỉ việc giải quyết {{case.kind}} của ông/bà {{citizen.fullName}}, địa chỉ: {{citizen.address}} (mã hồ sơ {{case.trackingCode}}), kể từ ngày {{step.date}}.

Lý do đình chỉ: {{step.reason}}.

Điều 2. Quyết định này có hiệu lực kể từ ngày ký. Ông/bà {{citizen.fullName}} và các cơ quan, tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này.`,
    recipients: `Như Điều 2;
Lưu: VT, hồ sơ {{case.trackingCode}}.`,
  },
  extension_decision: {
    ...decision,
    numberSymbol: '/QĐ-UBND',
    title: 'Quyết định',
    subtitle: 'Về việc gia hạn giải quyết tố cáo',
    body: `> Chủ tịch {{organization.name}}

Căn cứ {{step.source}};

Xét hồ sơ tố cáo mã {{case.trackingCode}} nhận ngày {{case.receivedDate}},

> Quyết định:

Điều 1. Gia hạn thời hạn giải quyết tố cáo (mã hồ sơ {{case.trackingCode}}) về việc: {{case.summary}}. Thời hạn giải quyết được kéo dài đến hết ngày {{step.dueDate}}.

Lý do gia hạn: {{step.reason}}.

Điều 2. Quyết định này có hiệu lực kể từ ngày ký và được gửi đến người tố cáo, người bị tố cáo và các cơ quan, tổ chức, cá nhân có liên quan.`,
    recipients: `Người tố cáo;
Người bị tố cáo;
Lưu: VT, hồ sơ {{case.trackingCode}}.`,
  },
  complaint_decision: {
    ...decision,
    numberSymbol: '/QĐ-UBND',
    title: 'Quyết định',
    subtitle: 'Về việc giải quyết khiếu nại của ông/bà {{citizen.fullName}} ({{case.instance}})',
    body: `> Chủ tịch {{organization.name}}

Căn cứ Luật Khiếu nại ngày 11 tháng 11 năm 2011;

Căn cứ {{step.legalBasis}};

Xét đơn khiếu nại ngày {{case.receivedDate}} của ông/bà {{citizen.fullName}}, địa chỉ: {{citizen.address}} (mã hồ sơ {{case.trackingCode}}).

Nội dung khiếu nại: {{case.summary}}.

Kết quả xác minh, đối thoại và kết luận: {{step.result}}

> Quyết định:

Điều 1. {{step.result}}

Điều 2. {{decision.appealRights}}

Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Ông/bà {{citizen.fullName}} và các cơ quan, tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này.`,
    recipients: `Như Điều 3;
Cơ quan thanh tra nhà nước cấp trên;
Lưu: VT, hồ sơ {{case.trackingCode}}.`,
  },
  denunciation_conclusion: {
    ...decision,
    numberSymbol: '/KL-UBND',
    title: 'Kết luận',
    subtitle: 'Nội dung tố cáo',
    body: `Ngày {{case.receivedDate}}, {{organization.name}} nhận được đơn tố cáo (mã hồ sơ {{case.trackingCode}}) với nội dung: {{case.summary}}.

Căn cứ {{step.source}}, trên cơ sở kết quả xác minh nội dung tố cáo, Chủ tịch {{organization.name}} kết luận như sau:

# 1. Kết quả xác minh và kết luận nội dung tố cáo

{{step.result}}

# 2. Biện pháp xử lý

{{step.note}}

Kết luận này được gửi đến người tố cáo, người bị tố cáo và cơ quan, tổ chức, cá nhân có liên quan trong thời hạn 5 ngày làm việc kể từ ngày ký. Danh tính người tố cáo được giữ bí mật theo quy định của Luật Tố cáo.`,
    recipients: `Người tố cáo;
Người bị tố cáo;
Cơ quan thanh tra nhà nước cấp trên;
Lưu: VT, hồ sơ {{case.trackingCode}}.`,
  },
  petition_answer: {
    ...notice,
    numberSymbol: '/UBND',
    title: 'Văn bản trả lời',
    subtitle: 'Về việc trả lời {{case.kind}} của ông/bà {{citizen.fullName}}',
    body: `Kính gửi: Ông/bà {{citizen.fullName}}, địa chỉ: {{citizen.address}}.

Ngày {{case.receivedDate}}, {{organization.name}} nhận được {{case.kind}} của ông/bà (mã hồ sơ {{case.trackingCode}}) về việc: {{case.summary}}.

Sau khi xem xét, {{organization.name}} trả lời như sau:

{{step.answer}}

{{organization.name}} trân trọng cảm ơn ông/bà đã quan tâm, đóng góp ý kiến.`,
    recipients: `Như trên;
Lưu: VT, hồ sơ {{case.trackingCode}}.`,
  },
  thank_you_letter: {
    ...notice,
    numberSymbol: '/TCO-UBND',
    title: 'Thư cảm ơn',
    subtitle: null,
    body: `Kính gửi: Ông/bà {{citizen.fullName}}.

{{organization.name}} trân trọng cảm ơn ông/bà đã gửi {{case.kind}} về việc: {{case.summary}} (mã hồ sơ {{case.trackingCode}}).

Ý kiến của ông/bà đã được tiếp thu, xem xét và trả lời ngày {{case.answerDate}}. Những ý kiến tâm huyết của người dân giúp chính quyền lắng nghe, kịp thời khắc phục hạn chế và phục vụ Nhân dân ngày càng tốt hơn.

{{organization.name}} mong tiếp tục nhận được sự quan tâm, đồng hành và đóng góp của ông/bà.

Trân trọng cảm ơn!`,
    recipients: `Như trên;
Lưu: VT, hồ sơ {{case.trackingCode}}.`,
  },
  apology_letter: {
    ...notice,
    numberSymbol: '/TXL-UBND',
    title: 'Thư xin lỗi',
    subtitle: 'Về việc chậm giải quyết, trả kết quả hồ sơ',
    body: `Kính gửi: Ông/bà {{citizen.fullName}}.

Ngày {{case.receivedDate}}, {{organization.name}} tiếp nhận {{case.kind}} của ông/bà (mã hồ sơ {{case.trackingCode}}) về việc: {{case.summary}}. Theo quy định, hồ sơ phải được giải quyết, trả kết quả chậm nhất ngày {{late.dueDate}}.

{{late.status}}

{{organization.name}} thành thật xin lỗi ông/bà vì sự chậm trễ này và những phiền hà đã gây ra. Cơ quan đã chấn chỉnh việc theo dõi thời hạn để việc giải quyết hồ sơ của người dân được đúng hạn.

Mọi ý kiến, ông/bà vui lòng liên hệ bộ phận tiếp công dân của cơ quan hoặc tra cứu tiến độ bằng mã hồ sơ {{case.trackingCode}}.

Thông tin liên hệ của {{organization.name}}:

- Địa chỉ: {{organization.address}};
- Điện thoại: {{organization.phone}};
- Đường dây nóng: {{organization.hotline}};
- Thư điện tử: {{organization.email}}.

Trân trọng!`,
    recipients: `Như trên;
Lưu: VT, hồ sơ {{case.trackingCode}}.`,
  },
}
