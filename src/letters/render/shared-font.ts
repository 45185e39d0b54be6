import { create as parseFont, type Font } from 'fontkit'
import { buildMissingGlyphFont } from './font-files.js'
import type { LoadedFont } from './fonts.js'

// Fonts parsed once and shared by every PDF. pdfkit (0.20) takes a parsed fontkit font as a
// font source as well as a file, and makes its own subset of it for each document; fontkit is
// pdfkit's own font engine, installed with it. Before this, every PDF parsed DejaVu Sans again,
// which took most of its time.

interface Position {
  xAdvance: number
  yAdvance: number
  xOffset: number
  yOffset: number
}
interface Laid {
  glyphs: unknown[]
  positions: Position[]
  /** The run's width in font units. */
  advance: number
}

// Every cache here has a fixed ceiling, counted in entries, so memory stays flat however many
// different characters letters use (docs/adr/0008-letters-off-the-event-loop.md). A Chinese
// font has 65,535 glyphs: caching each glyph it has ever drawn, and each run it has ever laid
// out, grew a process by tens of megabytes a letter.

/** Glyphs of laid-out runs kept per font, across documents; the least recently used go first. */
export const LAYOUT_MEMO_GLYPHS = 20_000
/** Parsed glyphs kept per font (fontkit's own cache and ours); the cache is emptied when full. */
export const GLYPHS_KEPT = 4_096
/**
 * Glyphs whose subroutines are remembered, per CFF font: every glyph an OpenType font can hold,
 * so the list stops growing once a font's glyphs have all been used. Each entry is a few small
 * numbers (about 100 bytes): under 7 MB for a whole Chinese face.
 */
export const SUBRS_KEPT = 65_536

/**
 * A font file parsed once and shared by every PDF. Parsing DejaVu Sans took most of a PDF's
 * time, and shaping (fontkit's `layout`) most of the rest, so the shared font remembers what
 * it has laid out: the same words and lines come back again and again, within a letter and
 * across letters. pdfkit takes a parsed fontkit font as a font source (and subsets it per
 * document); the one it gets lays out through the memo. pdfkit scales a run's positions in
 * place, so each call gets new position objects (plain, same-shaped objects: pdfkit walks
 * them with for...in, which is slow on anything else).
 */
export class SharedFont {
  readonly unitsPerEm: number
  /** The font to register with pdfkit. */
  readonly forPdfkit: Font
  private readonly memo = new Map<string, Laid>()
  private memoGlyphs = 0

  /** Decoded glyphs, for subsetting. */
  private readonly glyphs = new Map<number, unknown>()
  /** Glyphs fontkit has made since its cache was last emptied. */
  private fontkitGlyphs = 0
  /**
   * For a CFF font (Noto Sans CJK), the subroutines each glyph calls: [how many global, ...global,
   * ...local]. Subsetting needs only these, and fontkit finds them by interpreting the glyph's whole
   * outline, twice a glyph, which was most of a Chinese letter's time.
   */
  private readonly subrs: Map<number, number[]> | undefined

  /**
   * @param simple lay text out a character at a time, without OpenType shaping: right for
   *   Chinese, where fontkit's shaping finds nothing to do but takes most of a letter's time.
   */
  constructor(
    private readonly font: Font,
    private readonly simple = false,
  ) {
    this.unitsPerEm = font.unitsPerEm
    this.boundFontkitGlyphs(font)
    const tables = (font as unknown as { directory?: { tables?: Record<string, unknown> } }).directory?.tables
    this.subrs = tables?.['CFF '] === undefined ? undefined : new Map()
    const forPdfkit = Object.create(font) as Font
    // Subsetting decodes each glyph it embeds (to find a composite glyph's parts): once per glyph will do.
    const glyphs = this.glyphs
    forPdfkit.getGlyph = (id: number, codePoints?: number[]) => {
      if (this.glyphs.size >= GLYPHS_KEPT) this.glyphs.clear()
      if (codePoints !== undefined) return font.getGlyph(id, codePoints)
      if (this.subrs !== undefined) return this.glyphForSubset(id)
      let glyph = glyphs.get(id)
      if (glyph === undefined) {
        const base = font.getGlyph(id) as { _decode?: () => unknown }
        const decode = base._decode
        if (typeof decode === 'function') {
          let decoded: unknown
          let done = false
          glyph = Object.create(base, {
            _decode: {
              value: () => {
                if (!done) decoded = decode.call(base)
                done = true
                return decoded
              },
            },
          }) as unknown
        } else {
          glyph = base
        }
        glyphs.set(id, glyph)
      }
      return glyph
    }
    forPdfkit.layout = (...args: unknown[]) => {
      const [text, features, ...rest] = args
      const laid = this.laid(String(text), features, rest)
      const positions = laid.positions.map(copy)
      return {
        glyphs: laid.glyphs,
        positions,
        get advanceWidth() {
          return positions.reduce((sum, p) => sum + p.xAdvance, 0)
        },
      }
    }
    this.forPdfkit = forPdfkit
  }

  /**
   * fontkit keeps every glyph object it has made in `_glyphs` (a private field of fontkit 2,
   * filled by `getGlyph`, which its layout calls through the font object). The font's own
   * `getGlyph` is wrapped to count new glyphs and empty that cache when it reaches GLYPHS_KEPT:
   * a glyph is only a cache entry, made again from the font file when asked for again.
   */
  private boundFontkitGlyphs(font: Font) {
    const internal = font as unknown as { _glyphs?: Record<number, unknown> }
    if (internal._glyphs === undefined) return
    const getGlyph = font.getGlyph.bind(font)
    font.getGlyph = (id: number, codePoints?: number[]) => {
      if (internal._glyphs![id] === undefined) {
        if (this.fontkitGlyphs >= GLYPHS_KEPT) {
          internal._glyphs = {}
          this.fontkitGlyphs = 0
        }
        this.fontkitGlyphs++
      }
      const glyph = getGlyph(id, codePoints) as Glyph | null
      // fontkit hands back the glyph it first made for this id, with the characters it was made
      // for; Urdu's ہ and Persian's ه can share a glyph, so a Persian letter after an Urdu one
      // would tell the PDF's text layer it has ہ. Each caller gets the characters it laid out.
      const cps = glyph?.codePoints
      if (glyph === null || codePoints === undefined || cps === undefined || sameNumbers(cps, codePoints)) return glyph
      return Object.create(glyph, { codePoints: { value: codePoints } }) as Glyph
    }
  }

  /**
   * A CFF glyph as fontkit's subsetter reads it: its outline (`path`, which the subsetter reads
   * only to have the subroutines found) and the subroutines it calls, from the remembered list.
   */
  private glyphForSubset(id: number): unknown {
    const subrs = this.subrs!
    let used = subrs.get(id)
    if (used === undefined) {
      const glyph = this.font.getGlyph(id) as CffGlyph
      void glyph.path
      const global = Object.keys(glyph._usedGsubrs ?? {}).map(Number)
      const local = Object.keys(glyph._usedSubrs ?? {}).map(Number)
      used = [global.length, ...global, ...local]
      if (subrs.size >= SUBRS_KEPT) subrs.clear()
      subrs.set(id, used)
    }
    const count = used[0]!
    const asKeys = (from: number, to: number) => {
      const keys: Record<number, true> = {}
      for (let i = from; i < to; i++) keys[used[i]!] = true
      return keys
    }
    return Object.create(this.font.getGlyph(id) as object, {
      path: { value: null },
      _usedGsubrs: { value: asKeys(1, 1 + count) },
      _usedSubrs: { value: asKeys(1 + count, used.length) },
    }) as unknown
  }

  private simpleLayout(text: string): { glyphs: Glyph[]; positions: Position[] } {
    const glyphs = Array.from(text, (c) => this.font.glyphForCodePoint(c.codePointAt(0) ?? 0) as Glyph)
    const positions = glyphs.map((g) => ({ xAdvance: g.advanceWidth ?? 0, yAdvance: 0, xOffset: 0, yOffset: 0 }))
    return { glyphs, positions }
  }

  /** How many entries each cache holds: for tests that memory stays bounded. */
  cacheSizes(): { layoutGlyphs: number; layoutRuns: number; decodedGlyphs: number; fontkitGlyphs: number; subrGlyphs: number } {
    return {
      layoutGlyphs: this.memoGlyphs,
      layoutRuns: this.memo.size,
      decodedGlyphs: this.glyphs.size,
      fontkitGlyphs: this.fontkitGlyphs,
      subrGlyphs: this.subrs?.size ?? 0,
    }
  }

  laid(text: string, features: unknown, rest: unknown[] = []): Laid {
    const key = `${JSON.stringify(features ?? null)}\u0000${rest.length > 0 ? JSON.stringify(rest) : ''}\u0000${text}`
    let laid = this.memo.get(key)
    if (laid !== undefined) {
      // Most recently used last.
      this.memo.delete(key)
      this.memo.set(key, laid)
      return laid
    }
    const run = this.simple
      ? { ...this.simpleLayout(text), direction: 'ltr' }
      : (this.font.layout(text, features, ...rest) as { glyphs: Glyph[]; positions: Position[]; direction?: string })
    const positions = run.positions.map(copy)
    const glyphs = run.direction === 'rtl' ? run.glyphs.map(readableLigature) : [...run.glyphs]
    laid = { glyphs, positions, advance: positions.reduce((sum, p) => sum + p.xAdvance, 0) }
    this.memo.set(key, laid)
    this.memoGlyphs += positions.length
    for (const [oldKey, old] of this.memo) {
      if (this.memoGlyphs <= LAYOUT_MEMO_GLYPHS || old === laid) break
      this.memo.delete(oldKey)
      this.memoGlyphs -= old.positions.length
    }
    return laid
  }

  /** The width of `text` at `size` points, as pdfkit measures it with `features: []`. */
  widthOf(text: string, size: number): number {
    return (this.laid(text, NO_FEATURES).advance * size) / this.unitsPerEm
  }
}

interface Glyph {
  codePoints?: number[]
  advanceWidth?: number
}

/** fontkit's CFF glyph: reading `path` interprets the outline and notes the subroutines it calls. */
interface CffGlyph {
  path: unknown
  _usedGsubrs?: Record<number, boolean>
  _usedSubrs?: Record<number, boolean>
}

/**
 * A ligature in a right-to-left run (lam-alef: لا) with its characters listed backwards. The
 * PDF's text layer maps each glyph to its characters; readers take a right-to-left line's
 * glyphs in drawing order and reverse the whole, which would turn a ligature's own characters
 * round (إلى read back as إىل) unless they are stored reversed.
 */
function readableLigature(glyph: Glyph): Glyph {
  const cps = glyph.codePoints
  if (cps === undefined || cps.length < 2) return glyph
  return Object.create(glyph, { codePoints: { value: [...cps].reverse() } }) as Glyph
}

const sameNumbers = (a: number[], b: number[]) => a.length === b.length && a.every((x, i) => x === b[i])

const NO_FEATURES: string[] = []
const copy = (p: Position): Position => ({
  xAdvance: p.xAdvance,
  yAdvance: p.yAdvance,
  xOffset: p.xOffset,
  yOffset: p.yOffset,
})

const sharedFonts = new WeakMap<Buffer, Map<string, SharedFont>>()

/** The shared, parsed font for a loaded font file (or a face of a collection). Throws when it is not a font. */
export function sharedFont(font: LoadedFont): SharedFont {
  let faces = sharedFonts.get(font.data)
  if (faces === undefined) {
    faces = new Map()
    sharedFonts.set(font.data, faces)
  }
  const face = font.postscriptName ?? ''
  let shared = faces.get(face)
  if (shared === undefined) {
    const parsed = parseFont(font.data, font.postscriptName)
    if (typeof parsed.layout !== 'function') throw new Error(`${font.path} is a font collection, not a single font`)
    shared = new SharedFont(parsed, font.simpleLayout === true)
    faces.set(face, shared)
  }
  return shared
}

/**
 * A missing-glyph font for one document's undrawable characters. It is built for each document
 * that needs one and never kept: keeping one for each set of characters is what let a stream of
 * letters in different characters fill the memory. Building it takes well under a millisecond
 * for a few hundred characters.
 */
export function missingGlyphFont(codePoints: Set<number>, sequences: Set<string>): SharedFont {
  return new SharedFont(parseFont(buildMissingGlyphFont(codePoints, sequences)))
}
