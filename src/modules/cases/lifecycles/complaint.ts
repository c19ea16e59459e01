import { HANDLERS, SIGNERS, handlingEnds, letterHandling } from './common.ts'
import type { Instance, Lifecycle, Transition } from './types.ts'

const OPEN = ['accepted', 'verifying', 'dialogue'] as const

/**
 * Khiếu nại (legal-facts §2). First instance: dialogue only when the request and the verification differ
 * (Law Art. 30); second instance: dialogue always (NĐ 155/2026 Art. 11). Suspension restarts the
 * resolution period from the resume decision (NĐ 155 Art. 12).
 */
function complaint(instance: Instance): Lifecycle {
  const resolve = `complaint.resolve.${instance}`
  const decidable = instance === 'first' ? ['verifying', 'dialogue'] : ['dialogue']
  const transitions: Transition[] = [
    ...letterHandling(
      'accepted',
      resolve,
      instance === 'first' ? 'Luật Khiếu nại Điều 27' : 'Luật Khiếu nại Điều 36',
    ),
    {
      from: ['accepted'],
      action: 'start_verification',
      to: 'verifying',
      roles: HANDLERS,
      required: [],
      source: 'Luật Khiếu nại Điều 29, 38',
    },
    {
      from: ['verifying'],
      action: 'hold_dialogue',
      to: 'dialogue',
      roles: HANDLERS,
      required: ['dialogueDate'],
      source: instance === 'first' ? 'Luật Khiếu nại Điều 30' : 'NĐ 155/2026 Điều 11',
    },
    {
      from: decidable,
      action: 'decide',
      to: 'decided',
      roles: SIGNERS,
      required: ['decisionNumber', 'decisionDate', 'legalBasis', 'result'],
      document: 'complaint_decision',
      clock: { start: `complaint.decision.${instance}_send` },
      source: instance === 'first' ? 'Luật Khiếu nại Điều 31' : 'Luật Khiếu nại Điều 40',
    },
    {
      from: ['decided'],
      action: 'send_decision',
      to: 'decision_sent',
      roles: HANDLERS,
      required: ['sentDate'],
      clock: { start: 'complaint.decision.final' },
      source: instance === 'first' ? 'Luật Khiếu nại Điều 32' : 'Luật Khiếu nại Điều 41',
    },
    {
      from: ['decision_sent'],
      action: 'finalize',
      to: 'final',
      roles: HANDLERS,
      required: [],
      clock: { stop: true },
      source: 'Luật Khiếu nại Điều 44',
    },
    {
      from: ['final'],
      action: 'enforce',
      to: 'enforced',
      roles: HANDLERS,
      required: ['enforcementNote'],
      source: 'Luật Khiếu nại Điều 44–46',
    },
    {
      from: ['decision_sent'],
      action: 'sue',
      to: 'lawsuit',
      roles: HANDLERS,
      required: ['court'],
      clock: { stop: true },
      source: 'Luật Khiếu nại Điều 7',
    },
    {
      from: [...OPEN],
      action: 'suspend',
      to: 'suspended',
      roles: SIGNERS,
      required: ['decisionNumber', 'reason', 'legalBasis'],
      document: 'suspension_decision',
      clock: { stop: true },
      source: 'NĐ 155/2026 Điều 12',
    },
    {
      from: ['suspended'],
      action: 'resume',
      to: 'verifying',
      roles: SIGNERS,
      required: ['decisionNumber'],
      document: 'resumption_decision',
      clock: { start: resolve },
      source: 'NĐ 155/2026 Điều 12 (thời hạn tính lại từ ngày có quyết định tiếp tục)',
    },
    {
      from: ['received', ...OPEN, 'suspended'],
      action: 'withdraw',
      to: 'withdrawn',
      roles: HANDLERS,
      required: ['reason'],
      clock: { stop: true },
      source: 'Luật Khiếu nại Điều 10; NĐ 124/2020 Điều 7a',
    },
    {
      from: [...OPEN, 'suspended'],
      action: 'terminate',
      to: 'terminated',
      roles: SIGNERS,
      required: ['decisionNumber', 'reason'],
      document: 'termination_decision',
      clock: { stop: true },
      source: 'Luật Khiếu nại Điều 11a; NĐ 155/2026 Điều 12',
    },
  ]
  if (instance === 'first')
    transitions.push({
      from: ['decision_sent'],
      action: 'appeal',
      to: 'second_complaint',
      roles: HANDLERS,
      required: ['appealDate'],
      clock: { stop: true },
      source: 'Luật Khiếu nại Điều 33',
    })
  return {
    id: `complaint.${instance}`,
    kind: 'complaint',
    instance,
    initial: 'received',
    intakeClock: 'complaint.accept',
    states: {
      received: {},
      ...handlingEnds,
      accepted: {},
      verifying: {},
      dialogue: {},
      suspended: {},
      decided: {},
      decision_sent: {},
      final: {},
      enforced: { terminal: true },
      lawsuit: { terminal: true },
      withdrawn: { terminal: true },
      terminated: { terminal: true },
      ...(instance === 'first' ? { second_complaint: { terminal: true } } : {}),
    },
    transitions,
  }
}

export const complaintFirst = complaint('first')
export const complaintSecond = complaint('second')
