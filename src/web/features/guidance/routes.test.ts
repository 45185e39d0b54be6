import { after, before, describe, test } from 'node:test'
import assert from 'node:assert/strict'
import type { FastifyInstance } from 'fastify'
import { testApp } from '../../../../test/support/app.js'
import { loadContent } from '../../../content/load-content.js'
import { citationInWords } from './citations.js'
import { relatedGuidance } from './routes.js'

let app: FastifyInstance
before(async () => {
  app = await testApp()
})
after(() => app.close())

const content = loadContent()
const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;')
const section = (html: string, testid: string) =>
  new RegExp(`<(section|nav) [^>]*data-testid="${testid}"[^>]*>([\\s\\S]*?)</\\1>`).exec(html)?.[2] ?? ''

describe('GET /guidance', () => {
  test('lists every page in order, each a link with its summary', async () => {
    const res = await app.inject('/guidance')
    assert.equal(res.statusCode, 200)
    const links = [...res.body.matchAll(/<a class="govuk-link" href="\/guidance\/([a-z-]+)">/g)].map((m) => m[1])
    assert.deepEqual(links, content.guidance.map((p) => p.slug))
    for (const page of content.guidance) assert.ok(res.body.includes(escapeHtml(page.summary)), page.slug)
  })

  test('has a search form at the top', async () => {
    const res = await app.inject('/guidance')
    assert.match(res.body, /<form class="app-search" method="get" action="\/search"/)
    assert.match(res.body, /<label class="govuk-label govuk-label--m" for="q">Search the guidance<\/label>/)
    assert.match(res.body, /<input class="govuk-input app-search__input" id="q" name="q" type="search"/)
    assert.ok(res.body.indexOf('action="/search"') < res.body.indexOf('data-testid="guidance-list"'))
  })
})

describe('GET /guidance/:slug', () => {
  for (const page of content.guidance) {
    test(`${page.slug}: title, body, every citation in words with its grade note`, async () => {
      const res = await app.inject(`/guidance/${page.slug}`)
      assert.equal(res.statusCode, 200)
      assert.ok(res.body.includes(`<h1 class="govuk-heading-xl">${escapeHtml(page.title)}</h1>`))
      assert.ok(res.body.includes(`<div class="govuk-body app-prose" data-testid="guidance-body">\n      ${page.html}`))
      const sources = section(res.body, 'sources')
      assert.match(sources, /<h2 class="govuk-heading-m" id="sources-heading">Where this comes from<\/h2>/)
      const items = [...sources.matchAll(/<li>([\s\S]*?)<\/li>/g)].map((m) => m[1] ?? '')
      assert.equal(items.length, page.citations.length)
      page.citations.forEach((c, i) => {
        const words = citationInWords(c)
        const item = items[i] ?? ''
        assert.ok(item.startsWith(escapeHtml(words.text)), `${item} starts with ${words.text}`)
        if (c.grade === 'U') assert.ok(item.includes('(not yet checked against the original text)'), item)
        if (c.grade === 'S') assert.ok(item.includes('(from secondary sources)'), item)
        if (c.grade === 'P') assert.doesNotMatch(item, /app-grade-note/)
      })
    })
  }

  test('the Code of Practice is cited in words: paragraphs 11.13 to 11.38', async () => {
    const res = await app.inject('/guidance/mediation')
    assert.match(section(res.body, 'sources'), /SEND Code of Practice 2015, paragraphs 11\.13 to 11\.38 <span class="app-grade-note" data-grade="S">\(from secondary sources\)<\/span>/)
  })

  test('links to related guidance, never to itself', async () => {
    for (const page of content.guidance) {
      const related = section((await app.inject(`/guidance/${page.slug}`)).body, 'related')
      const slugs = [...related.matchAll(/href="\/guidance\/([a-z-]+)"/g)].map((m) => m[1])
      assert.ok(slugs.length >= 2, `${page.slug} has related pages`)
      assert.ok(!slugs.includes(page.slug), `${page.slug} does not link to itself`)
      assert.equal(new Set(slugs).size, slugs.length)
    }
  })

  test('who can help: the chosen area\'s SENDIASS, or a link to choose an area', async () => {
    const none = section((await app.inject('/guidance/first-steps')).body, 'who-can-help')
    assert.match(none, /<a class="govuk-link" href="\/local-help">Choose where you live<\/a>/)

    const chosen = section((await app.inject({ url: '/guidance/first-steps', cookies: { area: 'knowsley' } })).body, 'who-can-help')
    assert.match(chosen, /In Knowsley, contact:/)
    assert.match(chosen, /Liverpool &amp; Knowsley SENDIASS/)
    assert.match(chosen, /<a class="govuk-link app-directory__link" href="tel:08000129066">0800 012 9066<\/a>/)
    assert.match(chosen, /href="mailto:liverpoolandknowsleysend@wired.me.uk"/)

    const other = section((await app.inject({ url: '/guidance/first-steps', cookies: { area: 'other' } })).body, 'who-can-help')
    assert.match(other, /We do not have local details for your area yet/)

    const stale = section((await app.inject({ url: '/guidance/first-steps', cookies: { area: 'atlantis' } })).body, 'who-can-help')
    assert.match(stale, /Choose where you live/)
  })

  test('every guidance page gives the SENDIASS phone number near the top: both areas\' with none chosen', async () => {
    const line = (body: string) => /data-testid="sendiass-phone">([\s\S]*?)<\/div>/.exec(body)?.[1] ?? ''
    for (const page of content.guidance) {
      const none = line((await app.inject(`/guidance/${page.slug}`)).body)
      assert.match(none, /Free advice in Liverpool and Knowsley: call Liverpool &amp; Knowsley SENDIASS on <a [^>]*>0800 012 9066<\/a>/, page.slug)
    }
    const chosen = line((await app.inject({ url: '/guidance/appeals', cookies: { area: 'liverpool' } })).body)
    assert.match(chosen, /Free advice in Liverpool: call/)
  })

  test('an unknown page is the 404 page', async () => {
    for (const url of ['/guidance/no-such-page', '/guidance/MEDIATION', '/guidance/%3Cscript%3E']) {
      const res = await app.inject(url)
      assert.equal(res.statusCode, 404, url)
      assert.match(res.body, /<h1 class="govuk-heading-l">Page not found<\/h1>/)
    }
  })
})

test('related guidance: the next page in order comes first, and the last page points back', () => {
  const related = relatedGuidance(content.guidance)
  const [first, second] = content.guidance
  assert.equal(related.get(first?.slug ?? '')?.[0]?.slug, second?.slug)
  const last = content.guidance[content.guidance.length - 1]
  const beforeLast = content.guidance[content.guidance.length - 2]
  assert.equal(related.get(last?.slug ?? '')?.[0]?.slug, beforeLast?.slug)
})
