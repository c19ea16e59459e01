import { describe, expect, it } from 'vitest'
import { ConfigError, loadConfig } from './config.ts'

describe('configuration', () => {
  it('has defaults for a fresh machine: embedded database, port 3000, loopback, demo on', () => {
    const config = loadConfig({})
    expect(config).toMatchObject({ port: 3000, host: '127.0.0.1', databaseMode: 'embedded', demo: true })
    expect(config.dataDir).toMatch(/\/data$/)
    expect(config.secretKeyFile).toMatch(/\/data\/secret\.key$/)
  })

  it('switches to PostgreSQL by DATABASE_URL, with demo data off unless forced', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://u@h:5432/d' })).toMatchObject({
      databaseMode: 'postgres',
      demo: false,
    })
    expect(loadConfig({ DATABASE_URL: 'postgres://u@h:5432/d', DANVAN_DEMO: '1' }).demo).toBe(true)
    expect(loadConfig({ DANVAN_DEMO: '0' }).demo).toBe(false)
  })

  it('names each bad variable and the problem in Vietnamese', () => {
    let error: unknown
    try {
      loadConfig({ PORT: 'abc', DATABASE_URL: 'mysql://x', DANVAN_DEMO: 'maybe' })
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(ConfigError)
    const problems = (error as ConfigError).problems.map((p) => p.variable).sort()
    expect(problems).toEqual(['DANVAN_DEMO', 'DATABASE_URL', 'PORT'])
    expect((error as Error).message).toMatch(/PORT: phải là một số/)
  })

  it('refuses a port out of range', () => {
    expect(() => loadConfig({ PORT: '70000' })).toThrow(/PORT: phải từ 0 đến 65535/)
  })
})
