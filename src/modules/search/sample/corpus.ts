/**
 * A reproducible search corpus and its test queries: distinct citizens (name, ID number, phone, address)
 * with varied wording, and queries the way officials type them — without diacritics, with a typo, part of
 * a name, an address, a phone number, a quoted phrase, words in another order — each with the case it
 * must find. Used by the search test (recall@10) and the search benchmark.
 */
import { between, pick, prng, sampleContent, sampleKind, type Random } from '../../cases/sample/generator.ts'
import { fold } from '../text.ts'

export const families = [
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Hoàng',
  'Phan',
  'Vũ',
  'Đặng',
  'Bùi',
  'Đỗ',
  'Hồ',
  'Ngô',
  'Dương',
  'Đinh',
  'Trịnh',
  'Lương',
]
export const middles = [
  'Văn',
  'Thị',
  'Đức',
  'Minh',
  'Ngọc',
  'Thu',
  'Quang',
  'Hữu',
  'Thanh',
  'Xuân',
  'Kim',
  'Công',
  'Bảo',
  'Diệu',
]
export const givens = [
  'An',
  'Bình',
  'Cường',
  'Dũng',
  'Giang',
  'Hải',
  'Hạnh',
  'Hoa',
  'Hùng',
  'Hương',
  'Khánh',
  'Lan',
  'Long',
  'Mai',
  'Nam',
  'Phúc',
  'Quân',
  'Sơn',
  'Tâm',
  'Thảo',
  'Trang',
  'Tuấn',
  'Vân',
  'Yến',
  'Đạt',
  'Nghĩa',
  'Khoa',
  'Loan',
  'Thắng',
  'Uyên',
]
export const corpusStreets = [
  'phố Đội Cấn',
  'phố Kim Mã',
  'phố Hàng Bông',
  'phố Hàng Gai',
  'đường Núi Đôi',
  'thôn Đông Xuân',
  'ngõ Văn Chương',
  'phố Quán Thánh',
  'thôn Phù Linh',
  'phố Lý Thái Tổ',
  'phố Giảng Võ',
  'đường Hoàng Hoa Thám',
  'phố Phan Đình Phùng',
  'phố Hàng Đào',
  'ngõ Tạm Thương',
  'xóm Đồng Đầm',
]
const units = ['00004', '00070', '04930']
const places = [
  'khu tập thể',
  'tổ dân phố số 3',
  'chợ dân sinh',
  'trường tiểu học',
  'nhà văn hóa thôn',
  'bãi đỗ xe',
]

export interface CorpusCase {
  kind: ReturnType<typeof sampleKind>
  field: string
  summary: string
  content: string
  citizen: {
    fullName: string
    idNumber: string
    phone: string
    address: { unitCode: string; detail: string }
  }
}

export type QueryKind =
  'no_diacritics' | 'typo' | 'partial_name' | 'address' | 'phone' | 'phrase' | 'word_order' | 'id_number'

export interface CorpusQuery {
  q: string
  kind: QueryKind
  /** Index into the corpus cases of the case that must come in the top 10. */
  expected: number
}

/** One letter changed in a word of four letters or more (a typing slip). */
function typo(random: Random, word: string): string {
  const i = between(random, 1, word.length - 2)
  const letters = 'aeiouyhnmtgc'
  let replacement = pick(random, letters.split(''))
  if (replacement === word[i]) replacement = word[i] === 'a' ? 'e' : 'a'
  return word.slice(0, i) + replacement + word.slice(i + 1)
}

export function searchCorpus(seed: number, size: number): CorpusCase[] {
  const random = prng(seed)
  const used = new Set<string>()
  const out: CorpusCase[] = []
  while (out.length < size) {
    const fullName = `${pick(random, families)} ${pick(random, middles)} ${pick(random, givens)}`
    const street = pick(random, corpusStreets)
    const house = between(random, 1, 300)
    const key = `${fullName}|${house}|${street}`
    if (used.has(fullName) || used.has(key)) continue
    used.add(fullName)
    used.add(key)
    const kind = sampleKind(random)
    const { field, summary, content } = sampleContent(random, kind)
    const parcel = between(random, 10, 999)
    const place = pick(random, places)
    out.push({
      kind,
      field,
      summary: `${summary} tại ${place} ${street}`,
      content: `${content} Vị trí: thửa đất số ${parcel}, tờ bản đồ số ${between(random, 1, 60)}, gần ${place}.`,
      citizen: {
        fullName,
        idNumber: `0010${between(random, 10, 99)}${String(between(random, 0, 999999)).padStart(6, '0')}`,
        phone: `09${String(between(random, 0, 99999999)).padStart(8, '0')}`,
        address: { unitCode: pick(random, units), detail: `Số ${house} ${street}` },
      },
    })
  }
  return out
}

/** `perKind` queries of each kind over the corpus, each naming the case it must find. */
export function corpusQueries(seed: number, corpus: CorpusCase[], perKind: number): CorpusQuery[] {
  const random = prng(seed + 1)
  const queries: CorpusQuery[] = []
  const kinds: QueryKind[] = [
    'no_diacritics',
    'typo',
    'partial_name',
    'address',
    'phone',
    'phrase',
    'word_order',
    'id_number',
  ]
  for (const kind of kinds)
    for (let n = 0; n < perKind; n++) {
      const expected = between(random, 0, corpus.length - 1)
      const c = corpus[expected] as CorpusCase
      const name = fold(c.citizen.fullName).split(' ')
      const address = fold(c.citizen.address.detail).replace(/^so /, '').split(' ')
      const streetWords = address.slice(-2).join(' ')
      const house = address[0] ?? ''
      let q: string
      switch (kind) {
        case 'no_diacritics':
          q = `${name.join(' ')} ${streetWords}`
          break
        case 'typo': {
          const at = name.findIndex((w, i) => i !== 1 && w.length >= 4)
          const words = [...name]
          if (at >= 0) words[at] = typo(random, words[at] as string)
          else words[0] = `${words[0]}h`
          q = `${words.join(' ')} ${streetWords}`
          break
        }
        case 'partial_name':
          q = `${name.slice(1).join(' ')} ${house} ${streetWords}`
          break
        case 'address':
          q = `so ${house} ${fold(c.citizen.address.detail).split(' ').slice(2).join(' ')} ${name.at(-1)}`
          break
        case 'phone':
          q = c.citizen.phone.slice(0, 10)
          break
        case 'phrase': {
          const parcel = /thửa đất số (\d+)/.exec(c.content)?.[1] ?? ''
          q = `"thua dat so ${parcel}" ${name.at(-1)}`
          break
        }
        case 'word_order':
          q = `${streetWords} ${house} ${[...name].reverse().join(' ')}`
          break
        case 'id_number':
          q = c.citizen.idNumber
          break
      }
      queries.push({ q, kind, expected })
    }
  return queries
}
