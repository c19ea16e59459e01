import { describe, expect, it } from 'vitest'
import { bodyBlocks, checkTemplateText, recipientLines } from './template.ts'
import { defaultTemplates } from './templates/defaults.ts'
import { documentTypes } from './types.ts'

describe('document templates', () => {
  it('turns the markup into blocks and fills the placeholders', () => {
    const body = `> Quyết định:

# Điều 1. Nội dung

Ông/bà {{citizen.fullName}}
mã hồ sơ {{case.trackingCode}}.

- Thụ lý từ ngày {{step.date}};
- Ghi chú: {{step.note}}`
    const values = {
      'citizen.fullName': 'Trần Thị Ẩn',
      'case.trackingCode': 'DV-7K3M-9Q2X',
      'step.date': '05/03/2026',
    }
    expect(bodyBlocks(body, values)).toEqual([
      { kind: 'paragraph', text: 'QUYẾT ĐỊNH:', bold: true, align: 'center' },
      { kind: 'heading', text: 'Điều 1. Nội dung' },
      { kind: 'paragraph', text: 'Ông/bà Trần Thị Ẩn\nmã hồ sơ DV-7K3M-9Q2X.' },
      { kind: 'list', items: ['Thụ lý từ ngày 05/03/2026;'] },
    ])
  })

  it('leaves out a paragraph whose placeholders are all empty, and the intro of an emptied list', () => {
    const body =
      'Căn cứ {{step.legalBasis}};\n\nLiên hệ:\n\n- Đường dây nóng: {{organization.hotline}}\n\nHết.'
    expect(bodyBlocks(body, {})).toEqual([{ kind: 'paragraph', text: 'Hết.' }])
    expect(recipientLines('Ông/bà {{citizen.fullName}};\nLưu: VT.', {})).toEqual(['Lưu: VT.'])
  })

  it('names unknown placeholders and unclosed braces by field', () => {
    const base = defaultTemplates.thank_you_letter
    expect(checkTemplateText({ ...base, body: 'Cảm ơn {{citizen.hoTen}}.' })).toEqual([
      { path: 'body', message: expect.stringContaining('{{citizen.hoTen}}') },
    ])
    expect(checkTemplateText({ ...base, title: 'Thư {{case.trackingCode' })).toEqual([
      { path: 'title', message: 'Có dấu {{ chưa được đóng bằng }}.' },
    ])
  })

  it('ships a valid default for every document type', () => {
    for (const type of documentTypes) expect(checkTemplateText(defaultTemplates[type]), type).toEqual([])
  })
})
