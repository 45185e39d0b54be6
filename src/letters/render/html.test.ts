import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { buildLetter, escapeHtml, LETTER_CSS, letterFilename, renderHtml, renderHtmlDocument } from '../index.js'
import { AWKWARD, MARKUP, TODAY, VALID } from '../testing/fixtures.js'

const model = (() => {
  const result = buildLetter('complaint', VALID.complaint, TODAY)
  assert.ok(result.ok)
  return result.model
})()

describe('HTML letters', () => {
  test('inside a page the subject is an h2 and the letter’s headings h3', () => {
    const html = renderHtml(model, { headingLevel: 2 })
    assert.match(html, /<h2 class="govuk-heading-l" dir="auto">Formal complaint/)
    assert.match(html, /<h3 class="govuk-heading-m" dir="auto">Issue 1 of 2<\/h3>/)
    assert.doesNotMatch(html, /<h1/)
    assert.match(renderHtml(model), /<h1 class="govuk-heading-l" dir="auto">Formal complaint/)
  })

  test('a whole document: the letter alone, its stylesheet inline or linked, every value escaped', () => {
    const inline = renderHtmlDocument(model)
    assert.match(inline, /^<!DOCTYPE html>\n<html lang="en-GB">\n<head>\n<meta charset="utf-8">/)
    assert.ok(inline.includes(`<style>${LETTER_CSS}</style>`))
    assert.ok(inline.includes(`<title>${escapeHtml(model.title)}</title>`))
    for (const value of AWKWARD) assert.ok(inline.includes(escapeHtml(value)), value)
    assert.ok(!inline.includes(MARKUP))

    const linked = renderHtmlDocument(model, { stylesheetHref: '/letters/letter.css', screenNote: 'Print <this>' })
    assert.ok(linked.includes('<link rel="stylesheet" href="/letters/letter.css">'))
    assert.ok(!linked.includes('<style'))
    assert.ok(linked.includes('<p class="sendpath-letter-page__note">Print &lt;this&gt;</p>'))
  })

  test('download file names are plain ASCII', () => {
    assert.equal(letterFilename(model, 'docx'), 'sendpath-complaint-2026-11-02.docx')
    const odd = { type: 'complaint', dateIso: '2026-11-02"; x=<y>' } as const
    assert.equal(letterFilename(odd, 'pdf'), 'sendpath-complaint-2026-11-02xy.pdf')
  })
})
