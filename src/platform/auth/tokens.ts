import { createHash, randomBytes } from 'node:crypto'

/** A random secret for a cookie or API token, and the SHA-256 under which it is stored. */
export const randomToken = (prefix = ''): string => prefix + randomBytes(32).toString('base64url')

export const tokenHash = (token: string): string => createHash('sha256').update(token).digest('hex')

export const API_TOKEN_PREFIX = 'dvs_'
