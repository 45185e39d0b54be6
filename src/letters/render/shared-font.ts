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

/** Glyphs of laid-out runs kept per font, across documents (a few MB); the least recently used go first. */
const LAYOUT_MEMO_GLYPHS = 100_000

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

  constructor(private readonly font: Font) {
    this.unitsPerEm = font.unitsPerEm
    const forPdfkit = Object.create(font) as Font
    // Subsetting decodes each glyph it embeds (to find a composite glyph's parts): once per glyph will do.
    const glyphs = new Map<number, unknown>()
    forPdfkit.getGlyph = (id: number, codePoints?: number[]) => {
      if (codePoints !== undefined) return font.getGlyph(id, codePoints)
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

  laid(text: string, features: unknown, rest: unknown[] = []): Laid {
    const key = `${JSON.stringify(features ?? null)}\u0000${rest.length > 0 ? JSON.stringify(rest) : ''}\u0000${text}`
    let laid = this.memo.get(key)
    if (laid !== undefined) {
      // Most recently used last.
      this.memo.delete(key)
      this.memo.set(key, laid)
      return laid
    }
    const run = this.font.layout(text, features, ...rest) as { glyphs: unknown[]; positions: Position[] }
    const positions = run.positions.map(copy)
    laid = { glyphs: [...run.glyphs], positions, advance: positions.reduce((sum, p) => sum + p.xAdvance, 0) }
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

const NO_FEATURES: string[] = []
const copy = (p: Position): Position => ({
  xAdvance: p.xAdvance,
  yAdvance: p.yAdvance,
  xOffset: p.xOffset,
  yOffset: p.yOffset,
})

const sharedFonts = new WeakMap<Buffer, SharedFont>()

/** The shared, parsed font for a loaded font file. Throws when the file is not a font. */
export function sharedFont(font: LoadedFont): SharedFont {
  let shared = sharedFonts.get(font.data)
  if (shared === undefined) {
    const parsed = parseFont(font.data)
    if (typeof parsed.layout !== 'function') throw new Error(`${font.path} is a font collection, not a single font`)
    shared = new SharedFont(parsed)
    sharedFonts.set(font.data, shared)
  }
  return shared
}

const missingGlyphFonts = new Map<string, SharedFont>()
const MISSING_GLYPH_FONTS_KEPT = 100

/** The missing-glyph font for these characters, built once for each set of them. */
export function missingGlyphFont(codePoints: Set<number>, sequences: Set<string>): SharedFont {
  const key = `${[...codePoints].sort((a, b) => a - b).join(',')}|${[...sequences].sort().join('|')}`
  let font = missingGlyphFonts.get(key)
  if (font === undefined) {
    font = new SharedFont(parseFont(buildMissingGlyphFont(codePoints, sequences)))
    if (missingGlyphFonts.size >= MISSING_GLYPH_FONTS_KEPT) {
      missingGlyphFonts.delete(missingGlyphFonts.keys().next().value!)
    }
    missingGlyphFonts.set(key, font)
  }
  return font
}

