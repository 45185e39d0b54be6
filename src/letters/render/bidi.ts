// Enough of the Unicode Bidirectional Algorithm (UAX #9) for a letter: English text with
// names, words or whole answers in Arabic or Hebrew. It resolves levels for one paragraph
// without explicit embeddings (rules P2-P3, W1-W7 simplified, N0 for () [] {}, N1-N2, I1-I2),
// reorders a line for display (L1-L2) and mirrors brackets in right-to-left runs (L4). PDF
// needs it because pdfkit lays out text left to right only. Not covered: explicit embedding
// and isolate controls.

/** The bidi classes this module tells apart. */
export type BidiClass = 'L' | 'R' | 'AL' | 'EN' | 'AN' | 'WS' | 'ON'

export function bidiClass(codePoint: number): BidiClass {
  const c = codePoint
  if (c >= 0x30 && c <= 0x39) return 'EN'
  if (c === 0x20 || c === 0x09 || c === 0x0a || (c >= 0x2000 && c <= 0x200a) || c === 0x3000 || c === 0xa0) return 'WS'
  if (c === 0x200e) return 'L'
  if (c === 0x200f) return 'R'
  if (c === 0x061c) return 'AL'
  if ((c >= 0x0660 && c <= 0x0669) || c === 0x066b || c === 0x066c) return 'AN'
  if (c >= 0x06f0 && c <= 0x06f9) return 'EN'
  if ((c >= 0x0590 && c <= 0x05ff) || (c >= 0x07c0 && c <= 0x085f) || (c >= 0xfb1d && c <= 0xfb4f)) return 'R'
  if ((c >= 0x10800 && c <= 0x10fff) || (c >= 0x1e800 && c <= 0x1efff)) return 'R'
  if (
    (c >= 0x0600 && c <= 0x07bf) ||
    (c >= 0x0860 && c <= 0x08ff) ||
    (c >= 0xfb50 && c <= 0xfdff) ||
    (c >= 0xfe70 && c <= 0xfeff)
  )
    return 'AL'
  return /[\p{L}\p{M}\p{Nd}]/u.test(String.fromCodePoint(c)) ? 'L' : 'ON'
}

const isStrongRtl = (k: BidiClass) => k === 'R' || k === 'AL'

/** 'rtl' when the first strong character is right to left (rule P2), otherwise 'ltr'. */
export function paragraphDirection(text: string): 'ltr' | 'rtl' {
  for (const ch of text) {
    const k = bidiClass(ch.codePointAt(0) ?? 0)
    if (k === 'L') return 'ltr'
    if (isStrongRtl(k)) return 'rtl'
  }
  return 'ltr'
}

/**
 * Embedding levels for a paragraph's units (graphemes, classed by their first code point;
 * `chars` gives the units' text, for pairing brackets). Level 0 is left to right; odd levels
 * are right to left.
 */
export function resolveLevels(classes: BidiClass[], paragraphLevel: 0 | 1, chars: string[] = []): number[] {
  const n = classes.length
  const types: BidiClass[] = [...classes]
  const sos: BidiClass = paragraphLevel === 1 ? 'R' : 'L'

  // W2, W3, W7: European numbers take their context from the last strong type.
  let lastStrong: BidiClass = sos
  for (let i = 0; i < n; i++) {
    const t = types[i]!
    if (t === 'L' || t === 'R' || t === 'AL') lastStrong = t
    if (t === 'AL') types[i] = 'R'
    else if (t === 'EN') {
      if (lastStrong === 'AL') types[i] = 'AN'
      else if (lastStrong === 'L') types[i] = 'L'
    }
  }

  resolveBrackets(chars, classes, types, sos)

  // N1, N2: a run of neutrals between two strong types of the same direction takes it;
  // numbers count as right to left here. Otherwise the run takes the paragraph direction.
  const direction = (t: BidiClass | undefined): 'L' | 'R' | undefined =>
    t === 'L' ? 'L' : t === 'R' || t === 'EN' || t === 'AN' ? 'R' : undefined
  for (let i = 0; i < n; ) {
    if (direction(types[i]) !== undefined) {
      i++
      continue
    }
    let j = i
    while (j < n && direction(types[j]) === undefined) j++
    const before = i === 0 ? direction(sos) : direction(types[i - 1])
    const after = j === n ? direction(sos) : direction(types[j])
    const resolved: BidiClass = before === after && before !== undefined ? before : sos
    for (let k = i; k < j; k++) types[k] = resolved
    i = j
  }

  // I1, I2
  return types.map((t) => {
    if (paragraphLevel === 0) return t === 'R' ? 1 : t === 'EN' || t === 'AN' ? 2 : 0
    return t === 'R' ? 1 : 2
  })
}

const OPENING: Record<string, string> = { '(': ')', '[': ']', '{': '}' }
const CLOSING = new Set(Object.values(OPENING))

/** Rule N0: a pair of brackets takes the direction of what it encloses, checked against its context. */
function resolveBrackets(chars: string[], classes: BidiClass[], types: BidiClass[], sos: BidiClass) {
  const pairs: [number, number][] = []
  const stack: { close: string; at: number }[] = []
  for (let i = 0; i < types.length; i++) {
    const ch = chars[i]
    if (ch === undefined || classes[i] !== 'ON') continue
    const close = OPENING[ch]
    if (close !== undefined) {
      if (stack.length === 63) break
      stack.push({ close, at: i })
    } else if (CLOSING.has(ch)) {
      let match = stack.length - 1
      while (match >= 0 && stack[match]!.close !== ch) match--
      if (match >= 0) {
        pairs.push([stack[match]!.at, i])
        stack.length = match
      }
    }
  }
  pairs.sort((a, b) => a[0] - b[0])
  const strong = (t: BidiClass | undefined): 'L' | 'R' | undefined =>
    t === 'L' ? 'L' : t === 'R' || t === 'EN' || t === 'AN' ? 'R' : undefined
  const e = strong(sos)!
  for (const [open, close] of pairs) {
    const inside = types.slice(open + 1, close).map(strong)
    let resolved: 'L' | 'R' | undefined
    if (inside.includes(e)) resolved = e
    else if (inside.some((t) => t !== undefined)) {
      let before: 'L' | 'R' = e
      for (let i = open - 1; i >= 0; i--) {
        const t = strong(types[i])
        if (t !== undefined) {
          before = t
          break
        }
      }
      resolved = before !== e ? before : e
    }
    if (resolved !== undefined) types[open] = types[close] = resolved
  }
}

const MIRRORS: Record<string, string> = Object.fromEntries(
  ['()', '[]', '{}', '<>', '«»', '‹›'].flatMap(([a, b]) => [
    [a!, b!],
    [b!, a!],
  ]),
)

/** The character to draw at a right-to-left level (rule L4): brackets face the other way. */
export const mirrored = (text: string): string => MIRRORS[text] ?? text

/**
 * The visual order of a line's units, left to right, as indexes into the line (rule L2),
 * and the levels it used: trailing white space goes to the paragraph level first (rule L1).
 */
export function visualOrder(
  levels: number[],
  classes: BidiClass[],
  paragraphLevel: 0 | 1,
): { order: number[]; levels: number[] } {
  const lv = [...levels]
  for (let i = lv.length - 1; i >= 0 && classes[i] === 'WS'; i--) lv[i] = paragraphLevel
  const order = lv.map((_, i) => i)
  const highest = Math.max(0, ...lv)
  const lowestOdd = Math.min(...lv.filter((l) => l % 2 === 1), highest + 1)
  for (let level = highest; level >= lowestOdd; level--) {
    for (let i = 0; i < order.length; ) {
      if (lv[order[i]!]! < level) {
        i++
        continue
      }
      let j = i
      while (j < order.length && lv[order[j]!]! >= level) j++
      order.splice(i, j - i, ...order.slice(i, j).reverse())
      i = j
    }
  }
  return { order, levels: lv }
}
