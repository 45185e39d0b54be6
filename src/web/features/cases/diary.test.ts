import { after, before, describe, test } from 'node:test'
import assert from 'node:assert/strict'
import type { FastifyInstance } from 'fastify'
import { testAppWithStore } from '../../../../test/support/app.js'
import { addEntry, readAuditLog } from '../../../cases/index.js'
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

  test('the case page shows the latest five entries and links to the diary page, which has them all, newest first', async () => {
    const id = await addCaseThroughPages(app, a)
    const deps = { db: app.services.store.db, clock: app.services.clock }
    // Written out of date order: the page orders by the date it happened, then by when it was written.
    for (const day of [3, 9, 1, 12, 7, 5, 9]) {
      const made = await addEntry(deps, a.userId, id, { date: `2026-10-${String(day).padStart(2, '0')}`, kind: 'email', summary: `Email of the ${day}th` })
      assert.ok(made.ok)
    }
    const cards = (body: string) => [...body.matchAll(/data-testid="entry"[\s\S]*?<p class="govuk-body">(Email of the \d+th)<\/p>/g)].map((m) => m[1])
    const page = (await app.inject({ url: `/cases/${id}`, cookies: a.cookies })).body
    assert.deepEqual(cards(page), ['Email of the 12th', 'Email of the 9th', 'Email of the 9th', 'Email of the 7th', 'Email of the 5th'])
    assert.match(page, new RegExp(`<a class="govuk-link" href="/cases/${id}/diary">See the whole diary</a>`))
    assert.match(page, /The latest 5 entries, newest first/)

    const diary = await app.inject({ url: `/cases/${id}/diary`, cookies: a.cookies })
    assert.equal(diary.statusCode, 200)
    assert.equal(diary.headers['cache-control'], 'no-store')
    assert.deepEqual(cards(diary.body), ['Email of the 12th', 'Email of the 9th', 'Email of the 9th', 'Email of the 7th', 'Email of the 5th', 'Email of the 3th', 'Email of the 1th'])
    assert.match(diary.body, /7 entries, newest first/)
    assert.match(diary.body, new RegExp(`href="/cases/${id}/entries/new"`))
    const log = await readAuditLog(deps, a.userId, id)
    assert.ok(log?.some((r) => r.action === 'diary.view'), 'reading the whole diary is logged')
    const logPage = await app.inject({ url: `/cases/${id}/audit`, cookies: a.cookies })
    assert.match(logPage.body, /Diary looked at/)
  })

  test('with five entries or fewer the case page shows them all and no link to the diary page; an empty diary says so', async () => {
    const id = await addCaseThroughPages(app, a)
    const empty = await app.inject({ url: `/cases/${id}/diary`, cookies: a.cookies })
    assert.equal(empty.statusCode, 200)
    assert.match(empty.body, /Nothing in the diary yet/)
    await postForm(app, a, `/cases/${id}/entries/new`, `/cases/${id}/entries`, entry('2', 'Only meeting'))
    const page = (await app.inject({ url: `/cases/${id}`, cookies: a.cookies })).body
    assert.match(page, /Only meeting/)
    assert.doesNotMatch(page, /See the whole diary/)
    assert.doesNotMatch(page, /The latest/)
    const diary = await app.inject({ url: `/cases/${id}/diary`, cookies: a.cookies })
    assert.match(diary.body, /1 entry, newest first/)
  })

  test('signed out, the diary page goes to sign in', async () => {
    const res = await app.inject('/cases/abc/diary')
    assert.equal(res.statusCode, 303)
    assert.match(String(res.headers.location), /^\/account\/sign-in\?returnTo=/)
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
