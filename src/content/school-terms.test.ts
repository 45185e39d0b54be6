import assert from 'node:assert/strict'
import { test } from 'node:test'
import { rmSync } from 'node:fs'
import { ContentError, loadContent } from './load-content.js'
import { OpeningHours, SchoolTerms, SchoolYear } from './schema.js'
import { validArea, validNational, validPage, writeContentDir } from './test-fixtures.js'

// The term dates the engine will count school days with: bad data must fail loudly, each for its own reason.

const year = {
  year: '2025/26',
  status: 'published',
  source: 'https://example.gov.uk/term-dates',
  checkedOn: '2026-12-01',
  terms: [
    { start: '2025-09-01', end: '2025-10-24' },
    { start: '2025-11-03', end: '2025-12-19' },
    { start: '2026-01-05', end: '2026-03-27' },
    { start: '2026-04-13', end: '2026-07-20' },
  ],
  // May Day and the spring bank holiday fall inside the last range.
  closures: [
    { date: '2026-05-04', kind: 'bank-holiday' },
    { date: '2026-05-25', kind: 'bank-holiday' },
    { date: '2026-06-26', kind: 'inset' },
  ],
}

/** The messages zod gives, with their paths, so each test shows why the data was refused. */
function problems(schema: typeof SchoolYear | typeof SchoolTerms | typeof OpeningHours, data: unknown): string[] {
  const result = schema.safeParse(data)
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)
}

const withTerms = (terms: object[], closures: object[] = []) => ({ ...year, terms, closures })

test('a published year with ordered terms and its bank holidays listed is accepted', () => {
  assert.deepEqual(problems(SchoolYear, year), [])
})

test('dates must be real ISO dates', () => {
  for (const start of ['2026-02-30', '2025-9-1', '01/09/2025', '2025-09-01T00:00']) {
    const found = problems(SchoolYear, withTerms([{ start, end: '2025-10-24' }]))
    assert.ok(found.some((p) => p.startsWith('terms.0.start: date must be a real date')), `${start}: ${found.join('; ')}`)
  }
  assert.ok(problems(SchoolYear, { ...year, checkedOn: '2026-13-01' }).some((p) => p.startsWith('checkedOn:')))
})

test('a range must not end before it starts, and must start and end on weekdays', () => {
  assert.deepEqual(problems(SchoolYear, withTerms([{ start: '2025-10-24', end: '2025-09-01' }])), [
    'terms.0.end: must not end before it starts',
  ])
  // 2025-09-06 is a Saturday, 2025-10-26 a Sunday.
  assert.deepEqual(problems(SchoolYear, withTerms([{ start: '2025-09-06', end: '2025-10-24' }])), [
    'terms.0.start: must start on a weekday',
  ])
  assert.deepEqual(problems(SchoolYear, withTerms([{ start: '2025-09-01', end: '2025-10-26' }])), [
    'terms.0.end: must end on a weekday',
  ])
})

test('ranges must be in order and must not overlap or touch', () => {
  const a = { start: '2025-09-01', end: '2025-10-24' }
  const b = { start: '2025-11-03', end: '2025-12-19' }
  assert.deepEqual(problems(SchoolYear, withTerms([b, a])), ['terms.1.start: must start after the previous term ends'])
  assert.deepEqual(problems(SchoolYear, withTerms([a, { start: '2025-10-24', end: '2025-12-19' }])), [
    'terms.1.start: must start after the previous term ends',
  ])
})

test('ranges must fall within the academic year, 1 August to 31 July', () => {
  assert.ok(
    problems(SchoolYear, withTerms([{ start: '2025-07-28', end: '2025-10-24' }])).includes('terms.0: must fall between 2025-08-01 and 2026-07-31'),
  )
  assert.ok(problems(SchoolYear, { ...year, year: '2024/25' }).includes('terms.0: must fall between 2024-08-01 and 2025-07-31'))
  assert.deepEqual(problems(SchoolYear, { ...year, year: '2025/27' }), ['year: must name two years in a row, such as 2026/27'])
  assert.ok(problems(SchoolYear, { ...year, year: '2025-26' }).some((p) => p.startsWith('year: must look like')))
})

test('every bank holiday inside a term is listed, so it is never counted as a school day', () => {
  assert.deepEqual(problems(SchoolYear, { ...year, closures: year.closures.slice(1) }), [
    'closures: must list the bank holiday on 2026-05-04 as a closure',
  ])
})

test('closures: real bank holidays, weekdays inside a term, listed once', () => {
  const closures = (extra: object) => ({ ...year, closures: [...year.closures, extra] })
  assert.deepEqual(problems(SchoolYear, closures({ date: '2026-05-05', kind: 'bank-holiday' })), [
    'closures.3.date: is not a bank holiday in England',
  ])
  // 2025-10-28 is in half term; 2025-09-06 is a Saturday.
  assert.deepEqual(problems(SchoolYear, closures({ date: '2025-10-28', kind: 'inset' })), ['closures.3.date: must be a weekday inside a term'])
  assert.deepEqual(problems(SchoolYear, closures({ date: '2025-09-06', kind: 'other' })), ['closures.3.date: must be a weekday inside a term'])
  assert.deepEqual(problems(SchoolYear, closures({ date: '2026-06-26', kind: 'inset' })), ['closures.3.date: is listed twice'])
  assert.ok(problems(SchoolYear, closures({ date: '2026-06-25', kind: 'training' })).length > 0)
})

test('only a published year has terms; a published year must have them', () => {
  for (const status of ['not-yet-published', 'not-confirmed']) {
    assert.deepEqual(problems(SchoolYear, { ...year, status }), [`terms: must have no terms or closures when ${status}`])
    assert.deepEqual(problems(SchoolYear, { year: '2027/28', status, source: year.source, checkedOn: year.checkedOn }), [])
  }
  assert.deepEqual(problems(SchoolYear, withTerms([])), ['terms: a published year needs its terms'])
  assert.ok(problems(SchoolYear, { ...year, status: 'draft' }).some((p) => p.startsWith('status:')))
  assert.ok(problems(SchoolYear, { ...year, source: 'not a url' }).some((p) => p.startsWith('source:')))
  assert.ok(problems(SchoolYear, { ...year, extra: 1 }).length > 0, 'strict: unknown keys are refused')
})

test('academic years are listed in order, one after another', () => {
  const next = { year: '2026/27', status: 'not-confirmed', source: year.source, checkedOn: year.checkedOn }
  const later = { ...next, year: '2027/28' }
  assert.deepEqual(problems(SchoolTerms, { appliesTo: 'All schools', years: [year, next, later] }), [])
  assert.deepEqual(problems(SchoolTerms, { appliesTo: 'All schools', years: [year, later] }), [
    'years: must list academic years in order, one after another',
  ])
  assert.deepEqual(problems(SchoolTerms, { appliesTo: 'All schools', years: [next, year] }), [
    'years: must list academic years in order, one after another',
  ])
})

test('opening hours: 24-hour times, closing after opening, each day once', () => {
  const hours = { days: ['Mon', 'Tue'], opens: '09:00', closes: '17:00' }
  assert.deepEqual(problems(OpeningHours, hours), [])
  assert.deepEqual(problems(OpeningHours, { ...hours, closes: '09:00' }), ['closes: must close after it opens'])
  assert.deepEqual(problems(OpeningHours, { ...hours, days: ['Mon', 'Mon'] }), ['days: must not repeat a day'])
  assert.ok(problems(OpeningHours, { ...hours, opens: '9am' }).some((p) => p.startsWith('opens: must be a 24-hour time')))
  assert.ok(problems(OpeningHours, { ...hours, days: ['Monday'] }).length > 0)
})

test('Liverpool and Knowsley give a status for each year from 2025/26 to 2027/28, with a source', () => {
  const content = loadContent()
  for (const id of ['liverpool', 'knowsley']) {
    const terms = content.areas.get(id)?.schoolTerms
    assert.ok(terms, id)
    assert.deepEqual(terms.years.map((y) => y.year), ['2025/26', '2026/27', '2027/28'], id)
    for (const y of terms.years) if (y.status !== 'published') assert.match(y.note ?? '', /^Not confirmed: /, `${id} ${y.year}`)
  }
})

test('the directory says what it could not confirm instead of leaving a blank', () => {
  const content = loadContent()
  for (const [id, area] of content.areas) {
    assert.notEqual(area.mediation.name, `Independent mediation service for ${area.name}`, `${id}: a named provider, not a placeholder`)
    const reachable = (c: { phone?: string; email?: string; website?: string; note?: string }) => Boolean(c.phone || c.email || c.website || c.note)
    assert.ok(reachable(area.mediation), `${id} mediation`)
    assert.ok(reachable(area.disagreementResolution), `${id} disagreement resolution`)
    assert.ok(reachable(area.senTeam), `${id} SEN team`)
    assert.ok(area.complaints.council.website?.startsWith('https://'), `${id} complaints page`)
    assert.ok(area.localOffer.website.startsWith('https://'), `${id} Local Offer over https`)
    assert.ok(area.sendiass.openingHours ?? area.sendiass.note, `${id} SENDIASS opening hours or a note`)
  }
})

test('an area file with overlapping terms is refused when the content loads, naming the place', () => {
  const terms = `schoolTerms:
  appliesTo: Community schools
  years:
    - year: 2026/27
      status: published
      source: https://example.gov.uk/term-dates
      checkedOn: 2026-12-01
      terms:
        - { start: 2026-09-01, end: 2026-10-23 }
        - { start: 2026-10-19, end: 2026-12-18 }
`
  const dir = writeContentDir({
    'guidance/alpha.md': validPage('alpha', 1),
    'areas/testshire.yaml': validArea('testshire') + terms,
    'areas/national.yaml': validNational,
  })
  try {
    assert.throws(
      () => loadContent(dir),
      (error: unknown) =>
        error instanceof ContentError &&
        error.problems.some((p) => p.file === 'areas/testshire.yaml' && /^schoolTerms\.years\[0\]\.terms\[1\]\.start: must start after/.test(p.message)),
    )
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})
