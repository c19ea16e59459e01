import { describe, expect, it } from 'vitest'
import { formGuard, FORM_TOKEN_HOURS } from './forgery.ts'
import { changePreferences, parsePreferences, safeReturnPath, serializePreferences } from './preferences.ts'

describe('portal anti-forgery token', () => {
  const guard = formGuard(Buffer.alloc(32, 7))
  const nonce = guard.newNonce()

  it('accepts the token issued for the same browser nonce', () => {
    expect(guard.verify(nonce, guard.tokenFor(nonce))).toBe(true)
  })

  it('refuses a token of another nonce, another key, a tampered or an expired one', () => {
    const token = guard.tokenFor(nonce)
    expect(guard.verify(guard.newNonce(), token)).toBe(false)
    expect(formGuard(Buffer.alloc(32, 8)).verify(nonce, token)).toBe(false)
    expect(guard.verify(nonce, token.slice(0, -2) + 'AA')).toBe(false)
    expect(guard.verify(nonce, undefined)).toBe(false)
    expect(guard.verify(undefined, token)).toBe(false)
    const old = Date.now() - (FORM_TOKEN_HOURS * 3600 + 10) * 1000
    expect(guard.verify(nonce, guard.tokenFor(nonce, old))).toBe(false)
  })
})

describe('reading preferences', () => {
  it('round-trips through the cookie and ignores a malformed one', () => {
    const p = { textSize: 2, contrast: true }
    expect(parsePreferences(serializePreferences(p))).toEqual(p)
    expect(parsePreferences('junk')).toEqual({ textSize: 0, contrast: false })
  })

  it('grows and shrinks the text within bounds and switches contrast', () => {
    let p = parsePreferences(undefined)
    for (let i = 0; i < 6; i++) p = changePreferences(p, { textSize: 'tang' })
    expect(p.textSize).toBe(3)
    for (let i = 0; i < 6; i++) p = changePreferences(p, { textSize: 'giam' })
    expect(p.textSize).toBe(-1)
    expect(changePreferences(p, { contrast: 'bat' }).contrast).toBe(true)
  })

  it('returns only to a path of this site', () => {
    expect(safeReturnPath('/tra-cuu?ma=1')).toBe('/tra-cuu?ma=1')
    expect(safeReturnPath('//evil.example')).toBe('/')
    expect(safeReturnPath('https://evil.example')).toBe('/')
    expect(safeReturnPath(undefined)).toBe('/')
  })
})
