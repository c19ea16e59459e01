/**
 * A denouncer who comes to the reception desk stays secret (Law on Denunciations 2018 Art. 8(3), 47(2);
 * NĐ 154/2026 Art. 12(2)). A visit whose content includes a denunciation (TC), or which opens or links a
 * case whose identity is protected, keeps its people only sealed — the same sealing as the cases module
 * (`src/platform/crypto/sealed-identity.ts`) — and every reader shows `messages.protectedVisitor`.
 */
import { sql } from 'drizzle-orm'
import { systemActor } from '../../platform/access/actor.ts'
import { recordAudit } from '../../platform/audit/audit.ts'
import { auditActor } from '../../platform/context.ts'
import { openIdentity, sealIdentity } from '../../platform/crypto/sealed-identity.ts'
import type { Database } from '../../platform/db/database.ts'
import type { VisitCitizenInput } from '../../contracts/reception.ts'
import { messages } from './messages.ts'
import type { VisitCitizenRow } from './reception.repo.ts'

type IdentityColumns = Pick<
  VisitCitizenRow,
  'fullName' | 'idNumber' | 'phone' | 'unitCode' | 'addressDetail' | 'sealed'
>

/** The identity columns of a visit's citizen: plain, or — for a protected visit — only sealed. */
export function visitorColumns(key: Buffer, input: VisitCitizenInput, protect: boolean): IdentityColumns {
  const idNumber = input.idNumber?.toUpperCase()
  if (protect)
    return {
      fullName: null,
      idNumber: null,
      phone: null,
      unitCode: null,
      addressDetail: null,
      sealed: sealIdentity(key, { ...input, idNumber }),
    }
  return {
    fullName: input.fullName,
    idNumber: idNumber ?? null,
    phone: input.phone ?? null,
    unitCode: input.address?.unitCode ?? null,
    addressDetail: input.address?.detail ?? null,
    sealed: null,
  }
}

/** A citizen of a visit as every reader shows it: a sealed identity is the fixed label, nothing else. */
export function presentVisitor(c: VisitCitizenRow) {
  if (c.sealed)
    return {
      fullName: messages.protectedVisitor,
      idNumber: null,
      phone: null,
      unitCode: null,
      addressDetail: null,
      representative: c.representative,
      protected: true,
    }
  return {
    fullName: c.fullName ?? '',
    idNumber: c.idNumber,
    phone: c.phone,
    unitCode: c.unitCode,
    addressDetail: c.addressDetail,
    representative: c.representative,
    protected: false,
  }
}

/** The identity behind a sealed row (only for an audited reveal). */
export function unsealVisitor(key: Buffer, c: VisitCitizenRow) {
  if (!c.sealed) return presentVisitor(c)
  const identity = openIdentity(key, c.sealed)
  return {
    fullName: identity.fullName,
    idNumber: identity.idNumber ?? null,
    phone: identity.phone ?? null,
    unitCode: identity.address?.unitCode ?? null,
    addressDetail: identity.address?.detail ?? null,
    representative: c.representative,
    protected: true,
  }
}

/** Which visits must keep their people secret, by the rule above (for rows stored before it existed). */
const mustProtect = sql`('TC' = any(v.content_kinds) or exists (
  select 1 from reception_visit_cases vc join cases k on k.id = vc.case_id
  where vc.visit_id = v.id and k.protect_identity))`

/**
 * One-time step at startup, for visits recorded before their people were sealed: marks every visit the
 * rule protects and seals its plain citizens (SQL alone cannot encrypt with the platform key). In one
 * transaction, audited per visit as a system action naming the visit and the number of people sealed,
 * never a person. Idempotent: once done it finds nothing and writes nothing.
 */
export async function sealProtectedVisitors(db: Database, key: Buffer): Promise<number> {
  return db.transaction(async (tx) => {
    const marked = await tx.execute(sql`
      update reception_visits v set identity_protected = true
      where not v.identity_protected and ${mustProtect}
      returning v.id`)
    const plain = await tx.execute(sql`
      select c.*, v.organization_id as org_id, v.province_code as visit_province
      from reception_visit_citizens c join reception_visits v on v.id = c.visit_id
      where v.identity_protected and c.sealed is null
      order by c.visit_id, c.position`)
    type Plain = {
      id: string
      visit_id: string
      full_name: string
      id_number: string | null
      phone: string | null
      unit_code: string | null
      address_detail: string | null
      org_id: string
      visit_province: string | null
    }
    const sealedPer = new Map<
      string,
      { organizationId: string; provinceCode: string | null; count: number }
    >()
    for (const c of plain.rows as Plain[]) {
      const sealed = sealIdentity(key, {
        fullName: c.full_name,
        ...(c.id_number ? { idNumber: c.id_number } : {}),
        ...(c.phone ? { phone: c.phone } : {}),
        ...(c.unit_code || c.address_detail
          ? { address: { unitCode: c.unit_code ?? '', detail: c.address_detail ?? '' } }
          : {}),
      })
      await tx.execute(sql`
        update reception_visit_citizens set sealed = ${sealed}, full_name = null, id_number = null,
          phone = null, unit_code = null, address_detail = null
        where id = ${c.id}`)
      const entry = sealedPer.get(c.visit_id) ?? {
        organizationId: c.org_id,
        provinceCode: c.visit_province,
        count: 0,
      }
      entry.count++
      sealedPer.set(c.visit_id, entry)
    }
    const markedIds = new Set((marked.rows as { id: string }[]).map((r) => r.id))
    for (const [visitId, entry] of sealedPer)
      await recordAudit(tx, {
        actor: auditActor({ actor: systemActor(), db, requestId: null }),
        action: 'reception.visit_identity_sealed',
        entityType: 'reception_visit',
        entityId: visitId,
        organizationId: entry.organizationId,
        provinceCode: entry.provinceCode,
        summary: { citizensSealed: entry.count, marked: markedIds.has(visitId) },
        requestId: null,
      })
    return sealedPer.size
  })
}
