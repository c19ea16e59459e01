import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { roles } from '../../../platform/access/permissions.ts'
import { AppError } from '../../../platform/errors.ts'
import {
  actionLabels,
  allowedActions,
  lifecycleFor,
  lifecycles,
  planTransition,
  stateLabels,
  transitionTable,
  type Lifecycle,
} from './index.ts'

const reachable = (lifecycle: Lifecycle): Set<string> => {
  const seen = new Set([lifecycle.initial])
  const queue = [lifecycle.initial]
  for (let state = queue.shift(); state !== undefined; state = queue.shift()) {
    for (const t of allowedActions(lifecycle, state))
      if (!seen.has(t.to)) {
        seen.add(t.to)
        queue.push(t.to)
      }
  }
  return seen
}

describe.each(lifecycles.map((l) => [l.id, l] as const))('lifecycle %s', (_id, lifecycle) => {
  it('reaches every declared state from the initial one', () => {
    expect([...reachable(lifecycle)].sort()).toEqual(Object.keys(lifecycle.states).sort())
  })

  it('leaves every non-terminal state by some action, and no terminal state', () => {
    for (const [state, info] of Object.entries(lifecycle.states))
      expect(allowedActions(lifecycle, state).length > 0, state).toBe(!info.terminal)
  })

  it('names every state and action in Vietnamese and cites a source for every step', () => {
    for (const state of Object.keys(lifecycle.states)) expect(stateLabels[state], state).toBeTruthy()
    for (const t of lifecycle.transitions) {
      expect(actionLabels[t.action], t.action).toBeTruthy()
      expect(t.source.length).toBeGreaterThan(5)
      expect(t.roles.length).toBeGreaterThan(0)
      expect(lifecycle.states[t.to], `${t.action} → ${t.to}`).toBeDefined()
      for (const from of t.from) expect(lifecycle.states[from], from).toBeDefined()
    }
  })

  it('never offers two transitions for the same action from one state', () => {
    for (const state of Object.keys(lifecycle.states)) {
      const actions = allowedActions(lifecycle, state).map((t) => t.action)
      expect(new Set(actions).size).toBe(actions.length)
    }
  })

  it('ends every random walk in a terminal state or keeps offering actions (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(), { maxLength: 40 }), (choices) => {
        let state = lifecycle.initial
        for (const choice of choices) {
          const open = allowedActions(lifecycle, state)
          if (!open.length) return lifecycle.states[state]?.terminal === true
          const next = open[choice % open.length]
          if (!next) return false
          state = planTransition(
            lifecycle,
            state,
            next.action,
            ['system_admin'],
            Object.fromEntries(next.required.map((f) => [f, 'x'])),
          ).to
        }
        return true
      }),
    )
  })
})

describe('transitions', () => {
  const complaint = lifecycleFor('complaint', 'first')

  it('refuses an action the machine does not allow, listing the allowed ones', () => {
    let error: AppError | undefined
    try {
      planTransition(complaint, 'received', 'decide', ['leader'])
    } catch (e) {
      error = e as AppError
    }
    expect(error?.code).toBe('INVALID_TRANSITION')
    expect(error?.toJSON().error.allowed).toEqual([
      'accept',
      'refuse',
      'guide',
      'forward',
      'file',
      'withdraw',
    ])
    expect(error?.message).toContain('Đã tiếp nhận')
  })

  it('checks the state before the roles and the body', () => {
    expect(() => planTransition(complaint, 'enforced', 'accept', [], {})).toThrow(
      expect.objectContaining({ code: 'INVALID_TRANSITION' }),
    )
  })

  it('lets only a leader sign a decision', () => {
    const body = {
      decisionNumber: '12/QĐ-UBND',
      decisionDate: '2026-08-01',
      legalBasis: 'Điều 31',
      result: 'x',
    }
    expect(() => planTransition(complaint, 'verifying', 'decide', ['handler'], body)).toThrow(
      expect.objectContaining({ code: 'FORBIDDEN' }),
    )
    expect(planTransition(complaint, 'verifying', 'decide', ['leader'], body).to).toBe('decided')
  })

  it('names each missing required field', () => {
    expect(() =>
      planTransition(complaint, 'verifying', 'decide', ['leader'], { decisionNumber: '1' }),
    ).toThrow(
      expect.objectContaining({
        code: 'VALIDATION_FAILED',
        fields: [
          { path: 'decisionDate', message: 'Trường này là bắt buộc.' },
          { path: 'legalBasis', message: 'Trường này là bắt buộc.' },
          { path: 'result', message: 'Trường này là bắt buộc.' },
        ],
      }),
    )
  })

  it('requires a dialogue before a second-instance decision but not before a first-instance one', () => {
    expect(allowedActions(complaint, 'verifying').map((t) => t.action)).toContain('decide')
    const second = lifecycleFor('complaint', 'second')
    expect(allowedActions(second, 'verifying').map((t) => t.action)).not.toContain('decide')
    expect(allowedActions(second, 'dialogue').map((t) => t.action)).toContain('decide')
  })

  it('restarts the resolution clock when a suspended complaint resumes (NĐ 155/2026 Art. 12)', () => {
    const resume = allowedActions(complaint, 'suspended').find((t) => t.action === 'resume')
    expect(resume?.clock).toEqual({ start: 'complaint.resolve.first' })
  })

  it('starts the legal clocks from the rule book', () => {
    expect(complaint.intakeClock).toBe('complaint.accept')
    expect(lifecycleFor('denunciation').intakeClock).toBe('denunciation.intake')
    expect(lifecycleFor('petition').intakeClock).toBe('reception.reply')
    expect(
      allowedActions(lifecycleFor('denunciation'), 'received').find((t) => t.action === 'accept')?.clock,
    ).toEqual({
      start: 'denunciation.resolve',
    })
  })

  it('gives system admins every step and viewers none', () => {
    for (const l of lifecycles)
      for (const t of l.transitions) {
        expect(() => planTransition(l, t.from[0] ?? '', t.action, ['viewer'], {})).toThrow()
        expect(roles).toEqual(expect.arrayContaining([...t.roles]))
      }
  })

  it('publishes one row per (from, action) in the transition table', () => {
    const table = transitionTable()
    expect(table.map((l) => l.id)).toEqual([
      'complaint.first',
      'complaint.second',
      'denunciation',
      'denunciation.anonymous',
      'petition',
      'feedback',
    ])
    expect(table[0]?.transitions).toContainEqual(
      expect.objectContaining({
        from: 'verifying',
        action: 'decide',
        to: 'decided',
        roles: ['leader'],
        document: 'complaint_decision',
      }),
    )
  })
})
