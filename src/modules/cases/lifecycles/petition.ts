import { HANDLERS, SIGNERS, handlingEnds, letterHandling } from './common.ts'
import type { CaseKind, Lifecycle } from './types.ts'

/**
 * Kiến nghị, phản ánh (legal-facts §4): every one is answered in writing and thanked; the reply to the
 * citizen is due within 10 working days (rule `reception.reply`), forwarding within 5 (NĐ 20/2008 Art. 9).
 */
function petitionLike(kind: Extract<CaseKind, 'petition' | 'feedback'>): Lifecycle {
  return {
    id: kind,
    kind,
    instance: null,
    initial: 'received',
    intakeClock: 'reception.reply',
    states: {
      received: {},
      ...handlingEnds,
      accepted: {},
      assigned: {},
      answered: {},
      closed: { terminal: true },
      withdrawn: { terminal: true },
    },
    transitions: [
      ...letterHandling('accepted', undefined, 'NĐ 20/2008/NĐ-CP Điều 9'),
      {
        from: ['accepted', 'assigned'],
        action: 'assign',
        to: 'assigned',
        roles: HANDLERS,
        required: ['assigneeId'],
        source: 'NĐ 20/2008/NĐ-CP Điều 9',
      },
      {
        from: ['accepted', 'assigned'],
        action: 'answer',
        to: 'answered',
        roles: SIGNERS,
        required: ['answer'],
        document: 'petition_answer',
        clock: { stop: true },
        source: 'NĐ 20/2008/NĐ-CP Điều 9; Quy định 11-QĐi/TW',
      },
      {
        from: ['answered'],
        action: 'close',
        to: 'closed',
        roles: HANDLERS,
        required: [],
        document: 'thank_you_letter',
        source: 'NĐ 20/2008/NĐ-CP Điều 9',
      },
      {
        from: ['received', 'accepted', 'assigned'],
        action: 'withdraw',
        to: 'withdrawn',
        roles: HANDLERS,
        required: ['reason'],
        clock: { stop: true },
        source: 'NĐ 20/2008/NĐ-CP',
      },
    ],
  }
}

export const petition = petitionLike('petition')
export const feedback = petitionLike('feedback')
