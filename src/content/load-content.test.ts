import assert from 'node:assert/strict'
import { rmSync } from 'node:fs'
import { test } from 'node:test'
import { ContentError, loadContent, type ContentProblem } from './load-content.js'
import { GUIDANCE_SLUGS } from './schema.js'
import { validArea, validNational, validPage, writeContentDir } from './test-fixtures.js'

const content = loadContent()

/** Loads a fixture folder and returns the ContentError's problems (failing if it loads). */
function problemsFor(files: Record<string, string>): { error: ContentError; problems: ContentProblem[] } {
  const dir = writeContentDir(files)
  try {
    loadContent(dir)
  } catch (error) {
    assert.ok(error instanceof ContentError, `expected ContentError, got ${String(error)}`)
    return { error, problems: error.problems }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
  assert.fail('expected loadContent to throw')
}

function hasProblem(problems: ContentProblem[], file: string, pattern: RegExp): void {
  const got = problems.map((p) => `${p.file}: ${p.message}`).join('\n')
  assert.ok(
    problems.some((p) => p.file === file && pattern.test(p.message)),
    `expected a problem in ${file} matching ${pattern}; got:\n${got}`,
  )
}

test('the real content loads with no problems', () => {
  assert.ok(content.guidance.length >= GUIDANCE_SLUGS.length)
  assert.equal(content.guidanceBySlug.size, content.guidance.length)
})

test('every guidance page the service links to exists', () => {
  for (const slug of GUIDANCE_SLUGS) assert.ok(content.guidanceBySlug.has(slug), `missing guidance page ${slug}`)
})

test('guidance is sorted by order', () => {
  const orders = content.guidance.map((p) => p.order)
  assert.deepEqual(orders, [...orders].sort((a, b) => a - b))
})

test('each page cites at least one source and names Code of Practice paragraphs or chapters in its text', () => {
  for (const page of content.guidance) {
    assert.ok(page.citations.length > 0, `${page.slug} cites nothing`)
    if (page.citations.some((c) => c.source === 'SEND Code of Practice 2015')) {
      assert.match(page.text, /paragraphs? \d+\.\d+|chapter \d+/, `${page.slug} cites the Code but never names a paragraph or chapter`)
    }
  }
})

test('each page is 300 to 700 words, with plain text and HTML rendered', () => {
  for (const page of content.guidance) {
    const words = page.text.split(/\s+/).filter(Boolean).length
    assert.ok(words >= 300 && words <= 700, `${page.slug} has ${words} words`)
    assert.match(page.html, /<h2>/)
    assert.doesNotMatch(page.html, /<(?:script|iframe|h1|img)/i)
    assert.doesNotMatch(page.text, /[<>*#]/, `${page.slug} text still has markup`)
  }
})

test('Liverpool and Knowsley directories load with the SENDIASS details from the leaflet', () => {
  for (const id of ['liverpool', 'knowsley']) {
    const area = content.areas.get(id)
    assert.ok(area, `missing area ${id}`)
    assert.equal(area.sendiass.phone, '0800 012 9066')
    assert.equal(area.sendiass.email, 'liverpoolandknowsleysend@wired.me.uk')
    assert.equal(area.sendiass.website, 'https://www.liverpoolandknowsleysend.com')
  }
  assert.equal(content.areas.has('national'), false)
})

test('national services include the advice bodies and the Tribunal', () => {
  const ids = content.national.map((s) => s.id)
  const expected = ['coram-childrens-legal-centre', 'ipsea', 'local-government-ombudsman', 'send-tribunal', 'contact']
  for (const id of expected) assert.ok(ids.includes(id), `missing national service ${id}`)
})

test('a valid fixture folder loads, and bare dates in YAML stay strings', () => {
  const dir = writeContentDir({
    'guidance/alpha.md': validPage('alpha', 2),
    'guidance/beta.md': validPage('beta', 1),
    'areas/testshire.yaml': validArea('testshire').replace('Phone for opening times', '2026-01-01'),
    'areas/national.yaml': validNational,
  })
  try {
    const loaded = loadContent(dir)
    assert.deepEqual(
      loaded.guidance.map((p) => p.slug),
      ['beta', 'alpha'],
    )
    assert.equal(loaded.areas.get('testshire')?.sendiass.opening, '2026-01-01')
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})

test('a bad guidance file is reported with every problem, naming the file', () => {
  const bad = `---
title: Bad page
slug: not-the-file-name
summary: One sentence.
summary: A second summary.
order: 1
colour: blue
citations:
  - source: CFA 2014
    ref: s.51
    grade: P
---

## Hello

Some text with <span onclick="x()">raw HTML</span>.
`
  const { error, problems } = problemsFor({
    'guidance/bad-page.md': bad,
    'guidance/good.md': validPage('good', 2),
    'areas/national.yaml': validNational,
  })
  const file = 'guidance/bad-page.md'
  hasProblem(problems, file, /duplicate key/)
  hasProblem(problems, file, /Unrecognized key.*colour/)
  hasProblem(problems, file, /^slug: must equal the file name \("bad-page"\)/)
  hasProblem(problems, file, /raw HTML/)
  assert.ok(problems.every((p) => p.file === file), 'the good file has no problems')
  assert.match(error.message, /guidance\/bad-page\.md: /)
  assert.match(error.message, /^Content has 5 problems:/)
})

test('bad area and national files are reported together with guidance problems', () => {
  const { problems } = problemsFor({
    'guidance/one.md': validPage('one', 1).replace('grade: P', 'grade: maybe'),
    'guidance/two.md': validPage('two', 1, '# A top heading\n\n[click](javascript:alert(1))'),
    'guidance/four.md': validPage('four', 1),
    'guidance/notes.txt': 'stray',
    'guidance/three.md': 'no front matter here',
    'areas/testshire.yaml': validArea('testshire')
      .replace('https://example.org.uk/local-offer', 'not a url')
      .replace('id: testshire', 'id: elsewhere')
      .replace("'0800 012 9066'", 'call us'),
    'areas/broken.yaml': 'id: [unclosed',
    'areas/national.yaml': validNational.replace('https://www.ipsea.org.uk', 'javascript:alert(1)'),
  })
  hasProblem(problems, 'guidance/one.md', /citations\[0\]\.grade/)
  hasProblem(problems, 'guidance/two.md', /"##" headings only/)
  hasProblem(problems, 'guidance/two.md', /link must be/)
  hasProblem(problems, 'guidance/two.md', /order 1 is also used by four\.md/)
  hasProblem(problems, 'guidance/notes.txt', /unexpected entry/)
  hasProblem(problems, 'guidance/three.md', /front matter/)
  hasProblem(problems, 'areas/testshire.yaml', /^localOffer\.website: /)
  hasProblem(problems, 'areas/testshire.yaml', /^id: must equal the file name/)
  hasProblem(problems, 'areas/testshire.yaml', /^sendiass\.phone: /)
  hasProblem(problems, 'areas/broken.yaml', /^YAML line 1/)
  hasProblem(problems, 'areas/national.yaml', /^services\[0\]\.website: /)
})

test('missing folders and a missing national file are reported', () => {
  const { problems } = problemsFor({ 'README.md': 'nothing here' })
  hasProblem(problems, 'guidance', /folder is missing/)
  hasProblem(problems, 'areas', /folder is missing/)
  hasProblem(problems, 'areas/national.yaml', /file is missing/)
})

test('every link from one guidance page to another names a page that exists', () => {
  const slugs = new Set(content.guidance.map((p) => p.slug))
  for (const page of content.guidance) {
    for (const m of page.html.matchAll(/href="\/guidance\/([^"#?]+)"/g)) assert.ok(slugs.has(m[1] ?? ''), `${page.slug} links to ${m[1]}`)
  }
  const young = content.guidanceBySlug.get('young-people')
  assert.match(young?.html ?? '', /href="\/guidance\/appeals"/)
})
