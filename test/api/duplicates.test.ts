import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEMO_PASSWORD } from '../../src/modules/demo/index.ts'
import { searchCorpus, type CorpusCase } from '../../src/modules/search/sample/corpus.ts'
import { startTestApp, type TestApp } from '../support/app.ts'
import { ApiClient, type ErrorBody } from '../support/http.ts'

interface Candidate {
  caseId: string
  trackingCode: string
  score: number
  likely: boolean
  matterId: string | null
  citizenName: string
  reasons: { code: string; text: string }[]
}

let app: TestApp
let reception: ApiClient
const base = searchCorpus(77, 40)
const strangers = searchCorpus(991, 40).filter(
  (s) => !base.some((b) => b.citizen.fullName === s.citizen.fullName),
)
const ids: string[] = []

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .replace(/(^|\s)\S/g, (m) => m.toUpperCase())

const intakeBody = (c: CorpusCase, extra: Record<string, unknown> = {}) => ({
  kind: c.kind,
  channel: 'in_person',
  receivedAt: '2026-03-02T09:00:00+07:00',
  citizen: c.citizen,
  summary: c.summary,
  content: c.content,
  field: c.field,
  protectIdentity: false,
  ...extra,
})

const check = async (body: Record<string, unknown>) => {
  const r = await reception.post<{ items: Candidate[] } & ErrorBody>('/api/cases/duplicates', body)
  expect(r.status, JSON.stringify(r.body)).toBe(200)
  return r.body.items
}

beforeAll(async () => {
  app = await startTestApp({ demo: true })
  reception = new ApiClient(app.url)
  expect((await reception.login('tiepdan.badinh', DEMO_PASSWORD)).status).toBe(200)
  for (const c of base) {
    const r = await reception.post<{ id: string }>('/api/cases', intakeBody(c))
    expect(r.status).toBe(201)
    ids.push(r.body.id)
  }
}, 300_000)

afterAll(async () => {
  await app?.close()
})

describe('duplicate detection on generated pairs', () => {
  it('finds the same person and not the same wording from other people (precision and recall ≥ 0.9)', async () => {
    type Probe = { label: string; body: Record<string, unknown>; expected: string | null }
    const probes: Probe[] = []
    for (let i = 0; i < 10; i++) {
      const c = base[i] as CorpusCase
      const other = base[(i + 13) % base.length] as CorpusCase
      // Same person, a new letter in other words.
      probes.push({
        label: 'same person, other wording',
        body: {
          citizen: c.citizen,
          summary: other.summary,
          content: `Tôi tiếp tục đề nghị: ${other.content}`,
        },
        expected: ids[i] as string,
      })
      // Same person typed without diacritics, no ID number nor phone.
      const j = i + 10
      const d = base[j] as CorpusCase
      probes.push({
        label: 'same name without diacritics and address',
        body: {
          citizen: { fullName: fold(d.citizen.fullName), address: d.citizen.address },
          summary: 'Đơn gửi lại',
        },
        expected: ids[j] as string,
      })
      // A name variant (middle name left out) at the same address, another phone.
      const k = i + 20
      const v = base[k] as CorpusCase
      const parts = v.citizen.fullName.split(' ')
      probes.push({
        label: 'name variant at the same address',
        body: {
          citizen: {
            fullName: `${parts[0]} ${parts.at(-1)}`,
            phone: '0240000000',
            address: v.citizen.address,
          },
        },
        expected: ids[k] as string,
      })
      // Other people writing the same words.
      const s = strangers[i] as CorpusCase
      const copied = base[i + 30] as CorpusCase
      probes.push({
        label: 'other person, same wording',
        body: { citizen: s.citizen, summary: copied.summary, content: copied.content },
        expected: null,
      })
      // A namesake living elsewhere.
      const namesake = strangers[i + 10] as CorpusCase
      probes.push({
        label: 'namesake at another address',
        body: { citizen: { ...namesake.citizen, fullName: (base[i + 5] as CorpusCase).citizen.fullName } },
        expected: null,
      })
    }
    let truePositives = 0
    let falsePositives = 0
    let positives = 0
    const notes: string[] = []
    for (const probe of probes) {
      const items = await check(probe.body)
      const likely = items.filter((c) => c.likely)
      if (probe.expected) positives++
      for (const c of likely) {
        if (c.caseId === probe.expected) truePositives++
        else {
          falsePositives++
          notes.push(
            `FP ${probe.label}: ${c.citizenName} ${c.score} ${c.reasons.map((r) => r.code).join(',')}`,
          )
        }
      }
      if (probe.expected && !likely.some((c) => c.caseId === probe.expected))
        notes.push(`FN ${probe.label}: ${JSON.stringify(probe.body.citizen)}`)
    }
    const precision = truePositives / Math.max(1, truePositives + falsePositives)
    const recall = truePositives / positives
    console.log(
      `duplicates: ${probes.length} probes, precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}` +
        (notes.length ? `\n${notes.join('\n')}` : ''),
    )
    expect(precision).toBeGreaterThanOrEqual(0.9)
    expect(recall).toBeGreaterThanOrEqual(0.9)
  })

  it('gives each candidate a score and Vietnamese reasons with machine codes', async () => {
    const c = base[2] as CorpusCase
    const items = await check({ citizen: { idNumber: c.citizen.idNumber, phone: c.citizen.phone } })
    expect(items[0]?.caseId).toBe(ids[2])
    expect(items[0]?.reasons.map((r) => r.code)).toEqual(['same_id_number', 'same_phone'])
    expect(items[0]?.reasons[0]?.text).toBe(`Trùng số giấy tờ tùy thân ${c.citizen.idNumber}`)
    expect(items[0]?.score).toBeGreaterThan(0.99)
    const similar = await check({ summary: c.summary, content: c.content })
    const mine = similar.find((x) => x.caseId === ids[2])
    expect(mine?.reasons[0]?.code).toBe('similar_content')
    expect(mine?.likely).toBe(false)
    const bad = await reception.post<ErrorBody>('/api/cases/duplicates', { citizen: { phone: 'abc' } })
    expect(bad.status).toBe(400)
    expect(bad.body.error.fields?.[0]?.path).toBe('citizen.phone')
  })

  it('links the new letter to the existing matter in one action', async () => {
    const c = base[4] as CorpusCase
    const [candidate] = await check({ citizen: c.citizen })
    expect(candidate?.caseId).toBe(ids[4])
    const matter = await reception.post<{ matterId: string }>(`/api/cases/${candidate?.caseId}/matter`)
    expect(matter.status).toBe(200)
    const again = await reception.post<{ matterId: string }>(`/api/cases/${candidate?.caseId}/matter`)
    expect(again.body.matterId).toBe(matter.body.matterId)
    const repeat = await reception.post<{ id: string }>(
      '/api/cases',
      intakeBody(c, { matterId: matter.body.matterId, summary: 'Đơn gửi lại lần hai' }),
    )
    expect(repeat.status).toBe(201)
    const leader = new ApiClient(app.url)
    await leader.login('lanhdao.badinh', DEMO_PASSWORD)
    const matters = await leader.get<{ items: { id: string; letterCount: number }[] }>('/api/matters')
    expect(matters.body.items.find((m) => m.id === matter.body.matterId)?.letterCount).toBe(2)
    const outside = new ApiClient(app.url)
    await outside.login('tiepdan.socson', DEMO_PASSWORD)
    expect((await outside.post(`/api/cases/${ids[5]}/matter`)).status).toBe(404)
    expect((await check({ citizen: c.citizen })).length).toBeGreaterThan(0)
    const socsonView = await outside.post<{ items: Candidate[] }>('/api/cases/duplicates', {
      citizen: c.citizen,
    })
    expect(socsonView.body.items.map((x) => x.caseId)).not.toContain(ids[4])
  })
})
