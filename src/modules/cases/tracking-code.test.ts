import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { newTrackingCode, normalizeTrackingCode, TRACKING_ALPHABET } from './tracking-code.ts'

describe('tracking codes', () => {
  it('look like DV-7K3M-9Q2X and never contain 0, O, 1, I or L', () => {
    for (let i = 0; i < 2000; i++) {
      const code = newTrackingCode()
      expect(code).toMatch(/^DV-[A-Z2-9]{4}-[A-Z2-9]{4}$/)
      expect(code.slice(3)).not.toMatch(/[01OIL]/)
    }
  })

  it('do not repeat in a large draw', () => {
    const codes = new Set(Array.from({ length: 20_000 }, newTrackingCode))
    expect(codes.size).toBe(20_000)
  })

  it('draw every letter of the alphabet equally often (no modulo bias)', () => {
    const counts = new Map<string, number>()
    for (let i = 0; i < 20_000; i++)
      for (const letter of newTrackingCode().slice(3).replace('-', ''))
        counts.set(letter, (counts.get(letter) ?? 0) + 1)
    const expected = (20_000 * 8) / TRACKING_ALPHABET.length
    expect(counts.size).toBe(TRACKING_ALPHABET.length)
    // A byte taken modulo 31 without redrawing would give eight letters 9/8 of the others' share (+9 %).
    for (const count of counts.values()) expect(Math.abs(count - expected) / expected).toBeLessThan(0.06)
  })

  it('accept what a citizen types: lower case, spaces, missing hyphens or prefix', () => {
    expect(normalizeTrackingCode('dv-7k3m-9q2x')).toBe('DV-7K3M-9Q2X')
    expect(normalizeTrackingCode(' DV 7K3M 9Q2X ')).toBe('DV-7K3M-9Q2X')
    expect(normalizeTrackingCode('7K3M9Q2X')).toBe('DV-7K3M-9Q2X')
  })

  it.each([
    '',
    'DV-7K3M',
    'DV-7K3M-9Q2X-AAAA',
    'DV-0K3M-9Q2X',
    'DV-7K3M-9Q1X',
    "DV-7K3M-9Q2'",
    'x'.repeat(500),
  ])('refuses the malformed code %j', (input) => {
    expect(normalizeTrackingCode(input)).toBeNull()
  })

  it('round-trips every generated code through normalisation (property)', () => {
    const char = fc.constantFrom(...TRACKING_ALPHABET)
    fc.assert(
      fc.property(fc.array(char, { minLength: 8, maxLength: 8 }), (chars) => {
        const code = `DV-${chars.slice(0, 4).join('')}-${chars.slice(4).join('')}`
        return normalizeTrackingCode(code.toLowerCase().replaceAll('-', ' ')) === code
      }),
    )
  })
})
