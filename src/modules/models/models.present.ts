import type { Actor } from '../../platform/access/actor.ts'
import { can } from '../../platform/access/actor.ts'
import {
  allowedModelActions,
  findModelTransition,
  isEditable,
  type ModelLevel,
  type ModelStatus,
} from './model-lifecycle.ts'
import {
  awardFormLabels,
  modelActionLabels,
  modelEventLabels,
  modelKindLabels,
  modelLevelLabels,
  modelStatusLabels,
} from './messages.ts'
import type { AwardRow, ModelEventRow, ModelRow, RecognitionRow } from './models.repo.ts'

export interface ModelResult {
  label: string
  value: number
  unit?: string
}

const levelLabel = (level: string | null) => (level ? (modelLevelLabels[level as ModelLevel] ?? level) : null)

/** The fields every reader may see (the public gallery shows the same, for recognised models only). */
export function presentModelPublic(
  row: ModelRow,
  names: { organizationName: string; unitName: string | null; fieldLabel: string },
) {
  return {
    id: row.id,
    kind: row.kind,
    kindLabel: modelKindLabels[row.kind as keyof typeof modelKindLabels] ?? row.kind,
    organizationName: names.organizationName,
    provinceCode: row.provinceCode,
    unitCode: row.adminUnitCode,
    unitName: names.unitName,
    fieldCode: row.fieldCode,
    fieldLabel: names.fieldLabel,
    title: row.title,
    personName: row.personName,
    personPosition: row.personPosition,
    goal: row.goal,
    mobilisation: row.mobilisation,
    results: row.results as ModelResult[],
    resultsText: row.resultsText,
    periodFrom: row.periodFrom,
    periodTo: row.periodTo,
    currentLevel: row.currentLevel,
    levelLabel: levelLabel(row.currentLevel),
    recognisedOn: row.recognisedOn,
  }
}

export function presentModel(
  row: ModelRow,
  names: { organizationName: string; unitName: string | null; fieldLabel: string },
  actor: Actor,
) {
  const allowed = allowedModelActions(row.status).filter((a) => {
    const t = findModelTransition(row.status, a)
    return t !== undefined && can(actor, t.permission)
  })
  return {
    ...presentModelPublic(row, names),
    organizationId: row.organizationId,
    status: row.status,
    statusLabel: modelStatusLabels[row.status as ModelStatus] ?? row.status,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    allowedActions: allowed.map((a) => ({ action: a, label: modelActionLabels[a] })),
    /** The caller may correct its content (`PATCH /api/models/:id`). */
    editable: isEditable(row.status) && can(actor, 'models.manage'),
  }
}

export const presentRecognition = (r: RecognitionRow) => ({
  id: r.id,
  level: r.level,
  levelLabel: levelLabel(r.level),
  decidingBody: r.decidingBody,
  decisionNumber: r.decisionNumber,
  decidedOn: r.decidedOn,
})

export const presentAward = (a: AwardRow) => ({
  id: a.id,
  form: a.form,
  formLabel: awardFormLabels[a.form as keyof typeof awardFormLabels] ?? a.form,
  awardedBy: a.awardedBy,
  decisionNumber: a.decisionNumber,
  awardedOn: a.awardedOn,
})

export const presentModelEvent = (e: ModelEventRow) => ({
  action: e.action,
  actionLabel:
    modelActionLabels[e.action as keyof typeof modelActionLabels] ?? modelEventLabels[e.action] ?? e.action,
  fromStatus: e.fromStatus,
  toStatus: e.toStatus,
  actorName: e.actorName,
  at: e.at.toISOString(),
  body: e.body as Record<string, unknown>,
})
