import { describe, expect, it } from 'vitest'
import {
  allowedCommitmentActions,
  commitmentStatuses,
  commitmentTransitions,
  findTransition,
  requiredFields,
} from './commitment-lifecycle.ts'

describe('commitment state machine', () => {
  it('allows exactly the declared actions from each status', () => {
    expect(allowedCommitmentActions('open')).toEqual(['complete', 'extend', 'cancel'])
    expect(allowedCommitmentActions('extended')).toEqual(['complete', 'extend', 'cancel'])
    expect(allowedCommitmentActions('done')).toEqual(['reopen'])
    expect(allowedCommitmentActions('cancelled')).toEqual(['reopen'])
  })

  it('leads only to declared statuses, and every status can be left or reached', () => {
    for (const t of commitmentTransitions) expect(commitmentStatuses).toContain(t.to)
    for (const s of commitmentStatuses)
      expect(commitmentTransitions.some((t) => t.to === s || (t.from as readonly string[]).includes(s))).toBe(
        true,
      )
  })

  it('refuses unknown actions and actions from the wrong status', () => {
    expect(findTransition('done', 'complete')).toBeUndefined()
    expect(findTransition('open', 'approve')).toBeUndefined()
    expect(findTransition('open', 'complete')?.to).toBe('done')
  })

  it('asks a recommendation for the written response before it is done (legal-facts §8)', () => {
    const complete = findTransition('open', 'complete')
    if (!complete) throw new Error('complete missing')
    expect(requiredFields(complete, 'commitment')).toEqual(['result'])
    expect(requiredFields(complete, 'recommendation')).toEqual(['result', 'responseReference'])
  })
})
