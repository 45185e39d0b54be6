import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fontCoverage } from './font-files.js'

// The fonts the PDF letters embed. DejaVu Sans (Debian's fonts-dejavu-core, on the project's
// machines) covers Latin, Greek, Cyrillic, Arabic and Hebrew. Liberation Sans, shipped inside
// pdfjs-dist, is a fallback for development machines without DejaVu: it has no Arabic, so
// on such machines Arabic shows as boxes (the text layer stays right). Any fallback font
// listed below that is installed is used for characters the main font lacks; Symbola
// (Debian's fonts-symbola) would draw most emoji in black and white.

export interface LoadedFont {
  name: string
  path: string
  data: Buffer
  has: (codePoint: number) => boolean
}

export interface PdfFonts {
  regular: LoadedFont
  bold: LoadedFont
  /** Tried in order for characters the regular or bold font cannot draw. */
  fallbacks: LoadedFont[]
}

const DEJAVU_DIRS = [
  '/usr/share/fonts/truetype/dejavu',
  '/usr/share/fonts/TTF',
  '/usr/share/fonts/dejavu',
  '/usr/local/share/fonts',
]

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

function load(name: string, path: string): LoadedFont {
  const data = readFileSync(path)
  return { name, path, data, has: fontCoverage(data) }
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
  const regular = load('regular', regularPath)
  const boldPath =
    c.bold.find((p) => existsSync(p) && dirname(p) === dirname(regularPath)) ?? c.bold.find((p) => existsSync(p))
  const bold = boldPath === undefined ? { ...regular, name: 'bold' } : load('bold', boldPath)
  const fallbacks = c.fallbacks.filter((p) => existsSync(p)).map((p, i) => load(`fallback-${i + 1}`, p))
  cached = { regular, bold, fallbacks }
  return cached
}
