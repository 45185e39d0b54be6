import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'
import type { LetterModel } from '../model.js'
import { flatText, readPdf } from '../testing/extract.js'
import { pdfFonts } from './fonts.js'
import { renderDocx } from './docx.js'
import { renderPdf } from './pdf.js'
import { docxFiles } from '../testing/extract.js'

// Issue 9: Liverpool and Knowsley's main community languages. Each sentence says, in its own
// language, that the child needs support at school and the school has not answered.
const SENTENCES = {
  Arabic: 'يحتاج طفلي إلى دعم تعليمي خاص، ولم ترد المدرسة منذ ٣ أشهر.',
  Polish: 'Moje dziecko potrzebuje wsparcia w szkole; źdźbło, żółć, łąka, Łódź.',
  Urdu: 'میرے بچے کو اسکول میں مدد کی ضرورت ہے، اسکول نے جواب نہیں دیا۔',
  Chinese: '我的孩子在學校需要特殊教育支持，学校三个月没有回复。',
  'Kurdish (Sorani)': 'منداڵەکەم پێویستی بە یارمەتی لە قوتابخانە هەیە، قوتابخانە وەڵامی نەداوەتەوە.',
  Somali: 'Ilmahaygu wuxuu u baahan yahay taageero dugsiga, dugsiguna ma jawaabin.',
  Romanian: 'Copilul meu are nevoie de sprijin la școală; școala nu a răspuns în trei luni.',
  Persian: 'فرزندم در مدرسه به حمایت آموزشی ویژه نیاز دارد؛ مدرسه پاسخی نداده است.',
}

const letterIn = (language: string, sentence: string): LetterModel => ({
  type: 'complaint',
  templateVersion: 1,
  title: `A letter in ${language}`,
  sender: { name: sentence.split(/[ ،,;]/)[0]!, lines: ['1 Road'] },
  recipient: ['The council'],
  date: '2 November 2026',
  dateIso: '2026-11-02',
  subject: sentence.slice(0, 20),
  salutation: 'Dear Sir or Madam,',
  blocks: [
    { kind: 'heading', text: sentence.slice(0, 12) },
    { kind: 'paragraph', text: sentence },
    { kind: 'list', items: [sentence] },
  ],
  signOff: { closing: 'Yours faithfully,', name: 'Sam' },
  citations: [],
  nextSteps: { text: [] },
})

/** Every glyph the PDF draws, by pdf.js's operator list: glyph 0 (.notdef) is a missing one. */
async function drawnGlyphs(pdf: Uint8Array): Promise<{ unicode: string; notdef: boolean }[]> {
  const doc = await getDocument({ data: new Uint8Array(pdf), verbosity: 0, isEvalSupported: false, fontExtraProperties: true }).promise
  try {
    const glyphs: { unicode: string; notdef: boolean }[] = []
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n)
      const ops = await page.getOperatorList()
      for (let i = 0; i < ops.fnArray.length; i++) {
        for (const arg of ops.argsArray[i] ?? []) {
          if (!Array.isArray(arg)) continue
          for (const g of arg as unknown[]) {
            if (typeof g !== 'object' || g === null || !('unicode' in g)) continue
            const glyph = g as { unicode: string; fontChar: string; originalCharCode?: number }
            glyphs.push({ unicode: glyph.unicode, notdef: glyph.originalCharCode === 0 })
          }
        }
      }
    }
    return glyphs
  } finally {
    await doc.destroy()
  }
}

describe('a PDF letter in each language families here write in', () => {
  for (const [language, sentence] of Object.entries(SENTENCES)) {
    test(`${language}: the text layer reads back exactly, and no glyph is missing`, async () => {
      const bytes = await renderPdf(letterIn(language, sentence))
      const text = flatText((await readPdf(bytes)).text)
      assert.ok(text.includes(sentence), `${sentence}\nnot in\n${text}`)
      assert.ok(!bytes.toString('latin1').includes('SendpathMissingGlyph'), 'a character was drawn as a box')
      const glyphs = await drawnGlyphs(bytes)
      assert.ok(glyphs.length > sentence.length, 'pdf.js saw the glyphs')
      const missing = glyphs.filter((g) => g.notdef)
      assert.deepEqual(missing, [], `missing glyphs in ${language}`)
    })
  }

  test('each script has its own font, installed from Debian (fonts-noto-core, fonts-noto-cjk)', () => {
    const scripts = (pdfFonts().scripts ?? []).map((s) => s.script)
    assert.deepEqual(scripts.sort(), ['arabic', 'cjk'], 'install fonts-noto-core and fonts-noto-cjk')
  })
})

describe('a Word letter names a font for each script', () => {
  test('Arabic-script and Chinese text have a font that draws them', async () => {
    const xml = docxFiles(await renderDocx(letterIn('Urdu', `${SENTENCES.Urdu} ${SENTENCES.Chinese}`)))['word/styles.xml']!
    assert.match(xml, /w:cs="[^"]*Arabic[^"]*"/, 'a complex-script (Arabic) font')
    assert.match(xml, /w:eastAsia="[^"]*CJK[^"]*"/, 'an East Asian font')
  })
})
