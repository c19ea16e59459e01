/** The file types accepted as attachments (issue 6: PDF, images, DOCX, XLSX), recognised by content. */
export const acceptedTypes = {
  'application/pdf': { label: 'PDF', extensions: ['pdf'] },
  'image/jpeg': { label: 'ảnh JPEG', extensions: ['jpg', 'jpeg', 'jfif'] },
  'image/png': { label: 'ảnh PNG', extensions: ['png'] },
  'image/webp': { label: 'ảnh WebP', extensions: ['webp'] },
  'image/gif': { label: 'ảnh GIF', extensions: ['gif'] },
  'image/heic': { label: 'ảnh HEIC', extensions: ['heic', 'heif'] },
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': {
    label: 'văn bản Word (DOCX)',
    extensions: ['docx'],
  },
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': {
    label: 'bảng tính Excel (XLSX)',
    extensions: ['xlsx'],
  },
} as const
export type AcceptedType = keyof typeof acceptedTypes

const startsWith = (data: Buffer, bytes: number[], offset = 0): boolean =>
  data.length >= offset + bytes.length && bytes.every((b, i) => data[offset + i] === b)
const ascii = (data: Buffer, from: number, to: number): string => data.subarray(from, to).toString('latin1')

/**
 * The type of a file judged by its first bytes (and, for the Office formats, by the part names a ZIP
 * stores uncompressed in its headers); null when it is none of the accepted types.
 */
export function sniffMediaType(data: Buffer): AcceptedType | null {
  if (ascii(data, 0, 5) === '%PDF-') return 'application/pdf'
  if (startsWith(data, [0xff, 0xd8, 0xff])) return 'image/jpeg'
  if (startsWith(data, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png'
  if (ascii(data, 0, 4) === 'RIFF' && ascii(data, 8, 12) === 'WEBP') return 'image/webp'
  if (ascii(data, 0, 6) === 'GIF87a' || ascii(data, 0, 6) === 'GIF89a') return 'image/gif'
  if (ascii(data, 4, 8) === 'ftyp' && /^(heic|heix|hevc|heim|heis|mif1|msf1)$/.test(ascii(data, 8, 12)))
    return 'image/heic'
  if (startsWith(data, [0x50, 0x4b, 0x03, 0x04])) {
    const names = data.toString('latin1')
    if (!names.includes('[Content_Types].xml')) return null
    if (names.includes('word/document.xml'))
      return 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
    if (names.includes('xl/workbook.xml'))
      return 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
  }
  return null
}

export const extensionOf = (fileName: string): string => {
  const dot = fileName.lastIndexOf('.')
  return dot < 0 ? '' : fileName.slice(dot + 1).toLowerCase()
}
