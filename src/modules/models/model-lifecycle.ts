import type { Permission } from '../../platform/access/permissions.ts'
import type { OrganizationLevel } from '../organizations/index.ts'

/**
 * Mô hình "Dân vận khéo" — the declared lifecycle. Practice (legal-facts §7): registration → review →
 * recognition at a level (and again higher up) → commendation → replication. The API, the back office and
 * the tests read this one object; an action not listed from the current state is INVALID_TRANSITION with
 * the allowed actions. Recognising again keeps the state (an awarded model recognised at province level
 * stays awarded) and must reach a strictly higher level.
 */
export const modelStatuses = [
  'draft',
  'submitted',
  'returned',
  'recognised',
  'awarded',
  'replicated',
  'withdrawn',
] as const
export type ModelStatus = (typeof modelStatuses)[number]

export const modelActions = [
  'submit',
  'return',
  'resubmit',
  'recognise',
  'award',
  'replicate',
  'withdraw',
] as const
export type ModelAction = (typeof modelActions)[number]

/** Recognition levels, lowest first. `district` is history: the level ended on 01/07/2025 (legal-facts §10). */
export const modelLevels = ['commune', 'district', 'province', 'central'] as const
export type ModelLevel = (typeof modelLevels)[number]
export const DISTRICT_LEVEL_ENDED = '2025-07-01'

export const levelRank = (level: string | null | undefined): number =>
  level ? (modelLevels as readonly string[]).indexOf(level) : -1

/**
 * Who records a recognition: the deciding body's own level. A commune's People's Committee or Party
 * committee (and the bodies under it) records commune-level recognitions, a province's records province
 * level, central bodies central level — never a level above or below on another body's behalf. The old
 * district level no longer has organizations of its own: a province-level official enters those decisions
 * as history (a district organization still in the tree may too). The system administrator (migration,
 * corrections) is not bound by it.
 */
export const recordingLevels: Record<ModelLevel, readonly OrganizationLevel[]> = {
  commune: ['commune'],
  district: ['district', 'province'],
  province: ['province'],
  central: ['central'],
}
export const mayRecordAt = (recorder: OrganizationLevel, level: ModelLevel): boolean =>
  recordingLevels[level].includes(recorder)

/** Its content is edited (`PATCH /api/models/:id`) only before review or when returned for more. */
export const editableStatuses = ['draft', 'returned'] as const
export const isEditable = (status: string): boolean =>
  (editableStatuses as readonly string[]).includes(status)

/** States in which a model is recognised: counted in the summary, shown in the public gallery. */
export const recognisedStatuses = ['recognised', 'awarded', 'replicated'] as const
export const isRecognised = (status: string): boolean =>
  (recognisedStatuses as readonly string[]).includes(status)

export interface ModelTransition {
  action: ModelAction
  from: readonly ModelStatus[]
  /** `null`: the state stays as it is (a further recognition or award). */
  to: ModelStatus | null
  permission: Permission
  /** Fields the body must carry. */
  required: readonly string[]
}

export const modelTransitions: readonly ModelTransition[] = [
  { action: 'submit', from: ['draft'], to: 'submitted', permission: 'models.manage', required: [] },
  {
    action: 'return',
    from: ['submitted'],
    to: 'returned',
    permission: 'models.recognise',
    required: ['reason'],
  },
  { action: 'resubmit', from: ['returned'], to: 'submitted', permission: 'models.manage', required: [] },
  {
    action: 'recognise',
    from: ['submitted'],
    to: 'recognised',
    permission: 'models.recognise',
    required: ['level', 'decidingBody', 'decisionNumber', 'decidedOn'],
  },
  {
    action: 'recognise',
    from: ['recognised', 'awarded', 'replicated'],
    to: null,
    permission: 'models.recognise',
    required: ['level', 'decidingBody', 'decisionNumber', 'decidedOn'],
  },
  {
    action: 'award',
    from: ['recognised', 'awarded'],
    to: 'awarded',
    permission: 'models.recognise',
    required: ['form', 'awardedBy', 'decisionNumber', 'awardedOn'],
  },
  {
    action: 'award',
    from: ['replicated'],
    to: null,
    permission: 'models.recognise',
    required: ['form', 'awardedBy', 'decisionNumber', 'awardedOn'],
  },
  {
    action: 'replicate',
    from: ['recognised', 'awarded'],
    to: 'replicated',
    permission: 'models.recognise',
    required: ['note'],
  },
  {
    action: 'withdraw',
    from: ['draft', 'submitted', 'returned'],
    to: 'withdrawn',
    permission: 'models.manage',
    required: ['reason'],
  },
  {
    action: 'withdraw',
    from: ['recognised', 'awarded', 'replicated'],
    to: 'withdrawn',
    permission: 'models.recognise',
    required: ['reason'],
  },
]

export function allowedModelActions(status: string): ModelAction[] {
  return [
    ...new Set(
      modelTransitions.filter((t) => (t.from as readonly string[]).includes(status)).map((t) => t.action),
    ),
  ]
}

export function findModelTransition(status: string, action: string): ModelTransition | undefined {
  return modelTransitions.find((t) => t.action === action && (t.from as readonly string[]).includes(status))
}

/** The state after a transition from `status`. */
export const nextStatus = (t: ModelTransition, status: ModelStatus): ModelStatus => t.to ?? status
