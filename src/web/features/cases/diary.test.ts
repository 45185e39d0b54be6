import { after, before, describe, test } from 'node:test'
import assert from 'node:assert/strict'
import type { FastifyInstance } from 'fastify'
import { testAppWithStore } from '../../../../test/support/app.js'
import { addCaseThroughPages, postForm, signedInFamily, type Family } from './testing.js'

let app: FastifyInstance
let a: Family
let b: Family
before(async () => {
  app = await testAppWithStore()
  a = await signedInFamily(app)
  b = await signedInFamily(app)
})
after(() => app.close())

const entry = (day: string, summary: string, more: Record<string, string> = {}) => ({ 'date-day': day, 'date-month': '10', 'date-year': '2026', kind: 'meeting', summary, ...more })

describe('the diary', () => {
  test('entries appear on the case page, latest first, with who was there and what was promised', async () => {
    const id = await addCaseThroughPages(app, a)
    const first = await postForm(app, a, `/cases/${id}/entries/new`, `/cases/${id}/entries`, entry('1', 'First meeting'))
    assert.equal(first.statusCode, 303, first.body)
    assert.equal(first.headers.location, `/cases/${id}#diary`)
    await postForm(app, a, `/cases/${id}/entries/new`, `/cases/${id}/entries`, entry('14', 'Review meeting', { people: 'SENCO, head', promisedWhat: 'Send the report', 'promisedBy-day': '31', 'promisedBy-month': '10', 'promisedBy-year': '2026' }))
    const page = (await app.inject({ url: `/cases/${id}`, cookies: a.cookies })).body
    assert.ok(page.indexOf('Review meeting') < page.indexOf('First meeting'), 'latest first')
    assert.match(page, /14 October 2026: Meeting/)
    assert.match(page, /SENCO, head/)
    assert.match(page, /Send the report<\/p>|Send the report, by 31 October 2026/)
  })

  test('bad input: each problem in the error summary, linked to its field, with what was typed kept', async () => {
    const id = await addCaseThroughPages(app, a)
    const res = await postForm(app, a, `/cases/${id}/entries/new`, `/cases/${id}/entries`, { 'date-day': '32', 'date-month': '10', 'date-year': '2026', kind: 'gossip', summary: '', people: 'Ms Lee' })
    assert.equal(res.statusCode, 400)
    assert.match(res.body, /href="#date-day">The date must be a real date/)
    assert.match(res.body, /href="#kind">Select what kind of contact or record it was/)
    assert.match(res.body, /href="#summary">Enter what was said or agreed/)
    assert.match(res.body, /value="Ms Lee"/)
    const promisedDateOnly = await postForm(app, a, `/cases/${id}/entries/new`, `/cases/${id}/entries`, entry('1', 'x', { 'promisedBy-day': '1', 'promisedBy-month': '11', 'promisedBy-year': '2026' }))
    assert.match(promisedDateOnly.body, /Enter what was promised, or leave the date empty/)
    const tooLong = await postForm(app, a, `/cases/${id}/entries/new`, `/cases/${id}/entries`, entry('1', 'x'.repeat(20_001)))
    assert.equal(tooLong.statusCode, 400)
    assert.match(tooLong.body, /characters or fewer/)
  })

  test('changing an entry keeps the earlier version, and its history says who changed what and when', async () => {
    const id = await addCaseThroughPages(app, a)
    await postForm(app, a, `/cases/${id}/entries/new`, `/cases/${id}/entries`, entry('2', 'Said the plan is late', { people: 'Caseworker' }))
    const page = (await app.inject({ url: `/cases/${id}`, cookies: a.cookies })).body
    const entryId = new RegExp(`/cases/${id}/entries/([^/"]+)/edit`).exec(page)?.[1]
    assert.ok(entryId)
    const edit = await app.inject({ url: `/cases/${id}/entries/${entryId}/edit`, cookies: a.cookies })
    assert.match(edit.body, /value="Caseworker"/)
    assert.match(edit.body, /name="date-day"[^>]*value="2"/)
    const changed = await postForm(app, a, `/cases/${id}/entries/${entryId}/edit`, `/cases/${id}/entries/${entryId}`, entry('2', 'Said the plan will come in 2 weeks'))
    assert.equal(changed.statusCode, 303, changed.body)
    const after = (await app.inject({ url: `/cases/${id}`, cookies: a.cookies })).body
    assert.match(after, /Said the plan will come in 2 weeks/)
    assert.doesNotMatch(after, /Caseworker/, 'an emptied field is removed')
    const history = await app.inject({ url: `/cases/${id}/entries/${entryId}/history`, cookies: a.cookies })
    assert.equal(history.statusCode, 200)
    assert.equal(history.headers['cache-control'], 'no-store')
    assert.match(history.body, /Version 2: You, /)
    assert.match(history.body, /Version 1: You, /)
    assert.ok(history.body.indexOf('will come in 2 weeks') < history.body.indexOf('Said the plan is late'))
    // B can neither read the history nor change the entry.
    assert.equal((await app.inject({ url: `/cases/${id}/entries/${entryId}/history`, cookies: b.cookies })).statusCode, 404)
    const own = await addCaseThroughPages(app, b)
    const byB = await postForm(app, b, `/cases/${own}/entries/new`, `/cases/${id}/entries/${entryId}`, entry('2', 'B was here'))
    assert.equal(byB.statusCode, 404)
    assert.doesNotMatch((await app.inject({ url: `/cases/${id}`, cookies: a.cookies })).body, /B was here/)
  })
})
