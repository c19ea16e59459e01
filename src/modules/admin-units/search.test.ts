import { describe, expect, it } from 'vitest'
import { parseQuery, searchKeyOf, trigrams } from './search.ts'
import { fold, matchKey } from './reference/names.ts'
import { parseCsvRecords } from './reference/csv.ts'
import { localTypeOf } from './commands/createLocalUnits.ts'

describe('what officials type', () => {
  it('folds diacritics and đ the way vn_fold does', () => {
    expect(fold('Phường Bến Nghé')).toBe('phuong ben nghe')
    expect(fold('Đặc khu Phú Quốc')).toBe('dac khu phu quoc')
    expect(searchKeyOf("Xã Ea H'Leo")).toBe('xa ea hleo')
  })

  it('splits off the type word, typed in full or abbreviated', () => {
    expect(parseQuery('phuong hong ha')).toMatchObject({ type: 'phuong', name: 'hong ha' })
    expect(parseQuery('P. Hồng Hà')).toMatchObject({ type: 'phuong', name: 'hong ha', accented: 'hồng hà' })
    expect(parseQuery('q.1')).toMatchObject({ type: 'quan', name: '1' })
    expect(parseQuery('p14')).toMatchObject({ type: 'phuong', name: '14' })
    expect(parseQuery('tx chu')).toMatchObject({ type: 'thi xa', name: 'chu' })
    expect(parseQuery('dac khu phu quoc')).toMatchObject({ type: 'dac khu', name: 'phu quoc' })
    expect(parseQuery('hong ha')).toMatchObject({ type: '', name: 'hong ha', accented: null })
  })

  it('expands the common place abbreviations', () => {
    expect(parseQuery('tp hcm')).toMatchObject({ type: 'thanh pho', name: 'ho chi minh' })
    expect(parseQuery('TP.HCM')).toMatchObject({ type: 'thanh pho', name: 'ho chi minh' })
    expect(parseQuery('hn')).toMatchObject({ type: '', name: 'ha noi' })
  })

  it('cuts words into trigrams as pg_trgm does', () => {
    expect([...trigrams('ha')].sort()).toEqual(['  h', ' ha', 'ha '].sort())
  })
})

describe('reference names and files', () => {
  it('treats old and new tone placement, Qui/Quy and leading zeros as the same name', () => {
    expect(matchKey('Phường Yên Hoà')).toBe(matchKey('Phường Yên Hòa'))
    expect(matchKey('Xã Qui Hướng')).toBe(matchKey('Xã Quy Hướng'))
    expect(matchKey('Phường 04')).toBe(matchKey('Phường 4'))
    expect(matchKey('Xã Tà Lai')).not.toBe(matchKey('Xã Tà Lại'))
  })

  it('reads quoted CSV fields and keeps blank lines so that row numbers stay true', () => {
    expect(parseCsvRecords('a,b\n"x, y","say ""hi"""\n\nz,w\n')).toEqual([
      ['a', 'b'],
      ['x, y', 'say "hi"'],
      [''],
      ['z', 'w'],
    ])
  })

  it('accepts the type of a unit below the commune as a code or in Vietnamese', () => {
    expect(localTypeOf('Tổ dân phố')).toBe('to_dan_pho')
    expect(localTypeOf('to_dan_pho')).toBe('to_dan_pho')
    expect(localTypeOf('Ấp')).toBe('ap')
    expect(localTypeOf('làng')).toBeUndefined()
  })
})
