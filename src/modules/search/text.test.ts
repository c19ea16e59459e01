import { describe, expect, it } from 'vitest'
import { allButOneQuery, allTermsQuery, fold, highlight, parseQuery, snippet } from './text.ts'

describe('search text', () => {
  it('folds Vietnamese like vn_fold (đ → d, no tones)', () => {
    expect(fold('Đặng Thị Hương, phố Đội Cấn')).toBe('dang thi huong, pho doi can')
  })

  it('parses words and quoted phrases', () => {
    const q = parseQuery('Nguyễn  "thu hồi đất" nguyen 0912')
    expect(q.terms).toEqual(['nguyen', '0912'])
    expect(q.phrases).toEqual([['thu', 'hoi', 'dat']])
    expect(allTermsQuery(q.terms)).toBe('nguyen & 0912:*')
  })

  it('takes the last word typed as a prefix, the others whole', () => {
    expect(allTermsQuery(['tran', 'van', 'tru'])).toBe('tran & van & tru:*')
  })

  it('tolerates one misspelt word among three or more', () => {
    expect(allButOneQuery(['a', 'b'])).toBeNull()
    expect(allButOneQuery(['a', 'b', 'c'])).toBe('(b & c:*) | (a & c:*) | (a & b)')
  })

  it('highlights matches in the original spelling, typos included', () => {
    expect(highlight('Ông Nguyễn Văn Hùng', ['nguyen', 'hunq'])).toEqual([
      { text: 'Ông ', hit: false },
      { text: 'Nguyễn', hit: true },
      { text: ' Văn ', hit: false },
      { text: 'Hùng', hit: true },
    ])
    const cut = snippet(`${'một '.repeat(40)}đất nông nghiệp ${'hai '.repeat(40)}`, ['dat'], 10)
    expect(cut[0]?.text).toBe('… ')
    expect(cut.some((s) => s.hit && s.text === 'đất')).toBe(true)
  })
})
