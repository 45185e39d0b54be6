import assert from 'node:assert/strict'
import { test } from 'node:test'
import { SOURCES } from '../law/citations.js'
import { CONTENT_SOURCES, GuidanceFrontMatter, NationalFile } from './schema.js'

const page = {
  title: 'T',
  slug: 'a-page',
  summary: 'One sentence.',
  order: 1,
  citations: [{ source: 'CFA 2014', ref: 's.51', grade: 'P' }],
}

test('content cites the law by the same source ids as src/law', () => {
  for (const source of CONTENT_SOURCES) assert.ok(source in SOURCES, `${source} is not a law source id`)
})

test('guidance front matter: one-sentence summary, known sources, string refs', () => {
  assert.equal(GuidanceFrontMatter.safeParse(page).success, true)
  assert.equal(GuidanceFrontMatter.safeParse({ ...page, summary: 'One. Two.' }).success, false)
  assert.equal(GuidanceFrontMatter.safeParse({ ...page, citations: [] }).success, false)
  const cite = (c: object) => GuidanceFrontMatter.safeParse({ ...page, citations: [{ ...page.citations[0], ...c }] })
  assert.equal(cite({ source: 'Made Up Act 2099' }).success, false)
  assert.equal(cite({ ref: 11.1 }).success, false)
  assert.equal(cite({ grade: 'X' }).success, false)
  assert.equal(GuidanceFrontMatter.safeParse({ ...page, slug: 'Bad Slug' }).success, false)
})

test('national services: http(s) URLs with a domain, unique ids', () => {
  const service = { id: 'x', name: 'X', description: 'D.', website: 'https://x.org.uk' }
  assert.equal(NationalFile.safeParse({ services: [service] }).success, true)
  for (const website of ['javascript:alert(1)', 'ftp://x.org', 'https://localhost', 'www.x.org']) {
    assert.equal(NationalFile.safeParse({ services: [{ ...service, website }] }).success, false, website)
  }
  assert.equal(NationalFile.safeParse({ services: [service, service] }).success, false)
})
