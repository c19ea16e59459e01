import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

/**
 * The key for field encryption (AES-256-GCM), kept in a file outside the database so that a copy of the
 * database alone reveals nothing. Generated on first start when absent.
 */
export function loadOrCreateSecretKey(file: string): Buffer {
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true })
    writeFileSync(file, randomBytes(32).toString('base64') + '\n', { mode: 0o600, flag: 'wx' })
  }
  const key = Buffer.from(readFileSync(file, 'utf8').trim(), 'base64')
  if (key.length !== 32) throw new Error(`Khoá mã hoá trong ${file} không hợp lệ: cần 32 byte mã hoá base64.`)
  return key
}

/** Encrypts a field: 'v1.' + base64url(iv | tag | ciphertext). */
export function encryptField(key: Buffer, plaintext: string): string {
  const iv = randomBytes(12)
  const cipher = createCipheriv('aes-256-gcm', key, iv)
  const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()])
  return 'v1.' + Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url')
}

export function decryptField(key: Buffer, sealed: string): string {
  if (!sealed.startsWith('v1.')) throw new Error('unknown field encryption format')
  const raw = Buffer.from(sealed.slice(3), 'base64url')
  const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, 12))
  decipher.setAuthTag(raw.subarray(12, 28))
  return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8')
}
