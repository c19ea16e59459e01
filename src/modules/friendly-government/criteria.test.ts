import { describe, expect, it } from 'vitest'
import { checkCriteriaSet, ratingOf, type Criterion, type Threshold } from './criteria.ts'
import { allowedEvaluationActions, findEvaluationTransition } from './lifecycle.ts'
import { exampleCriteriaSet } from './reference.ts'

const thresholds: Threshold[] = [
  { rating: 'good', minScore: 85 },
  { rating: 'fair', minScore: 70 },
  { rating: 'average', minScore: 50 },
  { rating: 'not_met', minScore: 0 },
]

describe('rating by thresholds', () => {
  it.each([
    [100, 'good'],
    [85, 'good'],
    [84.5, 'fair'],
    [70, 'fair'],
    [69.5, 'average'],
    [50, 'average'],
    [49.5, 'not_met'],
    [0, 'not_met'],
  ])('rates a total of %s as %s', (total, rating) => {
    expect(ratingOf(total, thresholds)).toBe(rating)
  })
})

describe('criteria set checks', () => {
  const c = (code: string, maxPoints: number): Criterion => ({
    code,
    group: 'Nhóm',
    text: 'Nội dung',
    maxPoints,
    evidenceTypes: [],
    source: 'Nguồn',
  })
  it('accepts a consistent set', () => {
    expect(checkCriteriaSet([c('A', 50), c('B', 50)], thresholds)).toEqual([])
  })
  it('refuses duplicate codes, a threshold above the total and rising thresholds', () => {
    const errors = checkCriteriaSet(
      [c('A', 40), c('A', 40)],
      [
        { rating: 'good', minScore: 85 },
        { rating: 'fair', minScore: 90 },
        { rating: 'average', minScore: 50 },
        { rating: 'not_met', minScore: 0 },
      ],
    )
    expect(errors.map((e) => e.path)).toEqual([
      'criteria.1.code',
      'thresholds.0.minScore',
      'thresholds.1.minScore',
      'thresholds',
    ])
  })
  it('ships an example set of at least ten sourced criteria worth 100 points', () => {
    const set = exampleCriteriaSet()
    expect(set.isExample).toBe(true)
    expect(set.criteria.length).toBeGreaterThanOrEqual(10)
    expect(set.criteria.reduce((s, x) => s + x.maxPoints, 0)).toBe(100)
    expect(set.criteria.every((x) => x.source.length > 10 && x.evidenceTypes.length > 0)).toBe(true)
    expect(checkCriteriaSet(set.criteria, set.thresholds)).toEqual([])
  })
})

describe('evaluation lifecycle', () => {
  it('lets a draft or a returned evaluation be submitted, and only a submitted one be rated', () => {
    expect(allowedEvaluationActions('draft')).toEqual(['submit'])
    expect(allowedEvaluationActions('returned')).toEqual(['submit'])
    expect(allowedEvaluationActions('submitted')).toEqual(['return', 'rate'])
    expect(allowedEvaluationActions('rated')).toEqual(['reopen'])
    expect(findEvaluationTransition('draft', 'rate')).toBeUndefined()
    expect(findEvaluationTransition('submitted', 'rate')?.to).toBe('rated')
  })
})
