import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'

/**
 * Anti-forgery for the portal's forms without accounts: a double-submit cookie holding a random nonce, and
 * a hidden field `token` = issued-at + HMAC(server key, nonce + issued-at). A post is accepted only with
 * both, signed by this server, from the same browser, within FORM_TOKEN_HOURS.
 */
export const FORM_COOKIE = 'dvs_form'
export const FORM_TOKEN_FIELD = 'token'
export const FORM_TOKEN_HOURS = 6

export interface FormGuard {
  /** A fresh nonce for a browser that has none (to set as the cookie). */
  newNonce(): string
  tokenFor(nonce: string, now?: number): string
  verify(nonce: string | undefined, token: string | undefined, now?: number): boolean
}

export function formGuard(secretKey: Buffer): FormGuard {
  const key = createHmac('sha256', secretKey).update('dan-van-so/portal-form').digest()
  const sign = (nonce: string, issued: string): Buffer =>
    createHmac('sha256', key).update(`${nonce}.${issued}`).digest()
  return {
    newNonce: () => randomBytes(18).toString('base64url'),
    tokenFor(nonce, now = Date.now()) {
      const issued = Math.floor(now / 1000).toString(36)
      return `${issued}.${sign(nonce, issued).toString('base64url')}`
    },
    verify(nonce, token, now = Date.now()) {
      if (!nonce || !token || !/^[A-Za-z0-9_-]{16,64}$/.test(nonce)) return false
      const [issued, signature] = token.split('.')
      if (!issued || !signature || !/^[0-9a-z]{1,10}$/.test(issued)) return false
      const age = now / 1000 - parseInt(issued, 36)
      if (age < -60 || age > FORM_TOKEN_HOURS * 3600) return false
      const given = Buffer.from(signature, 'base64url')
      const expected = sign(nonce, issued)
      return given.length === expected.length && timingSafeEqual(given, expected)
    },
  }
}
