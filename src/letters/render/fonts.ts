import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { create as parseFont } from 'fontkit'
import { fontCoverage } from './font-files.js'

// The fonts the PDF letters embed: one set for each script a family here writes in, read once.
// - Latin, Greek, Cyrillic (English, Polish, Romanian, Somali): DejaVu Sans, from Debian's
//   fonts-dejavu-core. Liberation Sans, shipped inside pdfjs-dist, stands in on development
//   machines without it.
// - Arabic script (Arabic, Persian, Kurdish Sorani, Urdu): Noto Sans Arabic, from
//   fonts-noto-core. A PDF's text layer (copy and paste, search, screen readers) maps each
//   glyph back to one character, so the font must not share a glyph between two letters.
//   Noto Naskh Arabic draws Sorani's ە and the Arabic ه with one glyph, and Noto Nastaliq Urdu
//   shares many more (and lacks Sorani's ڕ ڵ ێ); Noto Sans Arabic keeps them all apart. Urdu
//   is therefore set in a sans Naskh style, not Nastaliq.
// - Chinese (and Japanese and Korean): Noto Sans CJK, from fonts-noto-cjk, its Simplified
//   Chinese face, which draws Traditional characters too.
// A script font is used for its own script's characters even where DejaVu has them (DejaVu's
// Arabic is far from complete). Any installed symbol font below is tried last; Symbola
// (fonts-symbola) would draw most emoji in black and white. Without one, emoji print as a box
// while the text layer keeps them (./font-files.ts).

export interface LoadedFont {
  name: string
  path: string
  data: Buffer
  /** The font's PostScript name inside a collection (.ttc); unset for a single font file. */
  postscriptName?: string
  has: (codePoint: number) => boolean
  /** Lay text out a character at a time, without shaping (Chinese needs none). */
  simpleLayout?: boolean
}

export type Script = 'arabic' | 'cjk'

/** The regular and bold faces for one script, and the characters they are preferred for. */
export interface ScriptFonts {
  script: Script
  regular: LoadedFont
  bold: LoadedFont
}

export interface PdfFonts {
  regular: LoadedFont
  bold: LoadedFont
  /** Script fonts: preferred for their script's characters, tried for anything the main font lacks. */
  scripts?: ScriptFonts[]
  /** Tried last, in order, for characters no font above can draw (symbols, emoji). */
  fallbacks: LoadedFont[]
}

/** Characters each script font is preferred for (by script extensions, so ، and 。 count). */
export const SCRIPT_TEST: Record<Script, RegExp> = {
  arabic: /\p{scx=Arabic}/u,
  cjk: /[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}\p{scx=Hangul}\p{scx=Bopomofo}\u3000-\u303f\uff00-\uffef]/u,
}

const DEJAVU_DIRS = [
  '/usr/share/fonts/truetype/dejavu',
  '/usr/share/fonts/TTF',
  '/usr/share/fonts/dejavu',
  '/usr/local/share/fonts',
]
const NOTO_DIRS = ['/usr/share/fonts/truetype/noto', '/usr/share/fonts/opentype/noto', '/usr/share/fonts/noto']

interface Candidate {
  file: string
  postscriptName?: string
}

/** Where Debian (and most Linux distributions) put each script's faces. */
const SCRIPT_CANDIDATES: Record<Script, { regular: Candidate; bold: Candidate }> = {
  arabic: { regular: { file: 'NotoSansArabic-Regular.ttf' }, bold: { file: 'NotoSansArabic-Bold.ttf' } },
  cjk: {
    regular: { file: 'NotoSansCJK-Regular.ttc', postscriptName: 'NotoSansCJKsc-Regular' },
    bold: { file: 'NotoSansCJK-Bold.ttc', postscriptName: 'NotoSansCJKsc-Bold' },
  },
}

/** The Debian package that provides each script's fonts, for messages. */
export const SCRIPT_PACKAGES: Record<Script, string> = { arabic: 'fonts-noto-core', cjk: 'fonts-noto-cjk' }

function pdfjsFontDir(): string | undefined {
  try {
    const require = createRequire(import.meta.url)
    return join(dirname(require.resolve('pdfjs-dist/package.json')), 'standard_fonts')
  } catch {
    return undefined
  }
}

function candidates(): { regular: string[]; bold: string[]; fallbacks: string[] } {
  const pdfjs = pdfjsFontDir()
  return {
    regular: [
      ...DEJAVU_DIRS.map((d) => join(d, 'DejaVuSans.ttf')),
      ...(pdfjs ? [join(pdfjs, 'LiberationSans-Regular.ttf')] : []),
    ],
    bold: [
      ...DEJAVU_DIRS.map((d) => join(d, 'DejaVuSans-Bold.ttf')),
      ...(pdfjs ? [join(pdfjs, 'LiberationSans-Bold.ttf')] : []),
    ],
    fallbacks: [
      '/usr/share/fonts/truetype/ancient-scripts/Symbola_hint.ttf',
      '/usr/share/fonts/truetype/noto/NotoSansSymbols2-Regular.ttf',
    ],
  }
}

/** Reads a font file once; a face inside a collection is found by its PostScript name. */
export function loadFont(name: string, path: string, postscriptName?: string): LoadedFont {
  const data = readFileSync(path)
  if (postscriptName === undefined) return { name, path, data, has: fontCoverage(data) }
  // A collection's cmap is not at the file's start: ask fontkit, which reads it in place.
  const face = parseFont(data, postscriptName)
  return { name, path, data, postscriptName, has: (cp) => face.hasGlyphForCodePoint(cp) }
}

function findScriptFonts(): ScriptFonts[] {
  const found: ScriptFonts[] = []
  for (const script of Object.keys(SCRIPT_CANDIDATES) as Script[]) {
    const faces = SCRIPT_CANDIDATES[script]
    const find = (c: Candidate) => NOTO_DIRS.map((d) => join(d, c.file)).find((p) => existsSync(p))
    const regularPath = find(faces.regular)
    if (regularPath === undefined) continue
    const regular = loadFont(`${script}`, regularPath, faces.regular.postscriptName)
    const boldPath = find(faces.bold)
    const bold =
      boldPath === undefined
        ? { ...regular, name: `${script}-bold` }
        : loadFont(`${script}-bold`, boldPath, faces.bold.postscriptName)
    if (script === 'cjk') regular.simpleLayout = bold.simpleLayout = true
    found.push({ script, regular, bold })
  }
  return found
}

let cached: PdfFonts | undefined

/** Finds and reads the fonts once. Throws, saying what to install, when there is no usable font. */
export function pdfFonts(): PdfFonts {
  if (cached) return cached
  const c = candidates()
  const regularPath = c.regular.find((p) => existsSync(p))
  if (regularPath === undefined) {
    throw new Error(
      'No font found for PDF letters. Install DejaVu Sans (Debian: apt-get install fonts-dejavu-core). ' +
        `Looked in: ${c.regular.join(', ')}`,
    )
  }
  const regular = loadFont('regular', regularPath)
  const boldPath =
    c.bold.find((p) => existsSync(p) && dirname(p) === dirname(regularPath)) ?? c.bold.find((p) => existsSync(p))
  const bold = boldPath === undefined ? { ...regular, name: 'bold' } : loadFont('bold', boldPath)
  const fallbacks = c.fallbacks.filter((p) => existsSync(p)).map((p, i) => loadFont(`fallback-${i + 1}`, p))
  cached = { regular, bold, scripts: findScriptFonts(), fallbacks }
  return cached
}
