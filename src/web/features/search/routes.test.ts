import { after, before, test } from 'node:test'
import assert from 'node:assert/strict'
import type { FastifyInstance } from 'fastify'
import { testApp } from '../../../../test/support/app.js'
import { MAX_QUERY_LENGTH } from '../../../content/search.js'
import { searchQuery } from './routes.js'

let app: FastifyInstance
before(async () => {
  app = await testApp()
})
after(() => app.close())

const resultLinks = (html: string) =>
  [.../<ol class="govuk-list app-guidance-list" data-testid="results">([\s\S]*?)<\/ol>/.exec(html)?.[1]?.matchAll(/href="\/guidance\/([a-z-]+)"/g) ?? []].map((m) => m[1])
const inputValue = (html: string) => /<input class="govuk-input app-search__input" id="q" name="q" type="search" value="([^"]*)"/.exec(html)?.[1]

test('"mediation" finds the mediation page first, as a link with its summary', async () => {
  const res = await app.inject('/search?q=mediation')
  assert.equal(res.statusCode, 200)
  const links = resultLinks(res.body)
  assert.equal(links[0], 'mediation')
  assert.match(res.body, /<a class="govuk-link" href="\/guidance\/mediation">What are mediation and the mediation certificate\?<\/a>/)
  assert.match(res.body, /data-testid="result-count">\d+ pages? found for "mediation"<\/h2>/)
  assert.equal(inputValue(res.body), 'mediation')
  assert.match(res.body, /<title>Search results for &quot;mediation&quot; – sendpath<\/title>/)
})

test('the page has the search form with a label, a search box and a button; the label is the heading', async () => {
  const res = await app.inject('/search')
  assert.match(res.body, /<h1 class="govuk-label-wrapper"><label class="govuk-label govuk-label--l" for="q">Search the guidance<\/label><\/h1>/)
  assert.match(res.body, /<input class="govuk-input app-search__input" id="q" name="q" type="search"/)
  assert.match(res.body, /<button type="submit" class="govuk-button app-search__button" data-module="govuk-button">Search<\/button>/)
})

test('an empty query: the form, no results and no error', async () => {
  for (const url of ['/search', '/search?q=', '/search?q=%20%20']) {
    const res = await app.inject(url)
    assert.equal(res.statusCode, 200, url)
    assert.doesNotMatch(res.body, /data-testid="(?:results|no-results)"/)
    assert.doesNotMatch(res.body, /govuk-error/)
    assert.equal(inputValue(res.body), '')
  }
})

test('no results: a helpful message', async () => {
  const res = await app.inject('/search?q=xylophone')
  assert.equal(res.statusCode, 200)
  assert.match(res.body, /data-testid="no-results">No guidance found for "xylophone"<\/h2>/)
  assert.match(res.body, /check the spelling/)
  assert.match(res.body, /<a class="govuk-link" href="\/guidance">look through all the guidance<\/a>/)
})

test('the query is escaped wherever it is echoed back', async () => {
  const res = await app.inject(`/search?q=${encodeURIComponent('<script>alert("x")</script>')}`)
  assert.equal(res.statusCode, 200)
  assert.doesNotMatch(res.body, /<script>alert/)
  assert.equal(inputValue(res.body), '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;')
  assert.match(res.body, /No guidance found for "&lt;script&gt;alert\(&quot;x&quot;\)&lt;\/script&gt;"/)
  assert.match(res.body, /<title>Search results for &quot;&lt;script&gt;/)
  const attr = await app.inject(`/search?q=${encodeURIComponent('" autofocus onfocus="alert(1)')}`)
  assert.doesNotMatch(attr.body, /value="" autofocus/)
})

test('a 1,000-character query does not error, and is cut to 200 characters', async () => {
  const long = 'appeal tribunal '.repeat(70).slice(0, 1000)
  const res = await app.inject(`/search?q=${encodeURIComponent(long)}`)
  assert.equal(res.statusCode, 200)
  assert.equal(inputValue(res.body), long.slice(0, MAX_QUERY_LENGTH).trim())
  assert.ok(resultLinks(res.body).includes('appeals'))
  const oneWord = await app.inject(`/search?q=${'a'.repeat(1000)}`)
  assert.equal(oneWord.statusCode, 200)
})

test('odd queries never fail: repeated q, symbols, non-Latin text', async () => {
  for (const url of ['/search?q=appeal&q=mediation', '/search?q=%22%27%3C%3E%26', '/search?q=%D8%A7%D8%B3%D8%AA%D8%A6%D9%86%D8%A7%D9%81', '/search?q=***', '/search?q[]=x']) {
    assert.equal((await app.inject(url)).statusCode, 200, url)
  }
})

test('searchQuery takes the first value, trims it and cuts it to the maximum', () => {
  assert.equal(searchQuery(['a', 'b']), 'a')
  assert.equal(searchQuery('  mediation '), 'mediation')
  assert.equal(searchQuery(undefined), '')
  assert.equal(searchQuery({ x: 1 }), '')
  assert.equal(searchQuery('x'.repeat(500)).length, MAX_QUERY_LENGTH)
})

test('"deadline" finds the appeals page first, and an area\'s name finds its local help', async () => {
  assert.equal(resultLinks((await app.inject('/search?q=deadline')).body)[0], 'appeals')
  const res = await app.inject('/search?q=Knowsley')
  assert.match(res.body, /data-testid="results">\s*<li class="app-guidance-list__item">\s*<h3[^>]*><a class="govuk-link" href="\/local-help\?area=knowsley">Help in Knowsley<\/a>/)
})

test('every page has the search box in its header: a GET form to /search, no JavaScript', async () => {
  const header = (html: string) => /<header class="app-header"[\s\S]*?<\/header>/.exec(html)?.[0] ?? ''
  for (const url of ['/', '/guidance', '/guidance/appeals', '/local-help', '/local-help?area=liverpool', '/search?q=appeal', '/start', '/letters', '/about', '/no-such-page']) {
    const h = header((await app.inject(url)).body)
    assert.match(h, /<form class="app-header__search app-no-print" method="get" action="\/search" role="search"/, url)
    assert.match(h, /<label class="app-header__search-label" for="header-search">[^<]+<\/label>/, url)
    assert.match(h, /<input [^>]*id="header-search" name="q" type="search"/, url)
    assert.match(h, /<button type="submit"[^>]*>Search<\/button>/, url)
  }
})
