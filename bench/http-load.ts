import http from 'node:http'

export interface LoadResult {
  requests: number
  errors: number
  seconds: number
  requestsPerSecond: number
  p50ms: number
  p95ms: number
  p99ms: number
}

const percentile = (sorted: number[], p: number): number =>
  sorted.length ? (sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0) : 0

/**
 * Keeps `concurrency` keep-alive requests in flight for `seconds`, recording each latency: to the end of
 * the response, or with `ttfb` to its first byte (the status line and headers). `headersFor` gives each
 * request its own headers (e.g. a different client address behind a trusted proxy).
 */
export async function load(
  url: string,
  options: {
    seconds: number
    concurrency: number
    headers?: Record<string, string>
    headersFor?: (n: number) => Record<string, string>
    ttfb?: boolean
  },
): Promise<LoadResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.concurrency })
  const latencies: number[] = []
  let errors = 0
  const deadline = performance.now() + options.seconds * 1000
  let sent = 0
  const one = (): Promise<void> =>
    new Promise((resolve) => {
      const started = performance.now()
      const headers = { ...options.headers, ...options.headersFor?.(sent++) }
      const request = http.get(url, { agent, headers }, (response) => {
        const firstByte = performance.now()
        response.resume()
        response.on('end', () => {
          if (response.statusCode === 200)
            latencies.push((options.ttfb ? firstByte : performance.now()) - started)
          else errors++
          resolve()
        })
      })
      request.on('error', () => {
        errors++
        resolve()
      })
    })
  const started = performance.now()
  await Promise.all(
    Array.from({ length: options.concurrency }, async () => {
      while (performance.now() < deadline) await one()
    }),
  )
  const seconds = (performance.now() - started) / 1000
  agent.destroy()
  latencies.sort((a, b) => a - b)
  const round = (n: number): number => Math.round(n * 100) / 100
  return {
    requests: latencies.length,
    errors,
    seconds: round(seconds),
    requestsPerSecond: Math.round(latencies.length / seconds),
    p50ms: round(percentile(latencies, 50)),
    p95ms: round(percentile(latencies, 95)),
    p99ms: round(percentile(latencies, 99)),
  }
}
