#!/usr/bin/env node
// Data-quality report for db/reference/admin-units/*.csv (see db/reference/README.md, "Data checks").
//
// Usage: node scripts/reference/check.mjs [data dir] [--list]
//   --list  print every offending item instead of the first few
// Exit code 1 when a hard check fails (expected counts, duplicate codes, dangling codes); 0 otherwise.

import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { bareKey, clean, cmp, parseCsv } from './lib.mjs'

const here = path.dirname(fileURLToPath(import.meta.url))
const args = process.argv.slice(2)
const listAll = args.includes('--list')
const dir = path.resolve(
  args.find((a) => !a.startsWith('--')) ?? path.join(here, '../../db/reference/admin-units'),
)
const load = (f) => parseCsv(readFileSync(path.join(dir, f), 'utf8'))

const curProvinces = load('current-provinces.csv')
const curCommunes = load('current-communes.csv')
const mapping = load('mapping-2025.csv')
const snapProvinces = load('snapshot-2021-provinces.csv')
const snapDistricts = load('snapshot-2021-districts.csv')
const snapCommunes = load('snapshot-2021-communes.csv')

const EXPECTED = {
  'current provinces': [curProvinces, { total: 34, thanh_pho: 6, tinh: 28 }],
  'current communes': [curCommunes, { total: 3321, xa: 2621, phuong: 687, dac_khu: 13 }],
  'snapshot provinces': [snapProvinces, { total: 63 }],
  'snapshot districts': [snapDistricts, { total: 705 }],
  'snapshot communes': [snapCommunes, { total: 10599 }],
}
const OFFICIAL_COMMUNES_2025_06_30 = 10035 // communes before the arrangement, as announced with Resolution 202/2025

let hardFailures = 0
const out = []
const line = (s = '') => out.push(s)
const section = (title) => line(`\n== ${title}`)
function item(label, list, { hard = false, show = (x) => x } = {}) {
  const bad = hard && list.length > 0
  if (bad) hardFailures++
  line(`${bad ? 'FAIL ' : ''}${label}: ${list.length}`)
  const shown = listAll ? list : list.slice(0, 8)
  for (const x of shown) line(`    ${show(x)}`)
  if (shown.length < list.length) line(`    ... ${list.length - shown.length} more (--list)`)
}
const countBy = (rows, f) => {
  const m = {}
  for (const r of rows) m[f(r)] = (m[f(r)] ?? 0) + 1
  return m
}
const fmtCounts = (m) =>
  Object.keys(m)
    .sort(cmp)
    .map((k) => `${k} ${m[k]}`)
    .join(', ')
const groupBy = (rows, f) => {
  const m = new Map()
  for (const r of rows) {
    const k = f(r)
    if (!m.has(k)) m.set(k, [])
    m.get(k).push(r)
  }
  return m
}
const dupes = (rows, f) => [...groupBy(rows, f).entries()].filter(([, v]) => v.length > 1)

// ---------------------------------------------------------------------------------------------
section('Counts')
for (const [label, [rows, exp]] of Object.entries(EXPECTED)) {
  const byType = countBy(rows, (r) => r.type)
  const got = { total: rows.length, ...byType }
  const deviations = Object.entries(exp).filter(([k, v]) => got[k] !== v)
  if (deviations.length) hardFailures++
  line(
    `${deviations.length ? 'FAIL ' : ''}${label}: ${rows.length} (${fmtCounts(byType)})` +
      (deviations.length
        ? ` -- expected ${deviations.map(([k, v]) => `${k} ${v}, got ${got[k] ?? 0}`).join('; ')}`
        : ' -- as expected'),
  )
}
const perProvince = Object.values(countBy(curCommunes, (c) => c.province_code))
line(`current communes per province: min ${Math.min(...perProvince)}, max ${Math.max(...perProvince)}`)
line(
  `mapping rows: ${mapping.length} (by old_code_source: ${fmtCounts(countBy(mapping, (r) => r.old_code_source))})`,
)
line(
  `mapping flags: split ${mapping.filter((r) => r.split === '1').length}, ` +
    `new_code_fixed ${mapping.filter((r) => r.new_code_fixed === '1').length}, ` +
    `code_reused ${mapping.filter((r) => r.code_reused === '1').length}`,
)
const IN_FORCE_SOURCES = new Set(['source', 'in_force_name', 'correction'])
const inForce = mapping.filter((r) => IN_FORCE_SOURCES.has(r.old_code_source))
const inForceCodes = new Set(inForce.map((r) => r.old_code))
line(
  `distinct old codes in force on 30/06/2025: ${inForceCodes.size} ` +
    `(official count ${OFFICIAL_COMMUNES_2025_06_30}, difference ${inForceCodes.size - OFFICIAL_COMMUNES_2025_06_30})`,
)
line(
  `distinct old districts named: ${new Set(inForce.map((r) => `${r.old_province_code}|${r.old_district_name}`)).size}, ` +
    `old provinces: ${new Set(inForce.map((r) => r.old_province_code)).size}`,
)

// ---------------------------------------------------------------------------------------------
section('Duplicates')
const codeDupes = [
  ['current provinces', curProvinces],
  ['current communes', curCommunes],
  ['snapshot provinces', snapProvinces],
  ['snapshot districts', snapDistricts],
  ['snapshot communes', snapCommunes],
].flatMap(([label, rows]) => dupes(rows, (r) => r.code).map(([code]) => `${label} ${code}`))
item('duplicate codes', codeDupes, { hard: true })
item(
  'current communes with the same name in one province',
  dupes(curCommunes, (c) => `${c.province_code}|${c.name}`),
  { show: ([, v]) => v.map((c) => `${c.code} ${c.name} (${c.province_code})`).join(' / ') },
)
item(
  'snapshot communes with the same name in one district',
  dupes(snapCommunes, (c) => `${c.district_code}|${c.name}`),
  { show: ([, v]) => v.map((c) => `${c.code} ${c.name} (${c.district_code})`).join(' / ') },
)
item(
  'snapshot districts with the same name in one province',
  dupes(snapDistricts, (d) => `${d.province_code}|${d.name}`),
  { show: ([, v]) => v.map((d) => `${d.code} ${d.name}`).join(' / ') },
)
item(
  'duplicate mapping rows (same old code/name/district, same new code)',
  dupes(
    mapping,
    (r) => `${r.old_code}|${r.old_name}|${r.old_district_name}|${r.old_province_name}|${r.new_code}`,
  ),
  { hard: true, show: ([k]) => k },
)
item(
  'old codes (in force 30/06/2025) on more than one mapping row (old unit split between new units)',
  dupes(inForce, (r) => r.old_code),
  { show: ([code, v]) => `${code} ${v[0].old_name} -> ${v.map((r) => r.new_code).join(', ')}` },
)
const badNames = [curProvinces, curCommunes, snapProvinces, snapDistricts, snapCommunes, mapping]
  .flat()
  .flatMap((r) => Object.values(r).filter((v) => v !== clean(v)))
item('values not NFC-normalised or with stray whitespace', badNames, { hard: true })

// ---------------------------------------------------------------------------------------------
section('References')
const curProvinceCodes = new Set(curProvinces.map((p) => p.code))
const curByCode = new Map(curCommunes.map((c) => [c.code, c]))
const snapProvinceCodes = new Set(snapProvinces.map((p) => p.code))
const snapDistrictByCode = new Map(snapDistricts.map((d) => [d.code, d]))
const snapCommuneByCode = new Map(snapCommunes.map((c) => [c.code, c]))
item(
  'parent codes that do not exist',
  [
    ...curCommunes.filter((c) => !curProvinceCodes.has(c.province_code)).map((c) => `commune ${c.code}`),
    ...snapDistricts.filter((d) => !snapProvinceCodes.has(d.province_code)).map((d) => `district ${d.code}`),
    ...snapCommunes.filter((c) => !snapDistrictByCode.has(c.district_code)).map((c) => `commune ${c.code}`),
  ],
  { hard: true },
)
const showRow = (r) =>
  `${r.old_code || '-'} ${r.old_name || '(no commune)'}, ${r.old_district_name}, ${r.old_province_name} -> ${r.new_code}`
item(
  'mapping rows pointing at a new code absent from current-communes.csv',
  mapping.filter((r) => !curByCode.has(r.new_code)),
  { hard: true, show: showRow },
)
item(
  'mapping rows whose new_province_code differs from the current commune',
  mapping.filter(
    (r) => curByCode.has(r.new_code) && curByCode.get(r.new_code).province_code !== r.new_province_code,
  ),
  { hard: true, show: showRow },
)
item(
  'mapping rows whose old province is not in the snapshot',
  mapping.filter((r) => !snapProvinceCodes.has(r.old_province_code)),
  { hard: true, show: showRow },
)
item(
  'old districts (30/06/2025 names) with no same-named snapshot district (old_district_code empty)',
  [
    ...groupBy(
      mapping.filter((r) => !r.old_district_code),
      (r) => `${r.old_district_name}, ${r.old_province_name}`,
    ).entries(),
  ],
  { show: ([k, v]) => `${k} (${v.length} rows)` },
)
const targets = groupBy(mapping, (r) => r.new_code)
item(
  'current communes with no predecessor in the mapping',
  curCommunes.filter((c) => !targets.has(c.code)),
  { show: (c) => `${c.code} ${c.name}` },
)
item(
  'current communes whose only predecessors are name-only rows (no coded 30/06/2025 unit)',
  curCommunes.filter(
    (c) => targets.has(c.code) && !targets.get(c.code).some((r) => r.old_code_source !== 'snapshot_name'),
  ),
  { show: (c) => `${c.code} ${c.name}` },
)
const inForceList = [...groupBy(inForce, (r) => r.old_code).values()].map((v) => v[0])
item(
  'old codes (in force 30/06/2025) absent from the snapshot (units created after it)',
  inForceList.filter((r) => !snapCommuneByCode.has(r.old_code)),
  { show: showRow },
)
item(
  'old codes (in force 30/06/2025) whose snapshot unit has another name (code kept by a merged or renamed unit)',
  inForceList.filter(
    (r) =>
      snapCommuneByCode.has(r.old_code) &&
      bareKey(snapCommuneByCode.get(r.old_code).name) !== bareKey(r.old_name),
  ),
  {
    show: (r) =>
      `${r.old_code}: snapshot ${snapCommuneByCode.get(r.old_code).name}, 30/06/2025 ${r.old_name}`,
  },
)
item(
  'old codes (in force 30/06/2025) whose snapshot district differs from old_district_code',
  inForceList.filter(
    (r) =>
      snapCommuneByCode.has(r.old_code) &&
      r.old_district_code &&
      snapCommuneByCode.get(r.old_code).district_code !== r.old_district_code,
  ),
  {
    show: (r) =>
      `${r.old_code} ${r.old_name}: snapshot district ${snapCommuneByCode.get(r.old_code).district_code}, ` +
      `30/06/2025 ${r.old_district_name} (${r.old_district_code})`,
  },
)
const nameOnlyCodes = new Set(
  mapping.filter((r) => r.old_code_source === 'snapshot_name').map((r) => r.old_code),
)
const goneBefore = snapCommunes.filter((c) => !inForceCodes.has(c.code))
item(
  'snapshot communes absent from the 30/06/2025 codes (merged or dissolved before 30/06/2025)',
  goneBefore,
  {
    show: (c) => `${c.code} ${c.name} (${c.district_code})`,
  },
)
const notNamed = goneBefore.filter((c) => !nameOnlyCodes.has(c.code))
const inForceByDistrictName = groupBy(inForce, (r) => `${r.old_district_code}|${bareKey(r.old_name)}`)
const sameNameOtherCode = notNamed.filter((c) =>
  inForceByDistrictName.has(`${c.district_code}|${bareKey(c.name)}`),
)
line(
  `  ... named in name-only mapping rows (old_code_source=snapshot_name): ${goneBefore.length - notNamed.length}`,
)
item(
  '  ... not named there, but the same name is in force on 30/06/2025 in the same district under another code',
  sameNameOtherCode,
  {
    show: (c) =>
      `${c.code} ${c.name}, ${snapDistrictByCode.get(c.district_code).name} -> 30/06/2025 code ` +
      inForceByDistrictName.get(`${c.district_code}|${bareKey(c.name)}`)[0].old_code,
  },
)
item(
  '  ... neither: no successor known from these files',
  notNamed.filter((c) => !sameNameOtherCode.includes(c)),
  { show: (c) => `${c.code} ${c.name}, ${snapDistrictByCode.get(c.district_code).name}` },
)
item(
  'name-only mapping rows that match no snapshot commune (old_code empty)',
  mapping.filter((r) => r.old_code_source === 'none'),
  { show: showRow },
)

// ---------------------------------------------------------------------------------------------
section('Reused codes (same code, different unit, depending on the date)')
const inForceByCode = groupBy(inForce, (r) => r.old_code)
const carried = []
const renamedCarried = []
const reusedElsewhere = []
const fresh = []
for (const c of curCommunes) {
  const olds = inForceByCode.get(c.code)
  if (!olds) {
    fresh.push(c)
    continue
  }
  if (!olds.some((r) => r.new_code === c.code)) reusedElsewhere.push([c, olds])
  else if (bareKey(olds[0].old_name) === bareKey(c.name)) carried.push(c)
  else renamedCarried.push([c, olds[0]])
}
line(`current codes that were also codes on 30/06/2025: ${curCommunes.length - fresh.length}`)
line(`  kept by the successor, same name (type word aside): ${carried.length}`)
item(
  '  kept by the successor, different name (e.g. 26882 "Phường 14" -> "Phường An Hội Tây")',
  renamedCarried,
  {
    show: ([c, r]) => `${c.code}: ${r.old_name} (${r.old_district_name}) -> ${c.name}`,
  },
)
item('  code of a 30/06/2025 unit that did NOT go into the new unit with that code', reusedElsewhere, {
  show: ([c, olds]) =>
    `${c.code}: now ${c.name}; on 30/06/2025 ${olds[0].old_name} -> ${olds.map((r) => r.new_code)}`,
})
item('current codes not used on 30/06/2025', fresh, {
  show: (c) =>
    `${c.code} ${c.name}${snapCommuneByCode.has(c.code) ? ` (snapshot: ${snapCommuneByCode.get(c.code).name})` : ''}`,
})
item(
  'snapshot codes naming another unit in the current list (bare names differ)',
  snapCommunes.filter(
    (s) => curByCode.has(s.code) && bareKey(curByCode.get(s.code).name) !== bareKey(s.name),
  ),
  { show: (s) => `${s.code}: snapshot ${s.name}, now ${curByCode.get(s.code).name}` },
)
item(
  'name-only mapping rows whose snapshot code names another unit on 30/06/2025 (code_reused=1)',
  mapping.filter((r) => r.code_reused === '1'),
  {
    show: (r) => `${showRow(r)} | on 30/06/2025 ${r.old_code} = ${inForceByCode.get(r.old_code)[0].old_name}`,
  },
)

line(`\n${hardFailures ? `${hardFailures} hard check(s) FAILED` : 'all hard checks passed'}`)
console.log(out.join('\n').trimStart())
process.exit(hardFailures ? 1 : 0)
