import assert from 'node:assert/strict'
import { test } from 'node:test'
import { loadContent } from './load-content.js'

// Issue 8: "see our appeals page" and every other cross-reference in the guidance is a link, and each link
// to another guidance page goes to a page that exists.

const content = loadContent()

/** The page's text with every link's words taken out: what is left must not point anywhere in words alone. */
const textOutsideLinks = (html: string) =>
  html
    .replace(/<a\b[^>]*>[\s\S]*?<\/a>/g, ' [link] ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')

// "see our appeals page", "our page on complaints", "our pages on mediation and appeals", "see the page on ...",
// "as our appeals page explains": a reference to a page of ours in words.
// "our pages on [link] and [link]" is linked: the words after "on" are the links.
const UNLINKED_REFERENCE = /\b(?:(?:see|read) (?:our|the)|our) [\w -]{0,40}?\bpages?\b(?! (?:on|about) \[link\])/i

function unlinkedReferences(html: string): string[] {
  return [...textOutsideLinks(html).matchAll(new RegExp(UNLINKED_REFERENCE, 'gi'))].map((m) => m[0])
}

test('the check finds an unlinked "see our ... page" and passes a linked one', () => {
  assert.deepEqual(unlinkedReferences('<p>Appeal time limits keep running. See our appeals page.</p>'), ['See our appeals page'])
  assert.deepEqual(unlinkedReferences('<p>See our page on complaints.</p>'), ['See our page'])
  assert.deepEqual(unlinkedReferences('<p>See <a href="/guidance/appeals">our appeals page</a>.</p>'), [])
  assert.deepEqual(unlinkedReferences('<p>See our pages on <a href="/guidance/mediation">mediation</a> and <a href="/guidance/appeals">appeals</a>.</p>'), [])
})

for (const page of content.guidance) {
  test(`${page.slug}: every cross-reference is a link to a page that exists`, () => {
    assert.deepEqual(unlinkedReferences(page.html), [], 'references to our pages without a link')
    for (const [, slug] of page.html.matchAll(/href="\/guidance\/([^"#?]+)/g)) {
      assert.ok(content.guidanceBySlug.has(slug!), `${page.slug} links to /guidance/${slug}, which does not exist`)
    }
  })
}
