import { authorize } from '../../../platform/access/actor.ts'
import { recordAudit } from '../../../platform/audit/audit.ts'
import { auditActor, type Context } from '../../../platform/context.ts'
import { newId } from '../../../platform/db/ids.ts'
import { conflict, validationFailed, type FieldError } from '../../../platform/errors.ts'
import type { RegistrationBody } from '../../../contracts/emulation.ts'
import { todayInVietnam } from '../../admin-units/index.ts'
import { checkModelField } from '../../models/index.ts'
import { insertEmulationEvent, insertRegistration, type RegistrationRow } from '../emulation.repo.ts'
import { messages } from '../messages.ts'
import { organizationInScope, registrationWindow } from '../validation.ts'

/**
 * Đăng ký thi đua of a collective (the organization) or an individual, inside the year's registration
 * window (rule book), declaring the "Dân vận khéo" fields (model field codes) and the targets. A collective
 * registers once a year (409 otherwise). One transaction, audited.
 */
export async function registerEmulation(ctx: Context, body: RegistrationBody): Promise<RegistrationRow> {
  authorize(ctx.actor, 'emulation.manage')
  const errors: FieldError[] = []
  if (body.registrantKind === 'individual' && !body.personName)
    errors.push({ path: 'personName', message: messages.personRequired })
  if (body.registrantKind === 'collective' && body.personName)
    errors.push({ path: 'personName', message: messages.personNotForCollective })
  const registeredOn = body.registeredOn ?? todayInVietnam()
  if (registeredOn > todayInVietnam()) errors.push({ path: 'registeredOn', message: messages.inFuture })
  const window = await registrationWindow(ctx.db, body.year)
  if (!window) errors.push({ path: 'year', message: messages.noWindow(body.year) })
  else if (registeredOn < window.from || registeredOn > window.to)
    errors.push({
      path: 'registeredOn',
      message: messages.outsideWindow(window.from, window.to, window.source),
    })
  if (errors.length) throw validationFailed(errors)
  return ctx.db.transaction(async (tx) => {
    const organizationId = body.organizationId ?? ctx.actor.organizationId
    if (!organizationId)
      throw validationFailed([{ path: 'organizationId', message: 'Hãy chọn cơ quan, đơn vị đăng ký.' }])
    const organization = await organizationInScope(tx, ctx.actor, organizationId)
    authorize(ctx.actor, 'emulation.manage', { organizationPath: organization.path })
    let index = 0
    for (const code of body.danVanKheoFields)
      await checkModelField(tx, code, organization.path, `danVanKheoFields.${index++}`)
    const row = await insertRegistration(tx, {
      id: newId(),
      organizationId: organization.id,
      provinceCode: organization.provinceCode,
      year: body.year,
      registrantKind: body.registrantKind,
      personName: body.personName ?? null,
      personPosition: body.personPosition ?? null,
      title: body.title,
      danVanKheoFields: [...new Set(body.danVanKheoFields)],
      targets: body.targets,
      registeredOn,
      status: 'registered',
      createdBy: ctx.actor.userId,
    })
    if (!row)
      throw conflict(messages.duplicateCollective(body.year), [
        { path: 'year', message: messages.duplicateCollective(body.year) },
      ])
    await insertEmulationEvent(tx, {
      id: newId(),
      registrationId: row.id,
      provinceCode: row.provinceCode,
      action: 'register',
      fromStatus: null,
      toStatus: 'registered',
      actorId: ctx.actor.userId,
      actorName: ctx.actor.fullName,
      body: {},
    })
    await recordAudit(tx, {
      actor: auditActor(ctx),
      action: 'emulation.register',
      entityType: 'emulation_registration',
      entityId: row.id,
      organizationId: row.organizationId,
      provinceCode: row.provinceCode,
      summary: { year: row.year, kind: row.registrantKind, title: row.title, fields: row.danVanKheoFields },
      requestId: ctx.requestId,
    })
    return row
  })
}
