import { FORMAT_MEDIA, type LetterFormat } from '../../../letters/index.js'

// Content negotiation for POST /api/v1/letters/{type}: the Accept header chooses Word, PDF or
// HTML. With no Accept header, or one that accepts anything (*/*), the answer is a PDF.

/** Media types the API can send, in the order it prefers them when the client likes several equally. */
export const API_MEDIA_TYPES: { format: LetterFormat; type: string }[] = [
  { format: 'pdf', type: 'application/pdf' },
  { format: 'docx', type: FORMAT_MEDIA.docx.contentType },
  { format: 'html', type: 'text/html' },
]

export const DEFAULT_FORMAT: LetterFormat = 'pdf'

interface Range {
  type: string
  subtype: string
  q: number
}

function parseAccept(header: string): Range[] {
  const ranges: Range[] = []
  for (const part of header.split(',')) {
    const [media, ...params] = part.split(';').map((s) => s.trim())
    const m = /^([\w.+*-]+)\/([\w.+*-]+)$/.exec(media ?? '')
    if (!m) continue
    let q = 1
    for (const param of params) {
      const [key, value] = param.split('=').map((s) => s.trim())
      if (key?.toLowerCase() === 'q') {
        const n = Number(value)
        q = Number.isFinite(n) ? Math.min(1, Math.max(0, n)) : 0
      }
    }
    ranges.push({ type: m[1]!.toLowerCase(), subtype: m[2]!.toLowerCase(), q })
  }
  return ranges
}

/** How well a range matches a media type: 3 exact, 2 type/*, 1 * / *, 0 not at all. */
function specificity(range: Range, mediaType: string): number {
  const [type, subtype] = mediaType.split('/')
  if (range.type === '*' && range.subtype === '*') return 1
  if (range.type !== type) return 0
  if (range.subtype === '*') return 2
  return range.subtype === subtype ? 3 : 0
}

/**
 * The format to send for an Accept header (RFC 9110 §12.5.1: the most specific matching range
 * gives each type its quality), or undefined when nothing the API sends is acceptable.
 */
export function negotiate(accept: string | string[] | undefined): LetterFormat | undefined {
  const header = (Array.isArray(accept) ? accept.join(',') : (accept ?? '')).trim()
  if (header === '') return DEFAULT_FORMAT
  const ranges = parseAccept(header)
  if (ranges.length === 0) return DEFAULT_FORMAT
  let best: { format: LetterFormat; q: number } | undefined
  for (const { format, type } of API_MEDIA_TYPES) {
    let q = 0
    let most = 0
    for (const range of ranges) {
      const s = specificity(range, type)
      if (s > most) {
        most = s
        q = range.q
      }
    }
    if (most > 0 && q > 0 && (best === undefined || q > best.q)) best = { format, q }
  }
  return best?.format
}
