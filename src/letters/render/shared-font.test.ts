import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import PDFDocument from 'pdfkit'
import { pdfFonts } from './fonts.js'
import { sharedFont } from './shared-font.js'

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
