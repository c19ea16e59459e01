import type { z } from 'zod'
import { openIdentity, sealIdentity } from '../../platform/crypto/sealed-identity.ts'
import type { CitizenInput, citizenView } from '../../contracts/cases.ts'
import type { CitizenRow } from './cases.repo.ts'
import { labels } from './messages.ts'

/** What the cases module needs from the composition root. */
export interface CaseDeps {
  /** AES-256-GCM key of DANVAN_SECRET_KEY_FILE, for protected identities. */
  secretKey: Buffer
}

type NewCitizen = Omit<CitizenRow, 'id' | 'caseId' | 'createdAt'>

/**
 * A citizen row to store. A protected identity (a denouncer: Law on Denunciations Art. 8(3), 47(2); NĐ 154
 * Art. 12(2)) keeps every identifying field only inside `sealed`, encrypted; the plain columns stay null.
 */
export function citizenRow(
  key: Buffer,
  input: CitizenInput,
  position: number,
  protect: boolean,
  kind: string,
  provinceCode: string | null,
): NewCitizen {
  if (protect)
    return {
      position,
      provinceCode,
      displayName: kind === 'denunciation' ? labels.protectedDenouncer : labels.protectedCitizen,
      fullName: null,
      idNumber: null,
      phone: null,
      email: null,
      unitCode: null,
      addressDetail: null,
      sealed: sealIdentity(key, input),
    }
  return {
    position,
    provinceCode,
    displayName: input.fullName,
    fullName: input.fullName,
    idNumber: input.idNumber ?? null,
    phone: input.phone ?? null,
    email: input.email ?? null,
    unitCode: input.address?.unitCode ?? null,
    addressDetail: input.address?.detail ?? null,
    sealed: null,
  }
}

/** The identity behind a protected row (only for an audited reveal). */
export function unsealCitizen(key: Buffer, row: CitizenRow): z.infer<typeof citizenView> {
  if (!row.sealed) throw new Error('citizen is not sealed')
  const identity = openIdentity(key, row.sealed)
  return {
    displayName: identity.fullName,
    protected: true,
    fullName: identity.fullName,
    idNumber: identity.idNumber ?? null,
    phone: identity.phone ?? null,
    email: identity.email ?? null,
    address: identity.address ?? null,
  }
}

/** The name shown in lists: never a protected identity. */
export function citizenDisplay(first: NewCitizen | undefined, others: number, anonymous: boolean): string {
  if (anonymous || !first) return labels.anonymousSender
  return others > 0 ? `${first.displayName} và ${others} người khác` : first.displayName
}
