import assert from 'node:assert/strict'
import { test } from 'node:test'
import { loadContent } from './load-content.js'
import { createGuidanceSearch, MAX_QUERY_LENGTH } from './search.js'

const content = loadContent()
const { search } = createGuidanceSearch(content.guidance)
const slugs = new Set(content.guidance.map((p) => p.slug))

test('"mediation certificate" finds the mediation page first', () => {
  assert.equal(search('mediation certificate')[0]?.slug, 'mediation')
})

test('"tribunal" finds the appeals page first', () => {
  assert.equal(search('tribunal')[0]?.slug, 'appeals')
})

test('a typo still finds the right page', () => {
  assert.equal(search('mediaton')[0]?.slug, 'mediation')
})

test('results carry slug, title, summary and score, best first, within the limit', () => {
  const results = search('appeal', 3)
  assert.ok(results.length > 0 && results.length <= 3)
  for (const r of results) {
    const page = content.guidanceBySlug.get(r.slug)
    assert.ok(page)
    assert.deepEqual({ title: r.title, summary: r.summary }, { title: page.title, summary: page.summary })
    assert.equal(typeof r.score, 'number')
  }
  assert.deepEqual(
    results.map((r) => r.score),
    results.map((r) => r.score).sort((a, b) => b - a),
  )
  assert.deepEqual(search('appeal', 0), [])
})

test('empty and whitespace queries return nothing', () => {
  assert.deepEqual(search(''), [])
  assert.deepEqual(search('   \n\t '), [])
})

test('very long queries are truncated, not refused', () => {
  const words = 'mediation tribunal exclusion complaint '.repeat(30)
  assert.ok(words.length > 1000)
  assert.doesNotThrow(() => search(words))
  assert.doesNotThrow(() => search('a'.repeat(1000)))
  assert.doesNotThrow(() => search('x'.repeat(MAX_QUERY_LENGTH - 5) + ' mediation'))
  // Only the first 200 characters count, so a word after them changes nothing.
  const head = 'ombudsman '.repeat(MAX_QUERY_LENGTH / 10)
  assert.deepEqual(search(`${head}discrimination`), search(head))
})

test('20 varied queries all complete with valid results', () => {
  const queries = [
    'mediation certificate',
    'tribunal',
    'mediaton',
    'my child was excluded',
    'suspension',
    'council is late',
    '20 weeks',
    'annual review',
    'Ombudsman',
    'disability discrimination',
    'reasonable adjustments',
    'SENCO',
    'complaint about school',
    'EHC needs assessment',
    'Christmas deadline',
    'August',
    'health and social care recommendations',
    'what if I do not agree?',
    '<script>alert(1)</script>',
    '***  ~~ (( [] ))',
  ]
  for (const q of queries) {
    const results = search(q)
    assert.ok(Array.isArray(results), q)
    for (const r of results) assert.ok(slugs.has(r.slug), `${q} gave unknown slug ${r.slug}`)
  }
  assert.equal(search('my child was excluded')[0]?.slug, 'exclusions')
  assert.equal(search('disability discrimination')[0]?.slug, 'disability-discrimination')
  assert.equal(search('council is late')[0]?.slug, 'still-waiting')
})

test('the pages for the plan’s later life, appeals already made, travel and young people are found', () => {
  const first = (q: string) => search(q)[0]?.slug
  assert.equal(first('annual review'), 'annual-reviews')
  assert.equal(first('proposed amendments'), 'annual-reviews')
  assert.equal(first('phase transfer'), 'moving-school')
  assert.equal(first('hearing'), 'after-you-appeal')
  assert.equal(first('order not carried out'), 'tribunal-orders')
  assert.equal(first('school transport'), 'school-travel')
  assert.equal(first('mental capacity'), 'young-people')
})

test('"deadline" finds the appeals page first: its keywords say what the page calls a time limit', () => {
  for (const q of ['deadline', 'deadlines', 'appeal deadline']) assert.equal(search(q)[0]?.slug, 'appeals', q)
  assert.equal(search('deadline')[0]?.href, '/guidance/appeals')
})
