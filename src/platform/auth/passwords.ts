import { hash, verify } from '@node-rs/argon2'
import { dictionary } from '@zxcvbn-ts/language-common'

// argon2id with the OWASP-recommended minimum (19 MiB, 2 iterations, 1 lane).
const ARGON2 = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const

export const hashPassword = (password: string): Promise<string> => hash(password, ARGON2)

export const verifyPassword = (passwordHash: string, password: string): Promise<boolean> =>
  verify(passwordHash, password).catch(() => false)

/** A hash of a random password: verifying against it costs the same as against a real one. */
let decoyHash: Promise<string> | undefined
export const decoyPasswordHash = (): Promise<string> => (decoyHash ??= hashPassword(crypto.randomUUID()))

export const MIN_PASSWORD_LENGTH = 12
export const MAX_PASSWORD_LENGTH = 256

// 49k most common passwords (zxcvbn-ts, MIT) plus Vietnamese favourites.
const common = new Set([
  ...dictionary.passwords,
  'matkhau',
  'matkhau123',
  'matkhau123456',
  'anhyeuem',
  'anhyeuem123',
  'emyeuanh',
  'vietnam',
  'vietnam123',
  'danvanso',
  'danvan2026',
])

/** Why a password is refused, in Vietnamese, or null when it is acceptable. */
export function passwordProblem(password: string, username?: string): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) return `Mật khẩu phải có ít nhất ${MIN_PASSWORD_LENGTH} ký tự.`
  if (password.length > MAX_PASSWORD_LENGTH)
    return `Mật khẩu không được dài quá ${MAX_PASSWORD_LENGTH} ký tự.`
  const lower = password.toLowerCase()
  if (username && lower.includes(username.toLowerCase())) return 'Mật khẩu không được chứa tên đăng nhập.'
  const stripped = lower.replace(/[\d\W_]+$/u, '')
  if (common.has(lower) || common.has(stripped) || /^(.)\1+$/u.test(password))
    return 'Mật khẩu này quá phổ biến, dễ bị đoán. Hãy chọn mật khẩu khác.'
  return null
}
