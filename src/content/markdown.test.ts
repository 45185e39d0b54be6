import assert from 'node:assert/strict'
import { test } from 'node:test'
import { renderMarkdown } from './markdown.js'

test('raw HTML is refused and escaped, never passed through', () => {
  const { html, problems } = renderMarkdown('Hello <b onclick="x()">there</b>.\n\n<script>alert(1)</script>\n')
  assert.equal(problems.filter((p) => p.startsWith('raw HTML')).length, 3)
  assert.doesNotMatch(html, /<script|<b /)
  assert.match(html, /&lt;script&gt;/)
})

test('unsafe links are refused and rendered without an href', () => {
  const { html, problems } = renderMarkdown('[GOV.UK](https://www.gov.uk) and [bad](javascript:alert(1))')
  assert.equal(problems.length, 1)
  assert.match(html, /<a href="https:\/\/www.gov.uk">GOV.UK<\/a>/)
  assert.doesNotMatch(html, /javascript:/)
})

test('only level-2 headings are allowed', () => {
  assert.deepEqual(renderMarkdown('## Fine\n\ntext').problems, [])
  assert.equal(renderMarkdown('# Title\n\n### Sub').problems.length, 2)
})

test('plain text keeps words and drops markup', () => {
  const source = '## Why?\n\nYou **must** ask within *2 months*.\n\n- one\n- two [link](https://x.org)\n'
  const { text } = renderMarkdown(source)
  assert.equal(text, 'Why?\nYou must ask within 2 months.\none\ntwo link')
})
