import type { AttachmentView } from '../../platform/files/index.ts'
import type { CriteriaSetRow, EvaluationRow, EventRow, ScoreRow } from './friendly.repo.ts'
import { evidenceLabels, ratingLabels, statusLabels, actionLabels } from './messages.ts'
import type { EvaluationStatus } from './lifecycle.ts'
import type { Rating } from './criteria.ts'

export const presentCriteriaSet = (s: CriteriaSetRow) => ({
  id: s.id,
  code: s.code,
  name: s.name,
  issuer: s.issuer,
  provinceCode: s.provinceCode,
  organizationId: s.organizationId,
  effectiveFrom: s.effectiveFrom,
  effectiveTo: s.effectiveTo,
  isExample: s.isExample,
  note: s.note,
  maxTotal: s.criteria.reduce((sum, c) => sum + c.maxPoints, 0),
  criteria: s.criteria.map((c) => ({
    ...c,
    evidenceLabels: c.evidenceTypes.map((t) => evidenceLabels[t]),
  })),
  thresholds: s.thresholds.map((t) => ({ ...t, label: ratingLabels[t.rating] })),
})

export const presentEvaluationItem = (e: EvaluationRow, organizationName: string) => ({
  id: e.id,
  organizationId: e.organizationId,
  organizationName,
  provinceCode: e.provinceCode,
  year: e.year,
  status: e.status,
  statusLabel: statusLabels[e.status as EvaluationStatus] ?? e.status,
  selfTotal: e.selfTotal,
  finalTotal: e.finalTotal,
  rating: e.rating,
  ratingLabel: e.rating ? ratingLabels[e.rating as Rating] : null,
  submittedAt: e.submittedAt?.toISOString() ?? null,
  ratedAt: e.ratedAt?.toISOString() ?? null,
  version: e.version,
})

export const presentScore = (
  s: ScoreRow,
  criterion: CriteriaSetRow['criteria'][number] | undefined,
  files: AttachmentView[],
) => ({
  criterion: s.criterionCode,
  group: criterion?.group ?? null,
  text: criterion?.text ?? null,
  maxPoints: criterion?.maxPoints ?? null,
  evidenceTypes: criterion?.evidenceTypes ?? [],
  source: criterion?.source ?? null,
  selfScore: s.selfScore,
  evidence: s.evidence,
  links: (s.links as string[] | null) ?? [],
  files,
  reviewedScore: s.reviewedScore,
  reviewNote: s.reviewNote,
})

export const presentEvent = (e: EventRow) => ({
  action: e.action,
  actionLabel: actionLabels[e.action as keyof typeof actionLabels] ?? 'Lập bản tự đánh giá',
  fromStatus: e.fromStatus,
  toStatus: e.toStatus,
  actorName: e.actorName,
  at: e.at.toISOString(),
  comment: e.comment,
})
