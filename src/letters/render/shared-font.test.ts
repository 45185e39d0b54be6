import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import PDFDocument from 'pdfkit'
import type { LetterModel } from '../model.js'
import { readPdf } from '../testing/extract.js'
import { pdfFonts } from './fonts.js'
import { renderPdf } from './pdf.js'
import { GLYPHS_KEPT, LAYOUT_MEMO_GLYPHS, missingGlyphFont, sharedFont, SUBRS_KEPT } from './shared-font.js'

interface Run {
  glyphs: { id: number }[]
  positions: { xAdvance: number; xOffset: number }[]
  advanceWidth: number
}

describe('shared PDF fonts', () => {
  test('each font file is parsed once', () => {
    const fonts = pdfFonts()
    assert.equal(sharedFont(fonts.regular), sharedFont(fonts.regular))
  })

  test('a remembered layout gives every caller its own positions, as pdfkit scales them in place', () => {
    const font = sharedFont(pdfFonts().regular)
    const layout = font.forPdfkit.layout as (text: string, features?: unknown) => Run
    const first = layout('Hello world', [])
    const width = first.advanceWidth
    for (const p of first.positions) p.xAdvance *= 2
    const second = layout('Hello world', [])
    assert.equal(second.advanceWidth, width)
    assert.notEqual(first.positions[0], second.positions[0])
    assert.deepEqual(
      second.glyphs.map((g) => g.id),
      first.glyphs.map((g) => g.id),
    )
  })

  test('widths match what pdfkit measures with the font file itself', () => {
    const fonts = pdfFonts()
    const doc = new PDFDocument()
    doc.registerFont('file', fonts.regular.data)
    const shared = sharedFont(fonts.regular)
    for (const text of ['Yours sincerely,', 'AV Wa 1/2 “quotes” — مرحبا', 'שלום עולם']) {
      const expected = doc.font('file').fontSize(11).widthOfString(text, { features: [] })
      assert.ok(Math.abs(shared.widthOf(text, 11) - expected) < 1e-9, text)
    }
  })
})

describe('font memory stays bounded across many different letters (issue 9, finding 1)', () => {
  const letterIn = (text: string): LetterModel => ({
    type: 'complaint',
    templateVersion: 1,
    title: 'Test letter',
    sender: { name: 'Sam', lines: ['1 Road'] },
    recipient: ['The council'],
    date: '2 November 2026',
    dateIso: '2026-11-02',
    subject: 'Subject',
    salutation: 'Dear Sir or Madam,',
    blocks: [{ kind: 'paragraph', text }],
    signOff: { closing: 'Yours faithfully,', name: 'Sam' },
    citations: [],
    nextSteps: { text: [] },
  })

  test('letters in ever different Chinese characters: each cache stops at its ceiling', async (t) => {
    const cjk = pdfFonts().scripts?.find((s) => s.script === 'cjk')
    if (cjk === undefined) return t.skip('no CJK font installed (Debian: fonts-noto-cjk)')
    const font = sharedFont(cjk.regular)
    // 5 letters of 1,000 characters each, none repeated: 5,000 glyphs, more than the glyph ceilings.
    for (let letter = 0; letter < 5; letter++) {
      const first = 0x4e00 + letter * 1_000
      const text = String.fromCodePoint(...Array.from({ length: 1_000 }, (_, i) => first + i))
      await renderPdf(letterIn(text))
      const sizes = font.cacheSizes()
      assert.ok(sizes.fontkitGlyphs <= GLYPHS_KEPT, `fontkit keeps ${sizes.fontkitGlyphs} glyphs`)
      assert.ok(sizes.decodedGlyphs <= GLYPHS_KEPT, `${sizes.decodedGlyphs} decoded glyphs kept`)
      assert.ok(sizes.layoutGlyphs <= LAYOUT_MEMO_GLYPHS, `${sizes.layoutGlyphs} glyphs of layouts kept`)
      // One entry for each glyph used so far, never more than the font has.
      assert.ok(sizes.subrGlyphs >= 1_000 && sizes.subrGlyphs <= SUBRS_KEPT, `${sizes.subrGlyphs} glyphs' subroutines kept`)
      const internal = (font as unknown as { font: { _glyphs: object } }).font._glyphs
      assert.ok(Object.keys(internal).length <= GLYPHS_KEPT, `fontkit's own cache holds ${Object.keys(internal).length}`)
    }
  })

  test('characters no font has get a box font for their letter alone, never kept', async () => {
    // Private-use characters: before, each new set of them was kept as a font with its own layouts.
    const first = missingGlyphFont(new Set([0xe000]), new Set())
    const second = missingGlyphFont(new Set([0xe000]), new Set())
    assert.notEqual(first, second)
    const pdf = await readPdf(await renderPdf(letterIn(`Private \u{e001}\u{e002} use`)))
    assert.ok(pdf.text.includes('Private \u{e001}\u{e002} use'))
  })
})
