export interface Outcome {
  achieved: string
  met: boolean
}

export interface Registration {
  id: string
  organizationName: string
  year: number
  registrantKind: string
  registrantKindLabel: string
  personName: string | null
  personPosition: string | null
  title: string
  danVanKheoFields: { code: string; label: string }[]
  targets: { text: string; target: string }[]
  registeredOn: string
  status: string
  statusLabel: string
  selfAssessment: Outcome[] | null
  councilOpinion: string | null
  boardOpinion: string | null
  reviewProposalLabel: string | null
  commendation: { title: string; awardedBy: string; decisionNumber: string; decidedOn: string } | null
  outcomeReason: string | null
  version: number
  allowedActions: { action: string; label: string }[]
}

export interface Pact {
  id: string
  organizationName: string
  year: number
  title: string
  signedOn: string
  parties: { name: string; kind: string; kindLabel: string }[]
  criteria: { text: string; target: string }[]
  status: string
  statusLabel: string
  assessment: Outcome[] | null
  assessedOn: string | null
  version: number
  allowedActions: { action: string; label: string }[]
}
