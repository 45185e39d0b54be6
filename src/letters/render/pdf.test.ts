import assert from 'node:assert/strict'
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { describe, test } from 'node:test'
import type { LetterModel } from '../model.js'
import { readPdf } from '../testing/extract.js'
import { ARABIC, EMOJI, HEBREW } from '../testing/fixtures.js'
import { buildMissingGlyphFont, fontCoverage } from './font-files.js'
import { pdfFonts, type LoadedFont } from './fonts.js'
import { renderPdf } from './pdf.js'

const letter = (blocks: LetterModel['blocks']): LetterModel => ({
  type: 'complaint',
  templateVersion: 1,
  title: 'Test letter',
  sender: { name: 'Sam', lines: ['1 Road'] },
  recipient: ['The council'],
  date: '2 November 2026',
  dateIso: '2026-11-02',
  subject: 'Subject',
  salutation: 'Dear Sir or Madam,',
  blocks,
  signOff: { closing: 'Yours faithfully,', name: 'Sam' },
  citations: [],
  nextSteps: { text: [] },
})

const flat = (s: string) => s.replace(/\s*\n\s*/g, ' ')

describe('PDF fonts', () => {
  test('embeds DejaVu Sans, regular and bold, when installed', () => {
    const fonts = pdfFonts()
    if (!existsSync('/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf')) return
    assert.match(fonts.regular.path, /DejaVuSans\.ttf$/)
    assert.match(fonts.bold.path, /DejaVuSans-Bold\.ttf$/)
    for (const ch of ['a', 'é', ARABIC[0]!, HEBREW[0]!, '€', '’']) {
      assert.ok(fonts.regular.has(ch.codePointAt(0)!), ch)
    }
  })

  test('reads a font cmap, and writes a missing-glyph font that covers what it was given', () => {
    const font = buildMissingGlyphFont([0x1f469, 0x200d, 0x1f467], ['👩‍👧'])
    assert.equal(String.fromCharCode(...font.subarray(0, 4)), '\0\x01\0\0')
    const has = fontCoverage(font)
    assert.ok(has(0x1f469) && has(0x200d) && has(0x1f467))
    assert.ok(!has(0x41))
  })

  test('every character survives in the text layer, even where the font has no glyph for it', async () => {
    // Liberation Sans (shipped in pdfjs-dist) has no Arabic or Hebrew: they go to the
    // missing-glyph font and come back exactly, like the emoji that no font here has.
    const require = createRequire(import.meta.url)
    const dir = join(dirname(require.resolve('pdfjs-dist/package.json')), 'standard_fonts')
    const load = (name: string, file: string): LoadedFont => {
      const data = readFileSync(join(dir, file))
      return { name, path: file, data, has: fontCoverage(data) }
    }
    const fonts = {
      regular: load('regular', 'LiberationSans-Regular.ttf'),
      bold: load('bold', 'LiberationSans-Bold.ttf'),
      fallbacks: [],
    }
    assert.ok(!fonts.regular.has(ARABIC.codePointAt(0)!))
    const text = `Hello ${ARABIC} and ${HEBREW}, ${EMOJI} 🇬🇧 ❤️ done`
    const model = letter([
      { kind: 'paragraph', text },
      { kind: 'heading', text: EMOJI },
    ])
    const pdf = await readPdf(await renderPdf(model, { fonts }))
    assert.ok(flat(pdf.text).includes(text), pdf.text)
    assert.ok(flat(pdf.text).includes(EMOJI))
  })
})

describe('PDF failures', () => {
  test('a font that cannot be read rejects the promise instead of crashing', async () => {
    const broken: LoadedFont = { name: 'regular', path: 'broken.ttf', data: Buffer.from('not a font'), has: () => true }
    const model = letter([{ kind: 'paragraph', text: 'Hello' }])
    await assert.rejects(renderPdf(model, { fonts: { regular: broken, bold: { ...broken, name: 'bold' }, fallbacks: [] } }))
  })
})

describe('PDF layout', () => {
  test('right-to-left text comes back in reading order, with numbers and brackets', async () => {
    const lines = [
      `Dear ${ARABIC},`,
      `Hello ${ARABIC} بكم 123 and ${HEBREW} עולם end.`,
      `${HEBREW} עולם, זה מכתב 2026.`,
      `Outcome: ${ARABIC} ${HEBREW}`,
    ]
    const pdf = await readPdf(await renderPdf(letter(lines.map((text) => ({ kind: 'paragraph', text })))))
    for (const line of lines) assert.ok(pdf.text.includes(line), `${line} not in:\n${pdf.text}`)
  })

  test('a list item in Hebrew keeps its text, and long words are broken to fit', async () => {
    const long = 'x'.repeat(300)
    const model = letter([
      { kind: 'list', items: [`${HEBREW} עולם`, 'English'] },
      { kind: 'paragraph', text: long },
    ])
    const pdf = await readPdf(await renderPdf(model))
    assert.ok(pdf.text.includes(`${HEBREW} עולם`))
    assert.equal(pdf.text.replace(/[^x]/g, '').length, 300)
    assert.ok(pdf.text.split('\n').every((line) => line.length < 120))
  })

  test('line breaks typed by the family are kept', async () => {
    const pdf = await readPdf(await renderPdf(letter([{ kind: 'paragraph', text: 'first line\nsecond line' }])))
    assert.match(pdf.text, /first line\nsecond line/)
  })
})
