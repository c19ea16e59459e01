import { HANDLERS, SIGNERS, handlingEnds, letterHandling } from './common.ts'
import type { Lifecycle } from './types.ts'

const OPEN = ['accepted', 'verifying', 'extended'] as const

/**
 * Tố cáo (legal-facts §3): intake check in 7 working days (Law on Denunciations Art. 24), resolution in
 * 30 days extended once when complex and twice when especially complex (Art. 30), conclusion sent
 * within 5 working days (Art. 35(3)). How many extensions a case may take is checked by the case module.
 */
export const denunciation: Lifecycle = {
  id: 'denunciation',
  kind: 'denunciation',
  instance: null,
  initial: 'received',
  intakeClock: 'denunciation.intake',
  states: {
    received: {},
    ...handlingEnds,
    accepted: {},
    verifying: {},
    extended: {},
    suspended: {},
    concluded: {},
    conclusion_sent: {},
    following_up: {},
    closed: { terminal: true },
    withdrawn: { terminal: true },
    terminated: { terminal: true },
  },
  transitions: [
    ...letterHandling('accepted', 'denunciation.resolve', 'Luật Tố cáo Điều 29'),
    {
      from: ['accepted'],
      action: 'start_verification',
      to: 'verifying',
      roles: HANDLERS,
      required: [],
      source: 'Luật Tố cáo Điều 31',
    },
    {
      from: ['verifying', 'extended'],
      action: 'extend',
      to: 'extended',
      roles: SIGNERS,
      required: ['decisionNumber', 'reason'],
      document: 'extension_decision',
      clock: { start: 'denunciation.resolve.extension' },
      source: 'Luật Tố cáo Điều 30',
    },
    {
      from: ['verifying', 'extended'],
      action: 'conclude',
      to: 'concluded',
      roles: SIGNERS,
      required: ['conclusionNumber', 'conclusionDate', 'result'],
      document: 'denunciation_conclusion',
      clock: { start: 'denunciation.conclusion_send' },
      source: 'Luật Tố cáo Điều 35',
    },
    {
      from: ['concluded'],
      action: 'send_conclusion',
      to: 'conclusion_sent',
      roles: HANDLERS,
      required: ['sentDate'],
      clock: { stop: true },
      source: 'Luật Tố cáo Điều 35(3)',
    },
    {
      from: ['conclusion_sent'],
      action: 'start_follow_up',
      to: 'following_up',
      roles: HANDLERS,
      required: [],
      source: 'Luật Tố cáo Điều 36, 40',
    },
    {
      from: ['conclusion_sent', 'following_up'],
      action: 'close',
      to: 'closed',
      roles: HANDLERS,
      required: [],
      source: 'Luật Tố cáo Điều 40',
    },
    {
      from: [...OPEN],
      action: 'suspend',
      to: 'suspended',
      roles: SIGNERS,
      required: ['decisionNumber', 'reason', 'legalBasis'],
      document: 'suspension_decision',
      clock: { stop: true },
      source: 'Luật Tố cáo Điều 31',
    },
    {
      from: ['suspended'],
      action: 'resume',
      to: 'verifying',
      roles: SIGNERS,
      required: ['decisionNumber'],
      document: 'resumption_decision',
      clock: { start: 'denunciation.resolve' },
      source: 'Luật Tố cáo Điều 31',
    },
    {
      from: ['received', ...OPEN, 'suspended'],
      action: 'withdraw',
      to: 'withdrawn',
      roles: HANDLERS,
      required: ['reason'],
      clock: { stop: true },
      source: 'Luật Tố cáo Điều 33; NĐ 156/2026 Điều 1',
    },
    {
      from: [...OPEN, 'suspended'],
      action: 'terminate',
      to: 'terminated',
      roles: SIGNERS,
      required: ['decisionNumber', 'reason'],
      document: 'termination_decision',
      clock: { stop: true },
      source: 'Luật Tố cáo Điều 34',
    },
  ],
}

/**
 * An anonymous (or unidentifiable) denunciation is not handled as a denunciation (Law on Denunciations
 * Art. 25): it is filed, or — when it names the violator with concrete evidence — passed on as information
 * for an inspection or check. Only those two steps exist; the 7-working-day intake clock still runs so the
 * letter is classified in time (Art. 24(1)).
 */
export const anonymousDenunciation: Lifecycle = {
  id: 'denunciation.anonymous',
  kind: 'denunciation',
  instance: null,
  initial: 'received',
  intakeClock: 'denunciation.intake',
  states: { received: {}, filed: { terminal: true }, forwarded: { terminal: true } },
  transitions: letterHandling('accepted', undefined, 'Luật Tố cáo Điều 25')
    .filter((t) => t.action === 'file' || t.action === 'forward')
    .map((t) => ({ ...t, source: `Luật Tố cáo Điều 25; ${t.source}` })),
}
