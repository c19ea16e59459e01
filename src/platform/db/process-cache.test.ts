import { describe, expect, it, vi } from 'vitest'
import type { Database } from './database.ts'
import { processCache } from './process-cache.ts'

// The cache only keys by the database object; no connection is made.
const dbA = {} as Database
const dbB = {} as Database

describe('process cache', () => {
  it('reads once for concurrent callers and keeps the value for its time to live', async () => {
    vi.useFakeTimers()
    try {
      const cache = processCache<string, number>(1000)
      let reads = 0
      const load = async () => ++reads
      expect(await Promise.all([cache.get(dbA, 'k', load), cache.get(dbA, 'k', load)])).toEqual([1, 1])
      vi.advanceTimersByTime(999)
      expect(await cache.get(dbA, 'k', load)).toBe(1)
      vi.advanceTimersByTime(2)
      expect(await cache.get(dbA, 'k', load)).toBe(2)
    } finally {
      vi.useRealTimers()
    }
  })

  it('keeps databases apart and forgets one at once when told', async () => {
    const cache = processCache<string, string>(60_000)
    await cache.get(dbA, 'k', async () => 'cũ A')
    await cache.get(dbB, 'k', async () => 'cũ B')
    cache.forget(dbA)
    expect(await cache.get(dbA, 'k', async () => 'mới A')).toBe('mới A')
    expect(await cache.get(dbB, 'k', async () => 'mới B')).toBe('cũ B')
  })

  it('keeps neither a failed read nor a missing row', async () => {
    const cache = processCache<string, string>(60_000)
    await expect(cache.get(dbA, 'x', () => Promise.reject(new Error('mất kết nối')))).rejects.toThrow()
    expect(await cache.get(dbA, 'x', async () => undefined)).toBeUndefined()
    expect(await cache.get(dbA, 'x', async () => 'có')).toBe('có')
  })

  it('drops the oldest entry past its size', async () => {
    const cache = processCache<number, number>(60_000, 2)
    for (const k of [1, 2, 3]) await cache.get(dbA, k, async () => k)
    expect(await cache.get(dbA, 1, async () => 10)).toBe(10)
    expect(await cache.get(dbA, 3, async () => 30)).toBe(3)
  })
})
