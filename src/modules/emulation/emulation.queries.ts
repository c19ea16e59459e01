import { authorize, can, covers, scopeOf, type Actor } from '../../platform/access/actor.ts'
import type { Database } from '../../platform/db/database.ts'
import { notFound } from '../../platform/errors.ts'
import { cursorKey, pageOf } from '../../platform/http/pagination.ts'
import type { PactListQuery, RegistrationListQuery } from '../../contracts/emulation.ts'
import { modelFieldLabels } from '../models/index.ts'
import {
  findPact,
  findRegistration,
  listPacts,
  listRegistrations,
  registrationEventsOf,
  type PactRow,
  type RegistrationRow,
} from './emulation.repo.ts'
import { emulationPacts, emulationRegistrations } from './emulation.schema.ts'
import {
  allowedActions,
  findTransition,
  pactTransitions,
  registrationTransitions,
  type PactStatus,
  type RegistrationStatus,
  type Transition,
} from './lifecycle.ts'
import {
  actionLabels,
  messages,
  pactStatusLabels,
  partyKindLabels,
  proposalLabels,
  registrantKindLabels,
  registrationStatusLabels,
} from './messages.ts'
import { organizationInScope } from './validation.ts'

const actionsFor = <S extends string>(transitions: readonly Transition<S>[], status: string, actor: Actor) =>
  allowedActions(transitions, status)
    .filter((a) => {
      const t = findTransition(transitions, status, a)
      return t !== undefined && can(actor, t.permission)
    })
    .map((a) => ({ action: a, label: actionLabels[a] ?? a }))

function presentRegistration(
  r: RegistrationRow,
  organizationName: string,
  fieldLabels: Map<string, string>,
  actor: Actor,
) {
  return {
    id: r.id,
    organizationId: r.organizationId,
    organizationName,
    year: r.year,
    registrantKind: r.registrantKind,
    registrantKindLabel: registrantKindLabels[r.registrantKind as keyof typeof registrantKindLabels],
    personName: r.personName,
    personPosition: r.personPosition,
    title: r.title,
    danVanKheoFields: (r.danVanKheoFields as string[]).map((code) => ({
      code,
      label: fieldLabels.get(code) ?? code,
    })),
    targets: r.targets as { text: string; target: string }[],
    registeredOn: r.registeredOn,
    status: r.status,
    statusLabel: registrationStatusLabels[r.status as RegistrationStatus] ?? r.status,
    selfAssessment: r.selfAssessment as { achieved: string; met: boolean }[] | null,
    selfAssessedOn: r.selfAssessedOn,
    councilOpinion: r.councilOpinion,
    boardOpinion: r.boardOpinion,
    reviewProposal: r.reviewProposal,
    reviewProposalLabel: r.reviewProposal
      ? proposalLabels[r.reviewProposal as keyof typeof proposalLabels]
      : null,
    reviewedOn: r.reviewedOn,
    commendation: r.commendation as {
      title: string
      awardedBy: string
      decisionNumber: string
      decidedOn: string
    } | null,
    outcomeReason: r.outcomeReason,
    version: r.version,
    allowedActions: actionsFor(registrationTransitions, r.status, actor),
  }
}

function presentPact(p: PactRow, organizationName: string, actor: Actor) {
  return {
    id: p.id,
    organizationId: p.organizationId,
    organizationName,
    year: p.year,
    title: p.title,
    signedOn: p.signedOn,
    parties: (p.parties as { name: string; kind: string }[]).map((x) => ({
      ...x,
      kindLabel: partyKindLabels[x.kind as keyof typeof partyKindLabels] ?? x.kind,
    })),
    criteria: p.criteria as { text: string; target: string }[],
    status: p.status,
    statusLabel: pactStatusLabels[p.status as PactStatus] ?? p.status,
    assessment: p.assessment as { achieved: string; met: boolean }[] | null,
    assessedOn: p.assessedOn,
    version: p.version,
    allowedActions: actionsFor(pactTransitions, p.status, actor),
  }
}

export async function registrationList(db: Database, actor: Actor, q: RegistrationListQuery) {
  authorize(actor, 'emulation.read')
  const organizationPath = q.organization
    ? (await organizationInScope(db.db, actor, q.organization, 'organization')).path
    : undefined
  const [rows, labels] = await Promise.all([
    listRegistrations(
      db.db,
      {
        scope: scopeOf(actor, emulationRegistrations.organizationId),
        year: q.year,
        status: q.status,
        registrantKind: q.registrantKind,
        organizationPath,
        after: cursorKey(q.cursor, { uuid: true }),
      },
      q.limit + 1,
    ),
    modelFieldLabels(db.db),
  ])
  const page = pageOf(rows, q.limit, (r) => r.row.id)
  return {
    items: page.rows.map((r) => presentRegistration(r.row, r.organizationName, labels, actor)),
    nextCursor: page.nextCursor,
  }
}

export async function registrationDetail(db: Database, actor: Actor, id: string) {
  authorize(actor, 'emulation.read')
  const found = await findRegistration(db.db, id)
  if (!found || !covers(actor, found.organizationPath)) throw notFound(messages.registrationNotFound)
  const [labels, events] = await Promise.all([modelFieldLabels(db.db), registrationEventsOf(db.db, id)])
  return {
    ...presentRegistration(found.row, found.organizationName, labels, actor),
    history: events.map((e) => ({
      action: e.action,
      actionLabel: actionLabels[e.action] ?? e.action,
      toStatus: e.toStatus,
      actorName: e.actorName,
      at: e.at.toISOString(),
    })),
  }
}

export async function pactList(db: Database, actor: Actor, q: PactListQuery) {
  authorize(actor, 'emulation.read')
  const organizationPath = q.organization
    ? (await organizationInScope(db.db, actor, q.organization, 'organization')).path
    : undefined
  const rows = await listPacts(
    db.db,
    {
      scope: scopeOf(actor, emulationPacts.organizationId),
      year: q.year,
      status: q.status,
      organizationPath,
      after: cursorKey(q.cursor, { uuid: true }),
    },
    q.limit + 1,
  )
  const page = pageOf(rows, q.limit, (r) => r.row.id)
  return {
    items: page.rows.map((r) => presentPact(r.row, r.organizationName, actor)),
    nextCursor: page.nextCursor,
  }
}

export async function pactDetail(db: Database, actor: Actor, id: string) {
  authorize(actor, 'emulation.read')
  const found = await findPact(db.db, id)
  if (!found || !covers(actor, found.organizationPath)) throw notFound(messages.pactNotFound)
  return presentPact(found.row, found.organizationName, actor)
}
