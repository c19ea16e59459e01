import { describe, expect, it } from 'vitest'
import { hashPassword, passwordProblem, verifyPassword } from './passwords.ts'

describe('password policy', () => {
  it.each([
    ['ngan-qua', 'nguoi', /ít nhất 12/],
    ['password123456', 'nguoi', /phổ biến/],
    ['matkhau123456', 'nguoi', /phổ biến/],
    ['aaaaaaaaaaaaaaa', 'nguoi', /phổ biến/],
    ['Nguyen.Van.A-2026', 'nguyen.van.a', /tên đăng nhập/],
  ])('refuses %j for user %j', (password, username, why) => {
    expect(passwordProblem(password, username)).toMatch(why)
  })

  it('accepts a long, uncommon password', () => {
    expect(passwordProblem('Song-Hong-chay-qua-2026', 'nguoi')).toBeNull()
  })
})

describe('argon2id hashing', () => {
  it('verifies the right password and refuses a wrong one', async () => {
    const hash = await hashPassword('Song-Hong-chay-qua-2026')
    expect(hash).toMatch(/^\$argon2id\$/)
    expect(await verifyPassword(hash, 'Song-Hong-chay-qua-2026')).toBe(true)
    expect(await verifyPassword(hash, 'Song-Hong-chay-qua-2027')).toBe(false)
  })
})
