import PDFDocument from 'pdfkit'
import { printable } from '../characters.js'
import type { LetterModel } from '../model.js'
import { bidiClass, mirrored, paragraphDirection, resolveLevels, visualOrder, type BidiClass } from './bidi.js'
import { isDefaultIgnorable } from './font-files.js'
import { pdfFonts, SCRIPT_TEST, type LoadedFont, type PdfFonts } from './fonts.js'
import { missingGlyphFont, sharedFont, type SharedFont } from './shared-font.js'

// A tagged, A4 PDF of the letter. pdfkit draws glyphs; this file does the rest of the text
// layout itself, because pdfkit's own wrapping knows nothing of right-to-left text or of
// characters its font lacks:
// - each grapheme is drawn in the first font that has all of its characters (regular or bold,
//   then any installed fallback), or else in a generated "missing glyph" font that shows a
//   box but keeps the character in the text layer;
// - lines are broken at spaces (long words at grapheme boundaries), then reordered for
//   display with the bidi algorithm in ./bidi.ts; right-to-left runs are handed to pdfkit
//   whole, so fontkit shapes Arabic and lays the run out right to left;
// - each right-to-left stretch is its own marked-content span, so text extraction gives the
//   text back in the order it was typed.
// The structure tree (Document, H1, H2, P, L/LI/Lbl/LBody) makes the PDF readable by screen
// readers.

type Doc = PDFKit.PDFDocument
type StructElement = PDFKit.PDFStructureElement

const PAGE = { width: 595.28, height: 841.89 }
const MARGIN = 72
const TEXT_WIDTH = PAGE.width - 2 * MARGIN
const BOTTOM = PAGE.height - MARGIN
const BODY = 11
const LINE_HEIGHT = 1.45
const BULLET_INDENT = 18
const MISSING = 'missing'

interface Style {
  size: number
  bold: boolean
  /** 'start' follows the paragraph's direction: left for English, right for Arabic or Hebrew. */
  align: 'start' | 'left' | 'right'
}
const body: Style = { size: BODY, bold: false, align: 'start' }
const h1: Style = { size: 15, bold: true, align: 'start' }
const h2: Style = { size: 12.5, bold: true, align: 'start' }

type Script = 'arab' | 'hebr' | undefined

interface Unit {
  /** Index in its line of text, for the bidi levels. */
  i: number
  text: string
  cls: BidiClass
  font: string
  script: Script
}

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' })

const codePoints = (s: string) => Array.from(s, (c) => c.codePointAt(0) ?? 0)

/**
 * Which font draws which grapheme, and what the PDF's text layer gets for it.
 * - A grapheme a real font has is drawn in it. Invisible characters inside it (a variation
 *   selector, a joiner) are left out: fontkit would turn them into spaces in the text layer.
 * - Anything else goes to the generated missing-glyph font, whole, so the text layer keeps it
 *   exactly (./font-files.ts).
 */
class FontChooser {
  private readonly order: { regular: LoadedFont[]; bold: LoadedFont[] }
  /** Each script font, first for its own script's characters. */
  private readonly preferred: { test: RegExp; regular: LoadedFont; bold: LoadedFont }[]
  private readonly memo = new Map<string, { font: string; text: string }>()
  private readonly lines = new Map<string, Unit[]>()
  readonly missing = new Set<number>()
  readonly missingSequences = new Set<string>()
  private readonly used = new Set<string>()
  private readonly byName = new Map<string, LoadedFont>()
  private readonly scriptFonts = new Set<string>()

  constructor(fonts: PdfFonts) {
    const scripts = fonts.scripts ?? []
    this.order = {
      regular: [fonts.regular, ...scripts.map((s) => s.regular), ...fonts.fallbacks],
      bold: [fonts.bold, ...scripts.map((s) => s.bold), fonts.regular, ...scripts.map((s) => s.regular), ...fonts.fallbacks],
    }
    this.preferred = scripts.map((s) => ({ test: SCRIPT_TEST[s.script], regular: s.regular, bold: s.bold }))
    for (const f of [...this.order.regular, ...this.order.bold]) this.byName.set(f.name, f)
    for (const s of scripts) this.scriptFonts.add(s.regular.name).add(s.bold.name)
  }

  /** The fonts to try for a grapheme: its script's font first, when there is one. */
  private candidates(first: number, bold: boolean): LoadedFont[] {
    const order = this.order[bold ? 'bold' : 'regular']
    const script = this.preferred.find((p) => p.test.test(String.fromCodePoint(first)))
    if (script === undefined) return order
    return bold ? [script.bold, script.regular, ...order] : [script.regular, ...order]
  }

  fontFor(grapheme: string, bold: boolean): { font: string; text: string } {
    const key = `${bold ? 'b' : 'r'}${grapheme}`
    const known = this.memo.get(key)
    if (known !== undefined) return known
    const cps = codePoints(grapheme)
    const visible = cps.filter((cp) => !isDefaultIgnorable(cp))
    const candidates = visible.length === 0 ? [] : this.candidates(visible[0]!, bold)
    const font = candidates.find((f) => visible.every((cp) => f.has(cp)))
    let choice: { font: string; text: string }
    if (font !== undefined) {
      choice = { font: font.name, text: String.fromCodePoint(...visible) }
    } else {
      for (const cp of cps) this.missing.add(cp)
      if (cps.length > 1) this.missingSequences.add(grapheme)
      choice = { font: MISSING, text: grapheme }
    }
    this.memo.set(key, choice)
    this.used.add(choice.font)
    return choice
  }

  /** Whether any grapheme of the document is drawn in this font. */
  uses(font: string): boolean {
    return this.used.has(font)
  }

  /** A line's units, worked out once per document (fonts are chosen before drawing, then reused). */
  unitsOf(line: string, bold: boolean): Unit[] {
    const key = `${bold ? 'b' : 'r'}${line}`
    let units = this.lines.get(key)
    if (units === undefined) {
      units = this.joinNeutrals(this.oneFontForMixedRtl(unitsOf(line, bold, this), bold))
      this.lines.set(key, units)
    }
    return units
  }

  /**
   * A line with Hebrew and Arabic both sets its Arabic in the main font when that font has it
   * (DejaVu Sans does), so the right-to-left text is in one font and reads back in order.
   */
  private oneFontForMixedRtl(units: Unit[], bold: boolean): Unit[] {
    if (!units.some((u) => u.script === 'hebr') || !units.some((u) => u.script === 'arab')) return units
    const main = this.order[bold ? 'bold' : 'regular'][0]!
    return units.map((u) =>
      u.script === 'arab' && u.font !== MISSING && codePoints(u.text).every((cp) => main.has(cp))
        ? { ...u, font: main.name }
        : u,
    )
  }

  /**
   * Spaces, punctuation and numbers beside Arabic in its script font (or between two graphemes
   * of one script font) are drawn in that font too, so a sentence stays one run: shaped, and
   * read back from the PDF as one piece. Readers such as pdf.js put text in different fonts
   * back together in drawing order, which is not reading order for right-to-left text.
   */
  private joinNeutrals(units: Unit[]): Unit[] {
    const weak = (u: Unit) => u.cls === 'WS' || u.cls === 'ON' || u.cls === 'EN' || u.cls === 'AN'
    const inScriptFont = (u: Unit | undefined) => u !== undefined && this.scriptFonts.has(u.font)
    const rtlScript = (u: Unit | undefined) => inScriptFont(u) && u!.script !== undefined
    for (let i = 0; i < units.length; ) {
      if (!weak(units[i]!)) {
        i++
        continue
      }
      let j = i
      while (j < units.length && weak(units[j]!)) j++
      const before = units[i - 1]
      const after = units[j]
      const owner = rtlScript(before)
        ? before
        : rtlScript(after)
          ? after
          : inScriptFont(before) && before!.font === after?.font
            ? before
            : undefined
      const font = owner === undefined ? undefined : this.byName.get(owner.font)
      if (font !== undefined) {
        for (let k = i; k < j; k++) {
          const u = units[k]!
          if (u.font !== MISSING && codePoints(u.text).every((cp) => font.has(cp))) units[k] = { ...u, font: font.name }
        }
      }
      i = j
    }
    return units
  }
}

/** Printable ASCII: every character is its own grapheme. */
const ASCII = /^[\x20-\x7e]*$/

function unitsOf(line: string, bold: boolean, chooser: FontChooser): Unit[] {
  const units: Unit[] = []
  const segments = ASCII.test(line) ? line : Array.from(graphemes.segment(line), (s) => s.segment)
  for (const segment of segments) {
    const cls = bidiClass(segment.codePointAt(0) ?? 0)
    const script: Script = cls === 'AL' || cls === 'AN' ? 'arab' : cls === 'R' ? 'hebr' : undefined
    const { font, text } = chooser.fontFor(segment, bold)
    units.push({ i: units.length, text, cls, font, script })
  }
  return units
}

/** Every string the letter draws, with its weight, so fonts can be chosen before drawing. */
function allText(model: LetterModel): { text: string; bold: boolean }[] {
  const plain = (text: string) => ({ text, bold: false })
  const strong = (text: string) => ({ text, bold: true })
  return [
    ...[model.sender.name, ...model.sender.lines, ...model.recipient, model.date, model.salutation].map(plain),
    ...(model.reference === undefined ? [] : [plain(model.reference)]),
    strong(model.subject),
    ...model.blocks.flatMap((b) =>
      b.kind === 'heading' ? [strong(b.text)] : b.kind === 'paragraph' ? [plain(b.text)] : b.items.map(plain),
    ),
    plain(model.signOff.closing),
    plain(model.signOff.name),
    plain('\u2022'),
  ]
}

/** Text as the PDF draws it: no unprintable characters, tabs as spaces. */
const clean = (s: string) => printable(s).replace(/\t/g, ' ')

class Writer {
  y = MARGIN
  private readonly widths = new Map<string, number>()

  constructor(
    private readonly doc: Doc,
    private readonly chooser: FontChooser,
    private readonly root: StructElement,
    /** The fonts registered with the document, measured from their shared layouts. */
    private readonly shared: ReadonlyMap<string, SharedFont>,
  ) {}

  private measure(font: string, size: number, text: string): number {
    const key = `${font}\u0000${size}\u0000${text}`
    let w = this.widths.get(key)
    if (w === undefined) {
      const shared = this.shared.get(font)
      w = shared ? shared.widthOf(text, size) : this.doc.font(font).fontSize(size).widthOfString(text, { features: [] })
      this.widths.set(key, w)
    }
    return w
  }

  /** The width of units drawn in logical order, measured a font run at a time. */
  private widthOf(units: Unit[], size: number): number {
    let total = 0
    for (let i = 0; i < units.length; ) {
      let j = i
      while (j < units.length && units[j]!.font === units[i]!.font) j++
      total += this.measure(
        units[i]!.font,
        size,
        units
          .slice(i, j)
          .map((u) => u.text)
          .join(''),
      )
      i = j
    }
    return total
  }

  private breakLines(units: Unit[], width: number, size: number): Unit[][] {
    const lines: Unit[][] = []
    let line: Unit[] = []
    let lineWidth = 0
    let spaces: Unit[] = []
    const place = (word: Unit[]) => {
      let w = this.widthOf(word, size)
      if (w <= width) {
        line = [...word]
        lineWidth = w
        return
      }
      // A word wider than the line: break it between graphemes.
      let piece: Unit[] = []
      for (const u of word) {
        if (piece.length > 0 && this.widthOf([...piece, u], size) > width) {
          lines.push(piece)
          piece = []
        }
        piece.push(u)
      }
      w = this.widthOf(piece, size)
      line = piece
      lineWidth = w
    }
    for (let i = 0; i < units.length; ) {
      let j = i
      const ws = units[i]!.cls === 'WS'
      while (j < units.length && (units[j]!.cls === 'WS') === ws) j++
      const token = units.slice(i, j)
      i = j
      if (ws) {
        spaces = token
        continue
      }
      if (line.length === 0) {
        if (lines.length === 0 && spaces.length > 0) token.unshift(...spaces)
        place(token)
      } else {
        const w = this.widthOf(spaces, size) + this.widthOf(token, size)
        if (lineWidth + w <= width) {
          line.push(...spaces, ...token)
          lineWidth += w
        } else {
          lines.push(line)
          place(token)
        }
      }
      spaces = []
    }
    if (line.length > 0 || lines.length === 0) lines.push(line)
    return lines
  }

  /** Runs in display order for one line, then drawn in reading order at their places. */
  private drawLine(line: Unit[], levels: number[], paragraphLevel: 0 | 1, left: number, width: number, style: Style) {
    const lineLevels = line.map((u) => levels[u.i] ?? paragraphLevel)
    const { order, levels: lv } = visualOrder(
      lineLevels,
      line.map((u) => u.cls),
      paragraphLevel,
    )
    interface Run {
      units: Unit[]
      level: number
      x: number
      width: number
      text: string
    }
    const runs: Run[] = []
    for (const pos of order) {
      const u = line[pos]!
      const level = lv[pos]!
      const last = runs.at(-1)
      const lastUnit = last?.units.at(-1)
      const adjacent = lastUnit !== undefined && u.i === lastUnit.i + (level % 2 === 1 ? -1 : 1)
      const script = last?.units.find((x) => x.script !== undefined)?.script
      const sameScript = u.script === undefined || script === undefined || u.script === script
      if (last && adjacent && last.level === level && lastUnit.font === u.font && sameScript) {
        last.units.push(u)
      } else {
        runs.push({ units: [u], level, x: 0, width: 0, text: '' })
      }
    }
    // fontkit chooses direction from the script: a run it would lay out the wrong way (a
    // right-to-left run of only neutrals, or Arabic-Indic digits inside a left-to-right run)
    // is drawn a grapheme at a time instead.
    const split: Run[] = runs.flatMap((r) => {
      const hasRtl = r.units.some((u) => u.cls === 'R' || u.cls === 'AL' || u.cls === 'AN')
      const fits = r.level % 2 === 1 ? r.units.some((u) => u.cls === 'R' || u.cls === 'AL') : !hasRtl
      return fits || r.units.length === 1 ? [r] : r.units.map((u) => ({ ...r, units: [u] }))
    })
    let total = 0
    for (const r of split) {
      const logical = r.level % 2 === 1 ? [...r.units].reverse() : r.units
      r.text = logical.map((u) => (r.level % 2 === 1 ? mirrored(u.text) : u.text)).join('')
      r.width = this.measure(r.units[0]!.font, style.size, r.text)
      total += r.width
    }
    const right = style.align === 'right' || (style.align === 'start' && paragraphLevel === 1)
    let x = right ? left + width - total : left
    for (const r of split) {
      r.x = x
      x += r.width
    }
    // Each right-to-left stretch (with any numbers or English inside it) is drawn left to right
    // in its own marked-content span, so text extraction (pdf.js, poppler) reads it as one
    // right-to-left item and puts it back into reading order. (An ActualText on the span would
    // help Acrobat with mirrored brackets, but poppler then moves the text out of place.)
    const baseline = this.y + style.size * 1.05
    const draw = (r: Run) =>
      this.doc
        .font(r.units[0]!.font)
        .fontSize(style.size)
        .text(r.text, r.x, baseline, { lineBreak: false, baseline: 'alphabetic', features: [] })
    const rtl = (r: Run) => paragraphLevel === 1 || r.level > 0
    for (let i = 0; i < split.length; ) {
      if (!rtl(split[i]!)) {
        draw(split[i]!)
        i++
        continue
      }
      let j = i
      while (j < split.length && rtl(split[j]!)) j++
      // Readers join what one font draws into one piece; pieces in different fonts (Arabic in
      // its own font beside numbers in the main one) are taken in drawing order, so those are
      // drawn in reading order: first typed, first drawn.
      const pieces: Run[][] = []
      for (const r of split.slice(i, j)) {
        const last = pieces.at(-1)
        if (last !== undefined && last[0]!.units[0]!.font === r.units[0]!.font) last.push(r)
        else pieces.push([r])
      }
      const firstTyped = (piece: Run[]) => Math.min(...piece.flatMap((r) => r.units.map((u) => u.i)))
      this.doc.markContent('Span')
      for (const piece of pieces.sort((a, b) => firstTyped(a) - firstTyped(b))) piece.forEach(draw)
      this.doc.endMarkedContent()
      i = j
    }
  }

  lineHeight(style: Style) {
    return style.size * LINE_HEIGHT
  }

  /** Starts a new page when the next `height` points would not fit. */
  ensure(height: number) {
    if (this.y + height > BOTTOM) {
      this.doc.continueOnNewPage()
      this.y = MARGIN
    }
  }

  /** Draws wrapped text at the current position; "\n" starts a new line. */
  text(text: string, style: Style, indent = 0) {
    const paragraphLevel = paragraphDirection(text) === 'rtl' ? 1 : 0
    const width = TEXT_WIDTH - indent
    const left = MARGIN + (paragraphLevel === 0 ? indent : 0)
    for (const hardLine of clean(text).split('\n')) {
      const units = this.chooser.unitsOf(hardLine, style.bold)
      const levels = resolveLevels(
        units.map((u) => u.cls),
        paragraphLevel,
        units.map((u) => u.text),
      )
      for (const line of this.breakLines(units, width, style.size)) {
        this.ensure(this.lineHeight(style))
        let end = line.length
        while (end > 0 && line[end - 1]!.cls === 'WS') end--
        this.drawLine(line.slice(0, end), levels, paragraphLevel, left, width, style)
        this.y += this.lineHeight(style)
      }
    }
  }

  /** A structure element whose content is what `draw` puts on the page. */
  tagged(type: string, draw: () => void, parent: StructElement = this.root) {
    parent.add(this.doc.struct(type, {}, () => draw()))
  }

  block(type: string, text: string, style: Style, spaceAfter: number) {
    this.tagged(type, () => this.text(text, style))
    this.y += spaceAfter
  }

  /** An address block: one paragraph, but each line takes its own direction. */
  lines(lines: string[], style: Style, spaceAfter: number) {
    this.tagged('P', () => {
      for (const line of lines) this.text(line, style)
    })
    this.y += spaceAfter
  }

  heading(type: 'H1' | 'H2', text: string, style: Style) {
    // Keep a heading with at least two lines of what follows it.
    this.y += style.size * 0.5
    this.ensure(this.lineHeight(style) + 2 * this.lineHeight(body))
    this.block(type, text, style, style.size * 0.4)
  }

  list(items: string[]) {
    const list = this.doc.struct('L')
    this.root.add(list)
    for (const item of items) {
      const li = this.doc.struct('LI')
      list.add(li)
      this.ensure(this.lineHeight(body))
      const rtl = paragraphDirection(item) === 'rtl'
      const bullet = '\u2022'
      const bulletX = rtl ? MARGIN + TEXT_WIDTH - 6 - this.measure('regular', BODY, bullet) : MARGIN + 6
      this.tagged(
        'Lbl',
        () =>
          this.doc
            .font(this.chooser.fontFor(bullet, false).font)
            .fontSize(BODY)
            .text(bullet, bulletX, this.y + BODY * 1.05, { lineBreak: false, baseline: 'alphabetic' }),
        li,
      )
      this.tagged('LBody', () => this.text(item, body, BULLET_INDENT), li)
      li.end()
      this.y += BODY * 0.35
    }
    list.end()
    this.y += BODY * 0.4
  }
}

function drawLetter(w: Writer, model: LetterModel) {
  const gap = BODY * 1.2
  w.lines([model.sender.name, ...model.sender.lines], { ...body, align: 'right' }, gap)
  w.lines(model.recipient, { ...body, align: 'left' }, gap)
  w.block('P', model.date, body, gap)
  if (model.reference !== undefined) w.block('P', model.reference, body, gap)
  w.heading('H1', model.subject, h1)
  w.block('P', model.salutation, body, BODY * 0.6)
  for (const b of model.blocks) {
    if (b.kind === 'heading') w.heading('H2', b.text, h2)
    else if (b.kind === 'paragraph') w.block('P', b.text, body, BODY * 0.6)
    else w.list(b.items)
  }
  w.y += BODY * 0.6
  w.ensure(w.lineHeight(body) * 5)
  w.block('P', model.signOff.closing, body, BODY * 3.5)
  w.block('P', model.signOff.name, body, 0)
}

/** pdfkit's types list only files and bytes as font sources, but it takes a parsed fontkit font too. */
function register(doc: Doc, name: string, font: SharedFont, shared: Map<string, SharedFont>) {
  doc.registerFont(name, font.forPdfkit as unknown as PDFKit.Mixins.PDFFontSource)
  shared.set(name, font)
}

export interface PdfOptions {
  /** Fonts to use instead of the installed ones (tests use this to simulate a missing font). */
  fonts?: PdfFonts
}

let documentsRendered = 0

/** How many PDFs this thread has drawn: tests use it to show the event loop draws none. */
export const pdfDocumentsRendered = () => documentsRendered

/** The letter as an A4, tagged PDF with the fonts embedded. */
export async function renderPdf(model: LetterModel, options: PdfOptions = {}): Promise<Buffer> {
  documentsRendered++
  const fonts = options.fonts ?? pdfFonts()
  const chooser = new FontChooser(fonts)
  for (const { text, bold } of allText(model)) {
    for (const line of clean(text).split('\n')) chooser.unitsOf(line, bold)
  }

  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
    pdfVersion: '1.7',
    // No default font: pdfkit would load Helvetica's metrics for every document, never to use them.
    font: null as unknown as string,
    tagged: true,
    displayTitle: true,
    lang: 'en-GB',
    info: {
      Title: clean(model.title),
      Author: clean(model.sender.name),
      Subject: clean(model.subject),
      Creator: 'sendpath',
    },
  })
  const chunks: Buffer[] = []
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk))
    doc.on('end', () => resolve(Buffer.concat(chunks)))
    doc.on('error', reject)
  })

  try {
    const shared = new Map<string, SharedFont>()
    register(doc, 'regular', sharedFont(fonts.regular), shared)
    register(doc, 'bold', sharedFont(fonts.bold), shared)
    for (const s of fonts.scripts ?? []) {
      for (const f of [s.regular, s.bold]) if (chooser.uses(f.name)) register(doc, f.name, sharedFont(f), shared)
    }
    for (const f of fonts.fallbacks) register(doc, f.name, sharedFont(f), shared)
    if (chooser.missing.size > 0) {
      register(doc, MISSING, missingGlyphFont(chooser.missing, chooser.missingSequences), shared)
    }
    const root = doc.struct('Document')
    doc.addStructure(root)
    drawLetter(new Writer(doc, chooser, root, shared), model)
    root.end()
    doc.end()
  } catch (error) {
    // Close the stream, but report the first failure, not whatever closing a broken document says.
    done.catch(() => undefined)
    try {
      doc.end()
    } catch {
      // already failing
    }
    throw error
  }
  return done
}
