import type { Role } from '../../../platform/access/permissions.ts'
import type { Transition } from './types.ts'

/** Chuyên viên xử lý and lãnh đạo handle letters; lãnh đạo alone signs decisions, conclusions, answers. */
export const HANDLERS: readonly Role[] = ['handler', 'leader']
export const SIGNERS: readonly Role[] = ['leader']

/**
 * Letter handling (xử lý đơn) shared by every kind: a received letter is accepted, refused, the citizen
 * guided to the competent body, forwarded, or filed without processing (TT 05/2021/TT-TTCP; Law on
 * Complaints Art. 11 and 27; Law on Denunciations Art. 24–25, 29).
 */
export function letterHandling(
  acceptTo: string,
  acceptClock: string | undefined,
  acceptSource: string,
): Transition[] {
  return [
    {
      from: ['received'],
      action: 'accept',
      to: acceptTo,
      roles: HANDLERS,
      required: [],
      document: acceptClock ? 'acceptance_notice' : undefined,
      clock: acceptClock ? { start: acceptClock } : undefined,
      source: acceptSource,
    },
    {
      from: ['received'],
      action: 'refuse',
      to: 'not_accepted',
      roles: SIGNERS,
      required: ['reason', 'legalBasis'],
      document: 'refusal_notice',
      clock: { stop: true },
      source: 'Luật Khiếu nại Điều 11, 27; Luật Tố cáo Điều 29',
    },
    {
      from: ['received'],
      action: 'guide',
      to: 'guided',
      roles: HANDLERS,
      required: ['competentBody'],
      document: 'guidance_letter',
      clock: { stop: true },
      source: 'TT 05/2021/TT-TTCP',
    },
    {
      from: ['received'],
      action: 'forward',
      to: 'forwarded',
      roles: HANDLERS,
      required: ['targetOrganization'],
      document: 'forwarding_letter',
      clock: { stop: true },
      source: 'Luật Tố cáo Điều 24(1); NĐ 20/2008 Điều 9',
    },
    {
      from: ['received'],
      action: 'file',
      to: 'filed',
      roles: HANDLERS,
      required: ['reason'],
      clock: { stop: true },
      source: 'TT 05/2021/TT-TTCP (lưu đơn)',
    },
  ]
}

/** Terminal states every lifecycle shares. */
export const handlingEnds = {
  not_accepted: { terminal: true },
  guided: { terminal: true },
  forwarded: { terminal: true },
  filed: { terminal: true },
} as const
