import {
  CURRENT_FROM,
  EARLIER_MERGERS_FROM,
  EARLIER_MERGERS_TO,
  LEGAL_ACT_2023_2025,
  LEGAL_ACT_2025,
  LEGAL_ACT_PROVINCES_2025,
  OLD_MAP_TO,
  f,
  need,
  read,
  referenceId,
  type BuiltSuccession,
  type BuiltUnit,
  type DataGap,
  type ReferenceData,
} from './sources.ts'
import { bareKey, fold, matchKey, shortNameOf, typeFromName, type UnitType } from './names.ts'

export {
  CURRENT_FROM,
  EARLIER_MERGERS_FROM,
  EARLIER_MERGERS_TO,
  OLD_MAP_TO,
  fingerprintReferenceFiles,
  knownGapsFile,
  referenceDir,
} from './sources.ts'

/** A unit of one of the old maps, before it becomes a row. */
interface OldUnit {
  code: string
  name: string
  type: UnitType
  parentCode: string | null
  provinceCode: string
}

const inForceSources = new Set(['source', 'in_force_name', 'correction'])

/** Builds every reference unit and succession from the vendored CSV files (pure; no database). */
export function buildReferenceData(): ReferenceData {
  const units: BuiltUnit[] = []
  const successions = new Map<string, BuiltSuccession>()
  const unit = (u: Omit<BuiltUnit, 'shortName' | 'searchKey'>): BuiltUnit => {
    const built = { ...u, shortName: shortNameOf(u.name), searchKey: fold(u.name) }
    units.push(built)
    return built
  }
  const link = (predecessorId: string, successorId: string, effectiveDate: string, legalAct: string) => {
    const key = `${predecessorId}|${successorId}`
    if (!successions.has(key)) successions.set(key, { predecessorId, successorId, effectiveDate, legalAct })
  }

  // The map from 01/07/2025.
  const currentProvince = new Map<string, BuiltUnit>()
  for (const p of read('current-provinces.csv'))
    currentProvince.set(
      f(p, 'code'),
      unit({
        id: referenceId(`current:province:${p.code}`),
        code: f(p, 'code'),
        name: f(p, 'name'),
        type: p.type as UnitType,
        level: 'province',
        parentId: null,
        provinceCode: f(p, 'code'),
        validFrom: CURRENT_FROM,
        validTo: null,
      }),
    )
  const currentCommune = new Map<string, BuiltUnit>()
  for (const c of read('current-communes.csv'))
    currentCommune.set(
      f(c, 'code'),
      unit({
        id: referenceId(`current:commune:${c.code}`),
        code: f(c, 'code'),
        name: f(c, 'name'),
        type: c.type as UnitType,
        level: 'commune',
        parentId: need(currentProvince.get(f(c, 'province_code')), f(c, 'province_code')).id,
        provinceCode: f(c, 'province_code'),
        validFrom: CURRENT_FROM,
        validTo: null,
      }),
    )

  // The snapshot before the 2023–2025 mergers.
  const snapProvinces = new Map<string, OldUnit>()
  for (const p of read('snapshot-2021-provinces.csv'))
    snapProvinces.set(f(p, 'code'), {
      code: f(p, 'code'),
      name: f(p, 'name'),
      // One code per legal type: the snapshot's thanh_pho_tw is the current files' thanh_pho.
      type: (p.type === 'thanh_pho_tw' ? 'thanh_pho' : p.type) as UnitType,
      parentCode: null,
      provinceCode: f(p, 'code'),
    })
  const snapDistricts = new Map<string, OldUnit>()
  for (const d of read('snapshot-2021-districts.csv'))
    snapDistricts.set(f(d, 'code'), {
      code: f(d, 'code'),
      name: f(d, 'name'),
      type: d.type as UnitType,
      parentCode: f(d, 'province_code'),
      provinceCode: f(d, 'province_code'),
    })
  const snapCommunes = new Map<string, OldUnit>()
  for (const c of read('snapshot-2021-communes.csv'))
    snapCommunes.set(f(c, 'code'), {
      code: f(c, 'code'),
      name: f(c, 'name'),
      type: c.type as UnitType,
      parentCode: f(c, 'district_code'),
      provinceCode: need(snapDistricts.get(f(c, 'district_code')), f(c, 'district_code')).provinceCode,
    })

  // The map of 30/06/2025, as named by the mapping table.
  const mapping = read('mapping-2025.csv')
  const juneProvinces = new Map<string, OldUnit>()
  const juneDistricts = new Map<string, OldUnit>()
  const districtCodeByName = new Map<string, string>()
  const juneCommunes = new Map<string, OldUnit>()
  const synthetic = new Map<string, number>()
  for (const r of mapping) {
    const province = f(r, 'old_province_code')
    if (!juneProvinces.has(province))
      juneProvinces.set(province, {
        code: province,
        name: f(r, 'old_province_name'),
        type: typeFromName(f(r, 'old_province_name'), 'province', false),
        parentCode: null,
        provinceCode: province,
      })
    const districtKey = `${province}|${f(r, 'old_district_name')}`
    let districtCode = districtCodeByName.get(districtKey)
    if (!districtCode) {
      // Four districts formed after the snapshot have no code in the vendored data: a local code
      // 'N' + province + sequence stands in (listed in db/reference/README.md).
      const next = (synthetic.get(province) ?? 0) + 1
      districtCode = f(r, 'old_district_code') || `N${province}${String(next).padStart(2, '0')}`
      if (!f(r, 'old_district_code')) synthetic.set(province, next)
      districtCodeByName.set(districtKey, districtCode)
      const isCity = need(juneProvinces.get(province), province).type === 'thanh_pho'
      juneDistricts.set(districtCode, {
        code: districtCode,
        name: f(r, 'old_district_name'),
        type: typeFromName(f(r, 'old_district_name'), 'district', isCity),
        parentCode: province,
        provinceCode: province,
      })
    }
    if (inForceSources.has(f(r, 'old_code_source')) && !juneCommunes.has(f(r, 'old_code')))
      juneCommunes.set(f(r, 'old_code'), {
        code: f(r, 'old_code'),
        name: f(r, 'old_name'),
        type: typeFromName(f(r, 'old_name'), 'commune', false),
        parentCode: districtCode,
        provinceCode: province,
      })
  }

  /**
   * One level of the old maps. A unit of 30/06/2025 whose code had the same name in the snapshot is one row
   * (in force until 30/06/2025, start unknown); otherwise the snapshot unit ends with the 2023–2025 mergers
   * and the 30/06/2025 unit starts after them: the same code names two units, told apart by the date.
   */
  const rowsOf = () => ({
    june: new Map<string, BuiltUnit>(),
    snap: new Map<string, BuiltUnit>(),
  })
  const rows = { province: rowsOf(), district: rowsOf(), commune: rowsOf() }
  const mergeLevel = (
    level: 'province' | 'district' | 'commune',
    snap: Map<string, OldUnit>,
    june: Map<string, OldUnit>,
    parentLevel: 'province' | 'district' | null,
  ) => {
    const parentOf = (code: string | null, era: 'june' | 'snap') =>
      code && parentLevel ? (rows[parentLevel][era].get(code)?.id ?? null) : null
    for (const j of june.values()) {
      const s = snap.get(j.code)
      const same = s && matchKey(s.name) === matchKey(j.name)
      const row = unit({
        id: referenceId(`old:${level}:${j.code}`),
        code: j.code,
        name: j.name,
        type: same ? s.type : j.type,
        level,
        parentId: parentOf(j.parentCode, 'june'),
        provinceCode: j.provinceCode,
        validFrom: same ? null : EARLIER_MERGERS_FROM,
        validTo: OLD_MAP_TO,
      })
      rows[level].june.set(j.code, row)
      if (same) rows[level].snap.set(j.code, row)
    }
    for (const s of snap.values()) {
      if (rows[level].snap.has(s.code)) continue
      rows[level].snap.set(
        s.code,
        unit({
          id: referenceId(`snapshot:${level}:${s.code}`),
          code: s.code,
          name: s.name,
          type: s.type,
          level,
          parentId: parentOf(s.parentCode, 'snap'),
          provinceCode: s.provinceCode,
          validFrom: null,
          validTo: EARLIER_MERGERS_TO,
        }),
      )
    }
  }
  mergeLevel('province', snapProvinces, juneProvinces, null)
  mergeLevel('district', snapDistricts, juneDistricts, 'province')
  mergeLevel('commune', snapCommunes, juneCommunes, 'district')

  // 30/06/2025 → 01/07/2025.
  for (const r of mapping) {
    const successor = need(currentCommune.get(f(r, 'new_code')), f(r, 'new_code'))
    if (inForceSources.has(f(r, 'old_code_source')))
      link(
        need(rows.commune.june.get(f(r, 'old_code')), f(r, 'old_code')).id,
        successor.id,
        CURRENT_FROM,
        LEGAL_ACT_2025,
      )
    if (f(r, 'old_code_source') === 'whole_district') {
      const district = need(
        districtCodeByName.get(`${f(r, 'old_province_code')}|${f(r, 'old_district_name')}`),
        `${f(r, 'old_province_code')}|${f(r, 'old_district_name')}`,
      )
      link(need(rows.district.june.get(district), district).id, successor.id, CURRENT_FROM, LEGAL_ACT_2025)
    }
    const oldProvince = need(rows.province.june.get(f(r, 'old_province_code')), f(r, 'old_province_code'))
    link(
      oldProvince.id,
      need(currentProvince.get(f(r, 'new_province_code')), f(r, 'new_province_code')).id,
      CURRENT_FROM,
      LEGAL_ACT_PROVINCES_2025,
    )
  }

  const gaps: DataGap[] = []
  const fixes: ReferenceData['fixes'] = []
  const successorsByJuneId = new Map<string, Set<string>>()
  for (const s of successions.values()) {
    const set = successorsByJuneId.get(s.predecessorId) ?? new Set()
    set.add(s.successorId)
    successorsByJuneId.set(s.predecessorId, set)
  }

  // Snapshot units gone by 30/06/2025: find the unit that took them over, from the data.
  const juneByDistrictName = new Map<string, BuiltUnit>()
  const juneByDistrictFolded = new Map<string, BuiltUnit[]>()
  for (const j of rows.commune.june.values()) {
    const district = need(juneCommunes.get(j.code), j.code).parentCode
    juneByDistrictName.set(`${district}|${bareKey(j.name)}`, j)
    const folded = `${district}|${fold(j.name)}`
    juneByDistrictFolded.set(folded, [...(juneByDistrictFolded.get(folded) ?? []), j])
  }
  const namedRows = new Map<string, Record<string, string>[]>()
  const unnamedRows: Record<string, string>[] = []
  for (const r of mapping) {
    if (f(r, 'old_code_source') === 'snapshot_name')
      namedRows.set(f(r, 'old_code'), [...(namedRows.get(f(r, 'old_code')) ?? []), r])
    if (f(r, 'old_code_source') === 'none') unnamedRows.push(r)
  }
  for (const s of snapCommunes.values()) {
    const row = need(rows.commune.snap.get(s.code), s.code)
    if (row.validTo === OLD_MAP_TO) continue
    const into = new Set<BuiltUnit>()
    const sameCode = rows.commune.june.get(s.code)
    if (sameCode) into.add(sameCode) // the 30/06/2025 unit kept this unit's code
    const sameName = juneByDistrictName.get(`${s.parentCode}|${bareKey(s.name)}`)
    if (sameName) into.add(sameName) // same name in the same district under another code
    const folded = juneByDistrictFolded.get(`${s.parentCode}|${fold(s.name)}`)
    const only = folded?.length === 1 ? folded[0] : undefined
    if (!sameCode && !sameName && only) {
      into.add(only)
      fixes.push({
        code: s.code,
        name: s.name,
        how: `cùng tên (bỏ dấu) với ${only.code} ${only.name}`,
      })
    }
    for (const j of into) link(row.id, j.id, EARLIER_MERGERS_FROM, LEGAL_ACT_2023_2025)
    const reached = new Set([...into].flatMap((j) => [...(successorsByJuneId.get(j.id) ?? [])]))
    // The mapping's name-only rows map the unit straight to the new unit(s).
    const direct = (namedRows.get(s.code) ?? []).filter(
      (r) => matchKey(f(r, 'old_name')) === matchKey(s.name),
    )
    for (const r of direct) {
      const successor = need(currentCommune.get(f(r, 'new_code')), f(r, 'new_code'))
      if (!reached.has(successor.id)) link(row.id, successor.id, CURRENT_FROM, LEGAL_ACT_2025)
    }
    if (into.size === 0 && direct.length === 0) {
      const unnamed = unnamedRows.filter(
        (r) => f(r, 'old_province_code') === s.provinceCode && fold(f(r, 'old_name')) === fold(s.name),
      )
      for (const r of unnamed)
        link(
          row.id,
          need(currentCommune.get(f(r, 'new_code')), f(r, 'new_code')).id,
          CURRENT_FROM,
          LEGAL_ACT_2025,
        )
      if (unnamed.length > 0)
        fixes.push({
          code: s.code,
          name: s.name,
          how: `dòng không mã "${unnamed[0]?.old_name}" của bảng chuyển đổi`,
        })
      else
        gaps.push({
          code: s.code,
          name: s.name,
          districtCode: s.parentCode ?? '',
          reason:
            'Không có trong bảng chuyển đổi 2025 và không có đơn vị cùng tên trong huyện ngày 30/06/2025',
        })
    }
  }

  // Districts gone by 30/06/2025: succeeded by the 30/06/2025 districts that hold their communes.
  for (const d of snapDistricts.values()) {
    const row = need(rows.district.snap.get(d.code), d.code)
    if (row.validTo === OLD_MAP_TO) continue
    const into = new Set<string>()
    const sameCode = rows.district.june.get(d.code)
    if (sameCode) into.add(sameCode.id)
    for (const c of snapCommunes.values())
      if (c.parentCode === d.code) {
        const june = juneCommunes.get(c.code)
        if (june?.parentCode) into.add(need(rows.district.june.get(june.parentCode), june.parentCode).id)
      }
    for (const id of into) link(row.id, id, EARLIER_MERGERS_FROM, LEGAL_ACT_2023_2025)
    if (into.size === 0)
      gaps.push({
        code: d.code,
        name: d.name,
        districtCode: '',
        reason: 'Không còn xã nào của huyện này ngày 30/06/2025',
      })
  }
  for (const p of snapProvinces.values()) {
    const row = need(rows.province.snap.get(p.code), p.code)
    const june = rows.province.june.get(p.code)
    if (row.validTo !== OLD_MAP_TO && june) link(row.id, june.id, EARLIER_MERGERS_FROM, LEGAL_ACT_2023_2025)
  }

  return { units, successions: [...successions.values()], gaps, fixes }
}
