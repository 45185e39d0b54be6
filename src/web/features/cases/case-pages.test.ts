import { after, before, describe, test } from 'node:test'
import assert from 'node:assert/strict'
import type { FastifyInstance } from 'fastify'
import { testAppWithStore } from '../../../../test/support/app.js'
import { addCaseThroughPages, postForm, signedInFamily, type Family } from './testing.js'
import { doThisNext } from './case-pages.js'

let app: FastifyInstance
let a: Family
let b: Family
before(async () => {
  app = await testAppWithStore()
  a = await signedInFamily(app)
  b = await signedInFamily(app)
})
after(() => app.close())

describe('my cases and adding a case', () => {
  test('signed out, /cases and a case page go to sign in with the way back', async () => {
    for (const url of ['/cases', '/cases/new', '/cases/abc']) {
      const res = await app.inject(url)
      assert.equal(res.statusCode, 303)
      assert.equal(res.headers.location, `/account/sign-in?returnTo=${encodeURIComponent(url)}`)
    }
  })

  test('a new case appears on the list and has its own page, never cached', async () => {
    const id = await addCaseThroughPages(app, a, 'Alex Example')
    const list = await app.inject({ url: '/cases', cookies: a.cookies })
    assert.equal(list.statusCode, 200)
    assert.equal(list.headers['cache-control'], 'no-store')
    assert.match(list.body, /Alex Example/)
    const page = await app.inject({ url: `/cases/${id}`, cookies: a.cookies })
    assert.equal(page.statusCode, 200)
    assert.equal(page.headers['cache-control'], 'no-store')
    assert.match(page.body, /<h1[^>]*>Alex Example<\/h1>/)
    assert.match(page.body, /Park Primary/)
    assert.match(page.body, /Liverpool/)
    assert.match(page.body, /No decisions recorded yet/)
  })

  test('bad input shows the error summary with a message for each field, and keeps what was typed', async () => {
    const res = await postForm(app, a, '/cases/new', '/cases', { name: '', 'dob-day': '31', 'dob-month': '2', 'dob-year': '2015', area: 'atlantis', school: 'Hill School' })
    assert.equal(res.statusCode, 400)
    assert.match(res.body, /govuk-error-summary/)
    assert.match(res.body, /<title>Error: /)
    assert.match(res.body, /href="#name">Enter the child or young person’s name|href="#name">Enter the child or young person&#39;s name/)
    assert.match(res.body, /Date of birth must be a real date/)
    assert.match(res.body, /href="#area">Select the area the council is in/)
    assert.match(res.body, /href="#hasPlan">Select whether there is an EHC plan/)
    assert.match(res.body, /value="Hill School"/)
  })

  test('a name that is too long gets the library’s message', async () => {
    const res = await postForm(app, a, '/cases/new', '/cases', { name: 'x'.repeat(500), area: 'liverpool', hasPlan: 'no' })
    assert.equal(res.statusCode, 400)
    assert.match(res.body, /characters or fewer/)
  })

  test('a form without the CSRF token is refused', async () => {
    const res = await app.inject({ method: 'POST', url: '/cases', cookies: a.cookies, payload: { name: 'Sam', area: 'liverpool', hasPlan: 'yes' } })
    assert.equal(res.statusCode, 403)
  })
})

describe('A cannot see B', () => {
  test("B's case, its diary, history and log are 404 to A, exactly like a case that does not exist", async () => {
    const id = await addCaseThroughPages(app, b, 'Bea Private')
    const missing = await app.inject({ url: '/cases/doesnotexist123', cookies: a.cookies })
    assert.equal(missing.statusCode, 404)
    for (const path of ['', '/audit', '/diary', '/entries/new', '/entries/x/edit', '/entries/x/history']) {
      const res = await app.inject({ url: `/cases/${id}${path}`, cookies: a.cookies })
      assert.equal(res.statusCode, 404, path)
      assert.doesNotMatch(res.body, /Bea Private/)
      if (path === '' || path === '/diary') assert.equal(res.body, missing.body)
    }
    const list = await app.inject({ url: '/cases', cookies: a.cookies })
    assert.doesNotMatch(list.body, /Bea Private/)
    const post = await postForm(app, a, '/cases/new', `/cases/${id}/entries`, { 'date-day': '1', 'date-month': '10', 'date-year': '2026', kind: 'meeting', summary: 'x' })
    assert.equal(post.statusCode, 404)
    const own = await app.inject({ url: `/cases/${id}`, cookies: b.cookies })
    assert.doesNotMatch(own.body, /x<\/p>/)
  })
})

describe('the audit log page', () => {
  test('lists what happened to the case, latest first', async () => {
    const id = await addCaseThroughPages(app, a)
    await app.inject({ url: `/cases/${id}`, cookies: a.cookies })
    const res = await app.inject({ url: `/cases/${id}/audit`, cookies: a.cookies })
    assert.equal(res.statusCode, 200)
    const rows = [...res.body.matchAll(/<td class="govuk-table__cell">([^<]+)<\/td>/g)].map((m) => m[1])
    assert.ok(rows.indexOf('This log looked at') < rows.indexOf('Case looked at'))
    assert.ok(rows.indexOf('Case looked at') < rows.indexOf('Case added'))
  })
})

describe('do this next', () => {
  const m = (date: string, actor: string, status: string) => ({ id: date, date, title: `t ${date}`, explanation: '', actor, status, citations: [], decisionId: 'd' }) as never
  test('is the earliest deadline of yours still to come, with the days left', () => {
    const next = doThisNext([m('2026-03-01', 'you', 'passed'), m('2026-05-01', 'you', 'upcoming'), m('2026-04-01', 'local authority', 'upcoming'), m('2026-04-15', 'you', 'upcoming')], '2026-04-10')
    assert.deepEqual(next, { title: 't 2026-04-15', date: '2026-04-15', daysLeft: 5 })
    assert.equal(doThisNext([m('2026-03-01', 'you', 'passed')], '2026-04-10'), undefined)
  })
})
