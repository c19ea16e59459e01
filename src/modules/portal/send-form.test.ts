import { describe, expect, it } from 'vitest'
import { validateSendForm } from './send-form.ts'

const ORG = '0193a7a0-0000-7000-8000-000000000001'
const known = (id: string) => id === ORG
const valid = {
  kind: 'feedback',
  organization: ORG,
  fullName: '  Trần   Thị Bình ',
  phone: '0912 345 678',
  summary: 'Đèn đường ngõ 12 không sáng',
  content: 'Đèn đường ngõ 12 phố Đội Cấn không sáng từ tuần trước.',
  consent: 'on',
}

describe('send form validation', () => {
  it('accepts a complete feedback and tidies the name', () => {
    const result = validateSendForm(valid, known)
    expect(result).toMatchObject({
      ok: true,
      value: { kind: 'feedback', citizen: { fullName: 'Trần Thị Bình' } },
    })
  })

  it('names every field to fix, in Vietnamese', () => {
    const result = validateSendForm({}, known)
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.errors.map((e) => e.field)).toEqual([
      'kind',
      'organization',
      'fullName',
      'phone',
      'summary',
      'content',
      'consent',
    ])
    expect(result.errors.every((e) => /Hãy|chưa đúng/.test(e.message))).toBe(true)
  })

  it('allows anonymous feedback and denunciation but not an anonymous complaint', () => {
    expect(validateSendForm({ ...valid, fullName: '', phone: '', anonymous: 'on' }, known)).toMatchObject({
      ok: true,
      value: { anonymous: true, citizen: undefined },
    })
    const denunciation = validateSendForm({ ...valid, kind: 'denunciation', anonymous: 'on' }, known)
    expect(denunciation).toMatchObject({ ok: true, value: { anonymous: true, protectIdentity: false } })
    const complaint = validateSendForm({ ...valid, kind: 'complaint', anonymous: 'on' }, known)
    expect(complaint.ok ? [] : complaint.errors.map((e) => e.field)).toEqual(['anonymous'])
  })

  it('keeps identity protection for a denunciation only', () => {
    expect(validateSendForm({ ...valid, kind: 'denunciation', protectIdentity: 'on' }, known)).toMatchObject({
      value: { protectIdentity: true },
    })
    expect(validateSendForm({ ...valid, protectIdentity: 'on' }, known)).toMatchObject({
      value: { protectIdentity: false },
    })
  })

  it('refuses an organization that is not in the list and a malformed e-mail', () => {
    const result = validateSendForm({ ...valid, organization: 'abc', email: 'an@' }, known)
    expect(result.ok ? [] : result.errors.map((e) => e.field)).toEqual(['organization', 'email'])
  })
})
