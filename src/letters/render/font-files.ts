// Two small jobs on TrueType files, done here so the PDF renderer needs no private pdfkit API:
// reading which characters a font has (its cmap), and writing a tiny "missing glyph" font.
//
// The missing-glyph font is how the PDF keeps the family's text exact when no installed font
// can draw a character (an emoji, say, where DejaVu Sans has none). It maps each such code
// point to its own box glyph, and each multi-character grapheme (an emoji sequence joined by
// U+200D, a flag) to one box through a ligature, so the reader sees one box per character that
// could not be drawn, while copy and paste, search and screen readers get the real text back
// through the PDF's ToUnicode map. Without it pdfkit would use glyph 0 for all of them and
// the text layer would lose them. (The ligature also matters because fontkit swaps invisible
// characters such as U+200D for a space glyph unless they are part of a ligature.)

const u16 = (b: Uint8Array, o: number) => ((b[o] ?? 0) << 8) | (b[o + 1] ?? 0)
const u32 = (b: Uint8Array, o: number) => u16(b, o) * 0x10000 + u16(b, o + 2)

function tableOffset(font: Uint8Array, tag: string): number | undefined {
  const count = u16(font, 4)
  for (let i = 0; i < count; i++) {
    const rec = 12 + i * 16
    if (String.fromCharCode(...font.subarray(rec, rec + 4)) === tag) return u32(font, rec + 8)
  }
  return undefined
}

/** A test for "this font has a glyph for this code point", read from its cmap table. */
export function fontCoverage(font: Uint8Array): (codePoint: number) => boolean {
  const cmap = tableOffset(font, 'cmap')
  if (cmap === undefined) return () => false
  const subtables: { platform: number; encoding: number; offset: number }[] = []
  for (let i = 0; i < u16(font, cmap + 2); i++) {
    const rec = cmap + 4 + i * 8
    subtables.push({ platform: u16(font, rec), encoding: u16(font, rec + 2), offset: cmap + u32(font, rec + 4) })
  }
  const format = (s: { offset: number }) => u16(font, s.offset)
  const full = subtables.find((s) => format(s) === 12 && (s.platform === 3 || s.platform === 0))
  if (full !== undefined) {
    const groups: [number, number, number][] = []
    const n = u32(font, full.offset + 12)
    for (let i = 0; i < n; i++) {
      const g = full.offset + 16 + i * 12
      groups.push([u32(font, g), u32(font, g + 4), u32(font, g + 8)])
    }
    return (cp) => groups.some(([start, end, glyph]) => cp >= start && cp <= end && glyph + (cp - start) !== 0)
  }
  const bmp = subtables.find((s) => format(s) === 4 && (s.platform === 3 || s.platform === 0))
  if (bmp === undefined) return () => false
  const o = bmp.offset
  const segments = u16(font, o + 6) / 2
  const ends = o + 14
  const starts = ends + segments * 2 + 2
  const deltas = starts + segments * 2
  const rangeOffsets = deltas + segments * 2
  return (cp) => {
    if (cp > 0xffff) return false
    for (let i = 0; i < segments; i++) {
      if (cp > u16(font, ends + i * 2)) continue
      const start = u16(font, starts + i * 2)
      if (cp < start) return false
      const rangeOffset = u16(font, rangeOffsets + i * 2)
      if (rangeOffset === 0) return ((cp + u16(font, deltas + i * 2)) & 0xffff) !== 0
      const at = rangeOffsets + i * 2 + rangeOffset + (cp - start) * 2
      const glyph = u16(font, at)
      return glyph !== 0 && ((glyph + u16(font, deltas + i * 2)) & 0xffff) !== 0
    }
    return false
  }
}

/** Code points that take no space and show nothing: joiners, variation selectors, bidi marks, tags. */
export const isDefaultIgnorable = (cp: number) => /\p{Default_Ignorable_Code_Point}/u.test(String.fromCodePoint(cp))

export const MISSING_GLYPH_FONT_NAME = 'SendpathMissingGlyph'

const UNITS = 1000
const BOX = { width: 600, left: 60, right: 540, bottom: 0, top: 700, stroke: 50 }

class Writer {
  private bytes: number[] = []
  u8(v: number) {
    this.bytes.push(v & 0xff)
    return this
  }
  u16(v: number) {
    return this.u8(v >> 8).u8(v)
  }
  i16(v: number) {
    return this.u16(v < 0 ? v + 0x10000 : v)
  }
  u32(v: number) {
    return this.u16(Math.floor(v / 0x10000)).u16(v & 0xffff)
  }
  tag(t: string) {
    for (const c of t) this.u8(c.charCodeAt(0))
    return this
  }
  raw(b: ArrayLike<number>) {
    for (let i = 0; i < b.length; i++) this.u8(b[i] ?? 0)
    return this
  }
  pad4() {
    while (this.bytes.length % 4 !== 0) this.u8(0)
    return this
  }
  get length() {
    return this.bytes.length
  }
  done() {
    return Uint8Array.from(this.bytes)
  }
}

/** The box glyph: an outer and an inner rectangle, all points on the curve. */
function boxGlyph(): Uint8Array {
  const { left, right, bottom, top, stroke: s } = BOX
  const outer = [
    [left, bottom],
    [left, top],
    [right, top],
    [right, bottom],
  ]
  const inner = [
    [left + s, bottom + s],
    [right - s, bottom + s],
    [right - s, top - s],
    [left + s, top - s],
  ]
  const points = [...outer, ...inner]
  const w = new Writer().i16(2).i16(left).i16(bottom).i16(right).i16(top)
  w.u16(3).u16(7).u16(0) // end points of the two contours, no instructions
  for (let i = 0; i < points.length; i++) w.u8(0x01) // on curve, 16-bit deltas
  let x = 0
  for (const [px] of points) {
    w.i16(px! - x)
    x = px!
  }
  let y = 0
  for (const [, py] of points) {
    w.i16(py! - y)
    y = py!
  }
  return w.pad4().done()
}

function checksum(table: Uint8Array): number {
  let sum = 0
  for (let i = 0; i < table.length; i += 4) sum = (sum + u32(table, i)) >>> 0
  return sum
}

const nameTable = (names: Record<number, string>) => {
  const ids = Object.keys(names).map(Number)
  const strings = ids.map((id) => {
    const s = names[id] ?? ''
    const w = new Writer()
    for (const c of s) w.u16(c.charCodeAt(0))
    return w.done()
  })
  const w = new Writer().u16(0).u16(ids.length).u16(6 + ids.length * 12)
  let offset = 0
  ids.forEach((id, i) => {
    const len = strings[i]!.length
    w.u16(3).u16(1).u16(0x409).u16(id).u16(len).u16(offset)
    offset += len
  })
  for (const s of strings) w.raw(s)
  return w.done()
}

/** Ligatures for one GSUB 'ccmp' lookup: each sequence of glyphs becomes one glyph. */
function gsubTable(ligatures: { components: number[]; glyph: number }[]): Uint8Array {
  // Ligature substitution (lookup type 4), format 1, grouped by first glyph.
  const byFirst = new Map<number, { components: number[]; glyph: number }[]>()
  for (const lig of ligatures) {
    const first = lig.components[0]!
    byFirst.set(first, [...(byFirst.get(first) ?? []), lig])
  }
  const firsts = [...byFirst.keys()].sort((a, b) => a - b)
  const sets = firsts.map((first) => {
    // Longest first, so a longer sequence wins over its own prefix.
    const ligs = byFirst.get(first)!.sort((a, b) => b.components.length - a.components.length)
    const w = new Writer().u16(ligs.length)
    let offset = 2 + ligs.length * 2
    for (const lig of ligs) {
      w.u16(offset)
      offset += 4 + (lig.components.length - 1) * 2
    }
    for (const lig of ligs) {
      w.u16(lig.glyph).u16(lig.components.length)
      for (const c of lig.components.slice(1)) w.u16(c)
    }
    return w.done()
  })
  const coverage = new Writer().u16(1).u16(firsts.length)
  for (const g of firsts) coverage.u16(g)
  const subtable = new Writer().u16(1)
  const headerLength = 6 + sets.length * 2
  subtable.u16(headerLength).u16(sets.length)
  let offset = headerLength + coverage.length
  for (const set of sets) {
    subtable.u16(offset)
    offset += set.length
  }
  subtable.raw(coverage.done())
  for (const set of sets) subtable.raw(set)

  const scriptList = new Writer().u16(1).tag('DFLT').u16(8) // script table right after the record
  scriptList.u16(4).u16(0) // default LangSys at +4, no other languages
  scriptList.u16(0).u16(0xffff).u16(1).u16(0) // LangSys: feature 0
  const featureList = new Writer().u16(1).tag('ccmp').u16(8).u16(0).u16(1).u16(0)
  const lookupList = new Writer().u16(1).u16(4).u16(4).u16(0).u16(1).u16(8).raw(subtable.done())
  const header = 10
  return new Writer()
    .u16(1)
    .u16(0)
    .u16(header)
    .u16(header + scriptList.length)
    .u16(header + scriptList.length + featureList.length)
    .raw(scriptList.done())
    .raw(featureList.done())
    .raw(lookupList.done())
    .done()
}

/** The most ligatures one font holds: GSUB offsets are 16-bit, and a letter never needs more. */
const MAX_LIGATURES = 1500

/**
 * A TrueType font with a box glyph for each code point given (nothing for invisible ones),
 * and one box for each sequence given, so a grapheme made of several code points shows as
 * one box and keeps all its code points in the text layer.
 */
export function buildMissingGlyphFont(codePoints: Iterable<number>, sequences: Iterable<string> = []): Uint8Array {
  const cps = [...new Set(codePoints)].filter((cp) => cp > 0 && cp <= 0x10ffff).sort((a, b) => a - b)
  const glyphOf = new Map(cps.map((cp, i) => [cp, i + 1]))
  const seqs = [...new Set(sequences)]
    .map((seq) => Array.from(seq, (c) => c.codePointAt(0) ?? 0))
    .filter((seq) => seq.length > 1 && seq.every((cp) => glyphOf.has(cp)))
    .slice(0, MAX_LIGATURES)
  const ligatures = seqs.map((seq, i) => ({ components: seq.map((cp) => glyphOf.get(cp)!), glyph: cps.length + 1 + i }))
  const numGlyphs = cps.length + 1 + ligatures.length // glyph 0 is .notdef, also a box
  const box = boxGlyph()
  const visible = (g: number) => g === 0 || g > cps.length || !isDefaultIgnorable(cps[g - 1]!)

  const glyf = new Writer()
  const offsets: number[] = []
  for (let g = 0; g < numGlyphs; g++) {
    offsets.push(glyf.length)
    if (visible(g)) glyf.raw(box)
  }
  offsets.push(glyf.length)
  const loca = new Writer()
  for (const o of offsets) loca.u32(o)
  const hmtx = new Writer()
  for (let g = 0; g < numGlyphs; g++) hmtx.u16(visible(g) ? BOX.width : 0).i16(visible(g) ? BOX.left : 0)

  // cmap: one format 12 subtable, one group per code point.
  const cmap = new Writer().u16(0).u16(1).u16(3).u16(10).u32(12)
  cmap.u16(12).u16(0).u32(16 + cps.length * 12).u32(0).u32(cps.length)
  cps.forEach((cp, i) => cmap.u32(cp).u32(cp).u32(i + 1))

  const head = new Writer()
    .u32(0x00010000)
    .u32(0x00010000)
    .u32(0) // checkSumAdjustment, set below
    .u32(0x5f0f3cf5)
    .u16(0x000b)
    .u16(UNITS)
    .u32(0)
    .u32(0) // created
    .u32(0)
    .u32(0) // modified
    .i16(BOX.left)
    .i16(BOX.bottom)
    .i16(BOX.right)
    .i16(BOX.top)
    .u16(0)
    .u16(8)
    .i16(2)
    .i16(1) // long loca offsets
    .i16(0)
  const hhea = new Writer()
    .u32(0x00010000)
    .i16(800)
    .i16(-200)
    .i16(0)
    .u16(BOX.width)
    .i16(0)
    .i16(0)
    .i16(BOX.right)
    .i16(1)
    .i16(0)
    .i16(0)
    .i16(0)
    .i16(0)
    .i16(0)
    .i16(0)
    .i16(0)
    .u16(numGlyphs)
  const maxp = new Writer().u32(0x00010000).u16(numGlyphs).u16(8).u16(2).u16(0).u16(0).u16(2)
  for (let i = 0; i < 8; i++) maxp.u16(0)
  const os2 = new Writer()
    .u16(4)
    .i16(BOX.width)
    .u16(400)
    .u16(5)
    .u16(0) // fsType 0: installable embedding
  for (let i = 0; i < 10; i++) os2.i16(i < 2 ? 650 : i < 4 ? 0 : i < 6 ? 650 : i < 8 ? 350 : i === 8 ? 50 : 300)
  os2.i16(0) // sFamilyClass
  os2.raw(new Uint8Array(10)) // panose
  os2.u32(0).u32(0).u32(0).u32(0).tag('NONE').u16(0x40)
  os2.u16(Math.min(cps[0] ?? 0x20, 0xffff)).u16(Math.min(cps.at(-1) ?? 0x20, 0xffff))
  os2.i16(800).i16(-200).i16(0).u16(800).u16(200).u32(1).u32(0)
  os2.i16(500).i16(700).u16(0).u16(0x20).u16(1)
  const post = new Writer().u32(0x00030000).u32(0).i16(-100).i16(50).u32(0).u32(0).u32(0).u32(0).u32(0)
  const name = nameTable({
    1: 'Sendpath Missing Glyph',
    2: 'Regular',
    3: MISSING_GLYPH_FONT_NAME,
    4: 'Sendpath Missing Glyph',
    6: MISSING_GLYPH_FONT_NAME,
  })

  const tables: [string, Uint8Array][] = (
    [
      ['OS/2', os2.done()],
      ['cmap', cmap.done()],
      ...(ligatures.length > 0 ? ([['GSUB', gsubTable(ligatures)]] satisfies [string, Uint8Array][]) : []),
      ['glyf', glyf.done()],
      ['head', head.done()],
      ['hhea', hhea.done()],
      ['hmtx', hmtx.done()],
      ['loca', loca.done()],
      ['maxp', maxp.done()],
      ['name', name],
      ['post', post.done()],
    ] satisfies [string, Uint8Array][]
  ).sort(([a], [b]) => (a < b ? -1 : 1))

  const out = new Writer()
  const n = tables.length
  const pow = 2 ** Math.floor(Math.log2(n))
  out.u32(0x00010000).u16(n).u16(pow * 16).u16(Math.log2(pow)).u16(n * 16 - pow * 16)
  let offset = 12 + n * 16
  for (const [tag, data] of tables) {
    out.tag(tag).u32(checksum(data)).u32(offset).u32(data.length)
    offset += Math.ceil(data.length / 4) * 4
  }
  for (const [, data] of tables) out.raw(data).pad4()
  const font = out.done()
  // head.checkSumAdjustment makes the whole file sum to 0xB1B0AFBA.
  const headAt = tableOffset(font, 'head')!
  const adjust = (0xb1b0afba - checksum(font)) >>> 0
  font.set([adjust >>> 24, (adjust >>> 16) & 0xff, (adjust >>> 8) & 0xff, adjust & 0xff], headAt + 8)
  return font
}
