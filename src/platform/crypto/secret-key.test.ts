import { mkdtempSync, readFileSync, statSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { decryptField, encryptField, loadOrCreateSecretKey } from './secret-key.ts'

describe('field encryption key and AES-256-GCM', () => {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'danvan-key-')), 'nested', 'secret.key')

  it('generates a 32-byte key readable only by its owner, and reads the same key again', () => {
    const key = loadOrCreateSecretKey(file)
    expect(key.length).toBe(32)
    expect(statSync(file).mode & 0o777).toBe(0o600)
    expect(loadOrCreateSecretKey(file).equals(key)).toBe(true)
  })

  it('round-trips Vietnamese text and never stores it in clear', () => {
    const key = loadOrCreateSecretKey(file)
    const sealed = encryptField(key, 'Người tố cáo: Nguyễn Văn Đạt')
    expect(sealed).toMatch(/^v1\./)
    expect(sealed).not.toContain('Nguyễn')
    expect(encryptField(key, 'x')).not.toBe(encryptField(key, 'x')) // random IV
    expect(decryptField(key, sealed)).toBe('Người tố cáo: Nguyễn Văn Đạt')
  })

  it('refuses a tampered ciphertext or the wrong key', () => {
    const key = loadOrCreateSecretKey(file)
    const sealed = encryptField(key, 'bí mật')
    const tampered = sealed.slice(0, -2) + (sealed.endsWith('A') ? 'BB' : 'AA')
    expect(() => decryptField(key, tampered)).toThrow()
    expect(() => decryptField(Buffer.alloc(32, 1), sealed)).toThrow()
  })

  it('refuses a key file that does not hold 32 bytes', async () => {
    const bad = path.join(path.dirname(file), 'bad.key')
    const { writeFileSync } = await import('node:fs')
    writeFileSync(bad, 'c2hvcnQ=\n')
    expect(() => loadOrCreateSecretKey(bad)).toThrow(/32 byte/)
    expect(readFileSync(bad, 'utf8')).toBe('c2hvcnQ=\n')
  })
})
