import type { Segment } from '../api/types'

/** Text with the search matches marked (the server sends pieces, never HTML). */
export function Highlighted({ segments }: { segments: Segment[] }) {
  return (
    <>{segments.map((s, i) => (s.hit ? <mark key={i}>{s.text}</mark> : <span key={i}>{s.text}</span>))}</>
  )
}
