import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { rows, sql } from '../../src/platform/db/database.ts'
import { parseCsv } from '../../src/modules/admin-units/reference/csv.ts'
import { knownGapsFile } from '../../src/modules/admin-units/reference/build.ts'
import { mapToCurrent } from '../../src/modules/admin-units/index.ts'
import { DEMO_PASSWORD } from '../../src/modules/demo/index.ts'
import { startTestApp, type TestApp } from '../support/app.ts'
import { ApiClient, type ErrorBody } from '../support/http.ts'

interface Item {
  code: string
  name: string
  shortName: string
  type: string
  level: string
  parentCode: string | null
  provinceCode: string
}
interface List {
  items: Item[]
  nextCursor: string | null
}

let app: TestApp
let admin: ApiClient
let viewer: ApiClient
let communeAdmin: ApiClient

beforeAll(async () => {
  app = await startTestApp({ demo: true })
  admin = new ApiClient(app.url)
  await admin.login('admin', app.adminPassword)
  viewer = new ApiClient(app.url)
  await viewer.login('xem.hoankiem', DEMO_PASSWORD)
  communeAdmin = new ApiClient(app.url)
  await communeAdmin.login('quantri.badinh', DEMO_PASSWORD)
})
afterAll(() => app?.close())

const search = async (q: string, extra = '') =>
  (await viewer.get<List>(`/api/admin-units?q=${encodeURIComponent(q)}${extra}`)).body.items

describe('the maps on each date', () => {
  it('counts 34 provinces and 3,321 communes (2,621 xã, 687 phường, 13 đặc khu) from 01/07/2025', async () => {
    const today = await viewer.get('/api/admin-units/summary')
    expect(today.status).toBe(200)
    expect(today.body).toMatchObject({ provinces: 34, districts: 0, communes: 3321 })
    const onReformDay = await viewer.get('/api/admin-units/summary?at=2025-07-01')
    expect(onReformDay.body).toEqual({
      at: '2025-07-01',
      provinces: 34,
      districts: 0,
      communes: 3321,
      byType: { tinh: 28, thanh_pho: 6, xa: 2621, phuong: 687, dac_khu: 13 },
    })
  })

  it('counts 63 provinces, 696 districts and 10,035 communes on 30/06/2025', async () => {
    const { body } = await viewer.get<{ provinces: number; districts: number; communes: number }>(
      '/api/admin-units/summary?at=2025-06-30',
    )
    expect(body).toMatchObject({ at: '2025-06-30', provinces: 63, districts: 696, communes: 10035 })
  })

  it('counts the three-level snapshot (63 / 705 / 10,599) before the 2023–2025 mergers', async () => {
    const { body } = await viewer.get('/api/admin-units/summary?at=2021-01-01')
    expect(body).toMatchObject({ provinces: 63, districts: 705, communes: 10599 })
  })

  it('puts every current commune under a current province', async () => {
    const orphans = await rows<{ code: string }>(
      app.server.database.db,
      sql`select c.code from admin_units c left join admin_units p on p.id = c.parent_id
          where c.level = 'commune' and c.valid_to is null
            and (p.id is null or p.level <> 'province' or p.valid_to is not null or p.code <> c.province_code)`,
    )
    expect(orphans).toEqual([])
  })

  it('resolves every commune of 30/06/2025 to at least one current unit', async () => {
    const unresolved = await rows<{ code: string }>(
      app.server.database.db,
      sql`select u.code from admin_units u where u.level = 'commune' and u.valid_to = '2025-06-30'
          and not exists (select 1 from admin_unit_successions s join admin_units n on n.id = s.successor_id
                          where s.predecessor_id = u.id and n.valid_to is null)`,
    )
    expect(unresolved).toEqual([])
  })

  it('resolves every older commune to a current unit, except the known data gaps listed with a reason', async () => {
    const unresolved = await rows<{ code: string }>(
      app.server.database.db,
      sql`with recursive chain(start, id) as (
            select id, id from admin_units where level = 'commune' and valid_to < '2025-06-30'
            union
            select c.start, s.successor_id from chain c join admin_unit_successions s on s.predecessor_id = c.id)
          select u.code from admin_units u where u.level = 'commune' and u.valid_to < '2025-06-30'
            and not exists (select 1 from chain c join admin_units n on n.id = c.id
                            where c.start = u.id and n.valid_to is null)
          order by u.code`,
    )
    const gaps = parseCsv(readFileSync(knownGapsFile, 'utf8'))
    expect(gaps.every((g) => (g.reason ?? '').length > 10)).toBe(true)
    expect(unresolved.map((r) => r.code)).toEqual(gaps.map((g) => g.code).sort())
  })
})

describe('codes and dates', () => {
  it('resolves a reused code differently before and after 01/07/2025 (26882)', async () => {
    const before = await viewer.get<{ name: string; parents: { name: string }[] }>(
      '/api/admin-units/26882?at=2025-06-30',
    )
    const after = await viewer.get<{ name: string }>('/api/admin-units/26882?at=2025-07-01')
    expect(before.body.name).toBe('Phường 14')
    expect(before.body.parents.map((p) => p.name)).toEqual(['Quận Gò Vấp', 'Thành phố Hồ Chí Minh'])
    expect(after.body.name).toBe('Phường An Hội Tây')
  })

  it('answers the pinned detail shape with predecessors and successors', async () => {
    const { status, body } = await viewer.get<Record<string, unknown>>('/api/admin-units/26740?at=2025-06-30')
    expect(status).toBe(200)
    expect(Object.keys(body).sort()).toEqual(
      [
        'code',
        'level',
        'name',
        'parents',
        'predecessors',
        'successors',
        'type',
        'validFrom',
        'validTo',
      ].sort(),
    )
    expect(body).toMatchObject({
      code: '26740',
      name: 'Phường Bến Nghé',
      type: 'phuong',
      level: 'commune',
      validTo: '2025-06-30',
      successors: [
        expect.objectContaining({
          effectiveDate: '2025-07-01',
          legalAct: expect.stringContaining('202/2025/QH15'),
        }),
      ],
    })
    const current = await viewer.get<{ predecessors: { code: string }[] }>('/api/admin-units/26740')
    expect(current.body.predecessors.map((p) => p.code)).toContain('26740')
  })

  it('returns 404 when no unit had the code on that date', async () => {
    const before = await viewer.get<ErrorBody>('/api/admin-units/00181?at=2025-06-30')
    expect(before.status).toBe(200)
    const missing = await viewer.get<ErrorBody>('/api/admin-units/99999')
    expect(missing.status).toBe(404)
    expect(missing.body.error.code).toBe('NOT_FOUND')
    // 11948 was no commune code before Đặc khu Bạch Long Vĩ took it on 01/07/2025.
    expect((await viewer.get('/api/admin-units/11948?at=2025-06-30')).status).toBe(404)
  })

  it('maps an old code to today’s unit(s); a current unit maps to itself', async () => {
    const old = await viewer.get<List>('/api/admin-units/26882/current?at=2025-06-30')
    expect(old.body).toEqual({
      items: [expect.objectContaining({ code: '26882', name: 'Phường An Hội Tây' })],
      nextCursor: null,
    })
    const district = await viewer.get<List>('/api/admin-units/760/current?at=2025-06-30')
    expect(district.body.items.map((u) => u.name)).toContain('Phường Sài Gòn')
    const same = await viewer.get<List>('/api/admin-units/00004/current')
    expect(same.body.items.map((u) => u.name)).toEqual(['Phường Ba Đình'])
    const province = await mapToCurrent(app.server.database.db, '46', '2021-01-01')
    expect(province?.map((u) => u.name)).toEqual(['Thành phố Huế'])
  })
})

describe('lists and search', () => {
  it('lists the provinces of today in Vietnamese alphabetical order, and the communes of one of them', async () => {
    const provinces = await viewer.get<List>('/api/admin-units?limit=100')
    expect(provinces.body.items).toHaveLength(34)
    const names = provinces.body.items.map((p) => p.shortName)
    expect(names).toEqual([...names].sort(new Intl.Collator('vi', { numeric: true }).compare))
    const communes = await viewer.get<List>('/api/admin-units?level=commune&parent=01&limit=100')
    expect(communes.body.items.every((c) => c.provinceCode === '01' && c.level === 'commune')).toBe(true)
    expect(communes.body.nextCursor).not.toBeNull()
    const next = await viewer.get<List>(
      `/api/admin-units?level=commune&parent=01&limit=100&cursor=${communes.body.nextCursor}`,
    )
    expect(next.body.items.length).toBeGreaterThan(0)
  })

  it('lists the three-level map before 01/07/2025: districts of a province, communes of a district', async () => {
    const districts = await viewer.get<List>(
      '/api/admin-units?level=district&parent=79&at=2025-06-30&limit=100',
    )
    expect(districts.body.items.map((d) => d.name)).toContain('Quận Gò Vấp')
    const communes = await viewer.get<List>('/api/admin-units?parent=764&at=2025-06-30&limit=100')
    expect(communes.body.items.map((c) => c.name)).toContain('Phường 14')
  })

  it('finds units typed without diacritics, with or without the type word', async () => {
    expect((await search('phuong hong ha'))[0]).toMatchObject({ name: 'Phường Hồng Hà', code: '00097' })
    expect((await search('hong ha'))[0]?.name).toBe('Phường Hồng Hà')
    expect((await search('dac khu phu quoc'))[0]).toMatchObject({ name: 'Đặc khu Phú Quốc' })
    expect((await search('soc son'))[0]).toMatchObject({ name: 'Xã Sóc Sơn' })
    // Xã Ba Dinh (Quảng Ngãi) and Xã Ba Đình (Thanh Hóa) tie: alphabetical; the ward comes after.
    expect((await search('xa ba dinh')).map((u) => u.name).slice(0, 3)).toEqual([
      'Xã Ba Dinh',
      'Xã Ba Đình',
      'Phường Ba Đình',
    ])
    expect((await search('phường ba đình'))[0]).toMatchObject({ name: 'Phường Ba Đình' })
  })

  it('understands the common abbreviations', async () => {
    expect((await search('tp hcm'))[0]?.name).toBe('Thành phố Hồ Chí Minh')
    expect((await search('TP.HCM'))[0]?.name).toBe('Thành phố Hồ Chí Minh')
    expect((await search('hn'))[0]?.name).toBe('Thành phố Hà Nội')
    expect((await search('p. ben nghe', '&at=2025-06-30'))[0]?.name).toBe('Phường Bến Nghé')
    expect((await search('q.1', '&at=2025-06-30&level=district'))[0]?.name).toBe('Quận 1')
    expect((await search('tx chu', '&at=2025-06-30'))[0]?.name).toBe('Thị xã Chũ')
  })

  it('tolerates small typos', async () => {
    expect((await search('phuong hong haa'))[0]?.name).toBe('Phường Hồng Hà')
    expect((await search('soc sonn'))[0]?.name).toBe('Xã Sóc Sơn')
    expect((await search('ben ngh', '&at=2025-06-30'))[0]?.name).toBe('Phường Bến Nghé')
  })

  it('orders equally good matches alphabetically', async () => {
    const found = await search('phuong 14', '&at=2025-06-30&parent=79')
    const tied = found.filter((u) => u.name === 'Phường 14')
    expect(tied.length).toBeGreaterThan(3)
    expect(found.slice(0, tied.length).every((u) => u.name === 'Phường 14')).toBe(true)
  })

  it('rejects a malformed date with a Vietnamese message', async () => {
    const { status, body } = await viewer.get<ErrorBody>('/api/admin-units?at=2025-13-01')
    expect(status).toBe(400)
    expect(body.error.fields?.[0]?.message).toMatch(/YYYY-MM-DD/)
  })
})

describe('units below the commune', () => {
  it('lets a commune admin add a tổ dân phố in its own commune, not in another', async () => {
    const created = await communeAdmin.post<Item>('/api/admin-units', {
      level: 'below_commune',
      parent: '00004',
      name: 'Tổ dân phố số 1',
      type: 'to_dan_pho',
    })
    expect(created.status).toBe(201)
    expect(created.body).toMatchObject({
      name: 'Tổ dân phố số 1',
      level: 'below_commune',
      parentCode: '00004',
    })
    const again = await communeAdmin.post<ErrorBody>('/api/admin-units', {
      level: 'below_commune',
      parent: '00004',
      name: 'số 1',
      type: 'to_dan_pho',
    })
    expect(again.status).toBe(409)
    const elsewhere = await communeAdmin.post<ErrorBody>('/api/admin-units', {
      level: 'below_commune',
      parent: '00070',
      name: 'Tổ dân phố số 2',
      type: 'to_dan_pho',
    })
    expect(elsewhere.status).toBe(403)
    const found = await search('to dan pho so 1', '&level=below_commune')
    expect(found[0]).toMatchObject({ name: 'Tổ dân phố số 1' })
  })

  it('does not let a viewer add units', async () => {
    const { status } = await viewer.post('/api/admin-units', {
      level: 'below_commune',
      parent: '00070',
      name: 'Tổ dân phố số 9',
      type: 'to_dan_pho',
    })
    expect(status).toBe(403)
  })

  it('imports a CSV all or nothing, with the error of every failing row in Vietnamese', async () => {
    const csv =
      'commune_code,name,type\n00004,Tổ dân phố số 5,to_dan_pho\n00004,,to_dan_pho\n99999,Thôn Một,thon\n00004,Khu phố 3,hamlet\n'
    const failed = await communeAdmin.post<ErrorBody>('/api/admin-units/import', {
      fileName: 'to-dan-pho.csv',
      contentBase64: Buffer.from(csv).toString('base64'),
    })
    expect(failed.status).toBe(400)
    expect(failed.body.error.fields?.map((f) => f.message)).toEqual([
      expect.stringMatching(/^Dòng 3: thiếu tên/),
      expect.stringMatching(/^Dòng 4: không có xã, phường, đặc khu nào mang mã "99999"/),
      expect.stringMatching(/^Dòng 5: loại "hamlet" không hợp lệ/),
    ])
    expect(await search('to dan pho so 5', '&level=below_commune')).toEqual([])
    const ok = 'commune_code,name,type\n4,Tổ dân phố số 5,Tổ dân phố\n00004,Tổ dân phố số 6,to_dan_pho\n'
    const imported = await communeAdmin.post<{ created: number }>('/api/admin-units/import', {
      fileName: 'to-dan-pho.csv',
      contentBase64: Buffer.from(ok).toString('base64'),
    })
    expect(imported.status).toBe(201)
    expect(imported.body.created).toBe(2)
    const children = await viewer.get<List>('/api/admin-units?parent=00004')
    expect(children.body.items.map((u) => u.name)).toEqual([
      'Tổ dân phố số 1',
      'Tổ dân phố số 5',
      'Tổ dân phố số 6',
    ])
  })
})

describe('organizations attached to units', () => {
  it('attaches the demo communes to their current units', async () => {
    const list = await admin.get<{ items: { code: string; adminUnitCode: string | null }[] }>(
      '/api/organizations?limit=100',
    )
    const byCode = new Map(list.body.items.map((o) => [o.code, o.adminUnitCode]))
    expect(byCode.get('HN-UBND')).toBe('01')
    expect(byCode.get('HN-BADINH')).toBe('00004')
    expect(byCode.get('HN-HOANKIEM')).toBe('00070')
    expect(byCode.get('HN-SOCSON')).toBe('00376')
  })

  it('attaches and detaches an organization by unit code, rejecting unknown codes', async () => {
    const list = await admin.get<{ items: { id: string; code: string }[] }>('/api/organizations?limit=100')
    const id = list.body.items.find((o) => o.code === 'HN-BADINH-TTND')?.id ?? ''
    const attached = await admin.patch<{ adminUnitCode: string; adminUnitId: string }>(
      `/api/organizations/${id}`,
      {
        adminUnitCode: '00004',
      },
    )
    expect(attached.body.adminUnitCode).toBe('00004')
    expect(attached.body.adminUnitId).toMatch(/^[0-9a-f-]{36}$/)
    const bad = await admin.patch<ErrorBody>(`/api/organizations/${id}`, { adminUnitCode: '99999' })
    expect(bad.status).toBe(400)
    expect(bad.body.error.fields?.[0]?.path).toBe('adminUnitCode')
    const detached = await admin.patch<{ adminUnitCode: string | null }>(`/api/organizations/${id}`, {
      adminUnitCode: null,
    })
    expect(detached.body.adminUnitCode).toBeNull()
  })
})
