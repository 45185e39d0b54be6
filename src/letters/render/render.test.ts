import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { buildLetter, escapeHtml, LETTER_TYPES, renderLetter, renderNextStepsHtml, type LetterModel } from '../index.js'
import { asPdfText, docxFiles, docxText, readPdf } from '../testing/extract.js'
import { ARABIC, AWKWARD, EMOJI, HEBREW, MARKUP, TEMPLATE_SYNTAX, TODAY, VALID } from '../testing/fixtures.js'

const modelFor = (type: (typeof LETTER_TYPES)[number]): LetterModel => {
  const result = buildLetter(type, VALID[type], TODAY)
  assert.ok(result.ok, JSON.stringify(!result.ok && result.problems))
  return result.model
}

/** Line breaks from wrapping become spaces, so a value can be found wherever it wrapped. */
const flat = (s: string) => s.replace(/\s*\n\s*/g, ' ')

const inPdf = asPdfText

describe('every letter renders in every format', () => {
  for (const type of LETTER_TYPES) {
    test(`${type}: docx, pdf and html carry the letter and the family's exact words`, async () => {
      const model = modelFor(type)

      const files = docxFiles(await renderLetter(model, 'docx'))
      const xml = files['word/document.xml']
      assert.ok(xml, 'no word/document.xml')
      const docx = docxText(xml)
      const pdf = await readPdf(await renderLetter(model, 'pdf'))
      const pdfText = flat(pdf.text)
      const html = renderLetter(model, 'html')

      for (const value of AWKWARD) {
        assert.ok(docx.includes(value), `docx lost ${JSON.stringify(value)}`)
        assert.ok(pdfText.includes(inPdf(value)), `pdf lost ${JSON.stringify(value)} in:\n${pdf.text}`)
        assert.ok(html.includes(escapeHtml(value)), `html lost ${JSON.stringify(value)}`)
      }
      for (const part of [model.subject, model.date, model.salutation, model.signOff.closing]) {
        assert.ok(docx.includes(part), `docx lost ${part}`)
        assert.ok(pdfText.includes(inPdf(part)), `pdf lost ${part}`)
      }
      assert.equal(pdf.info.Title, model.title)
      assert.ok(!html.includes('<script>'))
    })
  }
})

describe('docx', () => {
  test('the complaint has the word complaint, every issue and the reply date', async () => {
    const model = modelFor('complaint')
    const xml = docxFiles(await renderLetter(model, 'docx'))['word/document.xml']!
    const text = docxText(xml)
    assert.match(text, /formal complaint/)
    assert.ok(text.includes(`What happened: ${TEMPLATE_SYNTAX}`))
    assert.ok(text.includes('When it happened: September 2026'))
    assert.ok(text.includes(`What I would like you to do: ${ARABIC}`))
    assert.ok(text.includes('What happened: The SENCO did not reply to three emails.'))
    assert.ok(text.includes('by 30 November 2026'))
  })

  test('uses real heading styles, a real bulleted list and A4 pages', async () => {
    const files = docxFiles(await renderLetter(modelFor('assessment-request'), 'docx'))
    const xml = files['word/document.xml']!
    assert.equal((xml.match(/<w:pStyle w:val="Heading1"\/>/g) ?? []).length, 1)
    assert.ok((xml.match(/<w:pStyle w:val="Heading2"\/>/g) ?? []).length >= 4)
    assert.equal((xml.match(/<w:numPr>/g) ?? []).length, 2, 'two evidence items as list paragraphs')
    assert.match(files['word/numbering.xml'] ?? '', /<w:numFmt w:val="bullet"\/>/)
    assert.match(xml, /<w:pgSz w:w="11906" w:h="16838"/)
    assert.match(files['docProps/core.xml'] ?? '', /<dc:title>Request for an EHC needs assessment/)
  })

  test('escapes markup in the XML and keeps line breaks as breaks', async () => {
    const xml = docxFiles(await renderLetter(modelFor('complaint'), 'docx'))['word/document.xml']!
    assert.ok(!xml.includes('<script>'))
    assert.ok(xml.includes('&lt;script&gt;'))
    const model: LetterModel = { ...modelFor('complaint'), blocks: [{ kind: 'paragraph', text: 'one\ntwo' }] }
    const broken = docxFiles(await renderLetter(model, 'docx'))['word/document.xml']!
    assert.match(broken, /one<\/w:t><\/w:r><w:r><w:br\/><w:t xml:space="preserve">two/)
  })

  test('a paragraph that starts in Hebrew or Arabic is laid out right to left', async () => {
    const model: LetterModel = { ...modelFor('complaint'), blocks: [{ kind: 'paragraph', text: `${HEBREW} and more` }] }
    const xml = docxFiles(await renderLetter(model, 'docx'))['word/document.xml']!
    assert.match(xml, new RegExp(`<w:bidi/>.*${HEBREW} and more`))
  })

  test('characters that XML cannot hold are dropped, not written', async () => {
    const model: LetterModel = {
      ...modelFor('complaint'),
      blocks: [{ kind: 'paragraph', text: 'bell\u0007 and nul\u0000' }],
    }
    const xml = docxFiles(await renderLetter(model, 'docx'))['word/document.xml']!
    assert.ok(xml.includes('bell and nul'))
  })
})

describe('pdf', () => {
  test('is a tagged A4 PDF 1.7 with its title shown, English language and embedded fonts', async () => {
    const model = modelFor('assessment-request')
    const bytes = await renderLetter(model, 'pdf')
    assert.equal(bytes.subarray(0, 8).toString('latin1'), '%PDF-1.7')
    const raw = bytes.toString('latin1')
    assert.match(raw, /\/Lang \(en-GB\)/)
    assert.match(raw, /\/MarkInfo/)
    assert.match(raw, /\/FontFile2/)
    assert.doesNotMatch(raw, /\/BaseFont \/Helvetica/)
    assert.match(raw, /\/MediaBox \[0 0 595\.28 841\.89\]/)
    const pdf = await readPdf(bytes)
    assert.equal(pdf.info.Title, model.title)
    assert.equal(pdf.displayDocTitle, true)
    for (const role of ['Document', 'H1', 'H2', 'P', 'L', 'LI', 'Lbl', 'LBody']) {
      assert.ok(pdf.structureRoles.includes(role), `no ${role} in the structure tree: ${pdf.structureRoles.join(' ')}`)
    }
  })

  test('the complaint has the word complaint, every issue and the reply date', async () => {
    const text = flat((await readPdf(await renderLetter(modelFor('complaint'), 'pdf'))).text)
    assert.match(text, /formal complaint/)
    assert.ok(text.includes(`What happened: ${TEMPLATE_SYNTAX}`))
    assert.ok(text.includes('When it happened: September 2026'))
    assert.ok(text.includes(`What I would like you to do: ${ARABIC}`))
    assert.ok(text.includes('by 30 November 2026'))
  })

  test('a long letter flows onto more pages with nothing lost', async () => {
    const issues = Array.from({ length: 10 }, (_, i) => ({
      what: `Issue number ${i + 1}. ` + 'The support in the plan was not delivered. '.repeat(40),
      when: 'This term',
      wantedOutcome: `Outcome ${i + 1}: ${EMOJI} ${ARABIC} ${HEBREW}`,
    }))
    const result = buildLetter('complaint', { ...VALID.complaint, issues }, TODAY)
    assert.ok(result.ok)
    const pdf = await readPdf(await renderLetter(result.model, 'pdf'))
    assert.ok(pdf.numPages >= 5, `only ${pdf.numPages} pages`)
    const text = flat(pdf.text)
    for (let i = 1; i <= 10; i++) {
      assert.ok(text.includes(`Issue number ${i}.`))
      assert.ok(text.includes(inPdf(`Outcome ${i}: ${EMOJI} ${ARABIC} ${HEBREW}`)), `outcome ${i}`)
    }
    assert.ok(text.includes(MARKUP))
  })

  test('rendering 20 PDFs in a row succeeds', async () => {
    const model = modelFor('complaint')
    for (let i = 0; i < 20; i++) {
      const bytes = await renderLetter(model, 'pdf')
      assert.equal(bytes.subarray(0, 5).toString('latin1'), '%PDF-')
      assert.equal(bytes.subarray(-6).toString('latin1').trim(), '%%EOF')
    }
  })
})

describe('html', () => {
  test('is a fragment with GOV.UK Frontend classes and semantic elements', () => {
    const html = renderLetter(modelFor('assessment-request'), 'html')
    assert.match(html, /^<div class="sendpath-letter" lang="en-GB">/)
    assert.match(html, /<h1 class="govuk-heading-l" dir="auto">Request for an education/)
    assert.match(html, /<h2 class="govuk-heading-m" dir="auto">/)
    assert.match(html, /<p class="govuk-body" dir="auto">/)
    assert.match(html, /<ul class="govuk-list govuk-list--bullet"><li dir="auto">Educational psychologist report/)
    assert.match(html, /<time datetime="2026-11-02">2 November 2026<\/time>/)
  })

  test('escapes every user value: & < > " and \'', () => {
    const html = renderLetter(modelFor('complaint'), 'html')
    assert.ok(html.includes('Tom &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Jo&quot; O&#39;Neill'))
    assert.ok(!html.includes('<script>'))
    assert.ok(!html.includes(`"Jo"`))
    assert.ok(html.includes('Use {{ child.name }} and ${process.env.SECRET} here'))
    assert.equal(escapeHtml(`<a href="x">&'</a>`), '&lt;a href=&quot;x&quot;&gt;&amp;&#39;&lt;/a&gt;')
  })

  test('keeps line breaks in addresses, each line isolated for its own direction', () => {
    const html = renderLetter(modelFor('complaint'), 'html')
    assert.ok(html.includes('<bdi>12 Oak Road</bdi><br><bdi>Leeds</bdi><br><bdi>LS1 1AA</bdi>'))
  })

  test('next steps are rendered apart from the letter', () => {
    const model = modelFor('complaint')
    const html = renderNextStepsHtml(model)
    assert.match(html, /<h2 class="govuk-heading-m">What happens next<\/h2>/)
    assert.ok(html.includes('You should get a full reply by 30 November 2026.'))
    assert.ok(!renderLetter(model, 'html').includes('What happens next'))
  })
})
