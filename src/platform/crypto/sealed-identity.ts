import { z } from 'zod'
import { decryptField, encryptField } from './secret-key.ts'

/**
 * A person's identifying fields sealed together (Law on Denunciations 2018 Art. 8(3), 47(2); NĐ 154/2026
 * Art. 12(2)): one AES-256-GCM value with the platform key, so the plain columns beside it stay null and
 * a copy of the database alone shows nobody. Shared by cases (`case_citizens.sealed`) and reception
 * (`reception_visit_citizens.sealed`); opened only by an audited reveal.
 */
export const sealedIdentity = z.object({
  fullName: z.string(),
  idNumber: z.string().optional(),
  phone: z.string().optional(),
  email: z.string().optional(),
  address: z.object({ unitCode: z.string(), detail: z.string() }).optional(),
})
export type SealedIdentity = z.infer<typeof sealedIdentity>

export const sealIdentity = (key: Buffer, identity: SealedIdentity): string =>
  encryptField(key, JSON.stringify(identity))

export const openIdentity = (key: Buffer, sealed: string): SealedIdentity =>
  sealedIdentity.parse(JSON.parse(decryptField(key, sealed)))
