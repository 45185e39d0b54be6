import { after, before, describe, test } from 'node:test'
import assert from 'node:assert/strict'
import type { FastifyInstance } from 'fastify'
import { Temporal } from 'temporal-polyfill'
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

describe('the calendar feed', () => {
  test('a private link gives the deadlines with reminders 4 weeks, 1 week and 1 day before at 9am; stopping it ends it', async () => {
    const id = await addCaseThroughPages(app, a)
    const d = Temporal.PlainDate.from(app.services.clock.today()).subtract({ days: 3 })
    await postForm(app, a, `/cases/${id}/decisions/new`, `/cases/${id}/decisions`, { decision: 'refuse-assessment', 'noticeSentOn-day': String(d.day), 'noticeSentOn-month': String(d.month), 'noticeSentOn-year': String(d.year) })
    const made = await postForm(app, a, `/cases/${id}/calendar`, `/cases/${id}/calendar`, {})
    assert.equal(made.statusCode, 200)
    const path = /http:\/\/localhost:3000(\/cases\/feed\/[A-Za-z0-9_-]+\.ics)/.exec(made.body)?.[1]
    assert.ok(path, 'the page shows the link')
    const feed = await app.inject(path)
    assert.equal(feed.statusCode, 200)
    assert.match(String(feed.headers['content-type']), /^text\/calendar/)
    assert.equal(feed.headers['cache-control'], 'no-store')
    assert.match(feed.body, /SUMMARY:Contact the mediation adviser/)
    assert.match(feed.body, /TRIGGER:-P27DT15H/)
    assert.match(feed.body, /TRIGGER:-P6DT15H/)
    assert.match(feed.body, /TRIGGER:-PT15H/)
    const stop = await postForm(app, a, `/cases/${id}/calendar`, `/cases/${id}/calendar/revoke`, {})
    assert.equal(stop.statusCode, 303)
    assert.equal((await app.inject(path)).statusCode, 404)
    assert.equal((await app.inject('/cases/feed/not-a-real-secret-at-all.ics')).statusCode, 404)
  })

  test('B can neither make nor stop a link for A’s case', async () => {
    const id = await addCaseThroughPages(app, a)
    const own = await addCaseThroughPages(app, b)
    assert.equal((await app.inject({ url: `/cases/${id}/calendar`, cookies: b.cookies })).statusCode, 404)
    assert.equal((await postForm(app, b, `/cases/${own}/calendar`, `/cases/${id}/calendar`, {})).statusCode, 404)
    assert.equal((await postForm(app, b, `/cases/${own}/calendar`, `/cases/${id}/calendar/revoke`, {})).statusCode, 404)
  })
})
