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

const dateFields = (prefix: string, iso: string) => {
  const d = Temporal.PlainDate.from(iso)
  return { [`${prefix}-day`]: String(d.day), [`${prefix}-month`]: String(d.month), [`${prefix}-year`]: String(d.year) }
}

describe('decisions', () => {
  test('a refused assessment puts its dates, the SVG timeline and "do this next" on the case page', async () => {
    const id = await addCaseThroughPages(app, a)
    const tenDaysAgo = Temporal.PlainDate.from(app.services.clock.today()).subtract({ days: 10 }).toString()
    const res = await postForm(app, a, `/cases/${id}/decisions/new`, `/cases/${id}/decisions`, { decision: 'refuse-assessment', ...dateFields('noticeSentOn', tenDaysAgo), mediation: 'none' })
    assert.equal(res.statusCode, 303, res.body)
    const page = (await app.inject({ url: `/cases/${id}`, cookies: a.cookies })).body
    assert.match(page, /data-testid="do-this-next"/)
    assert.match(page, /\d+ days left/)
    assert.match(page, /<svg[^>]*role="img"/)
    assert.match(page, /Decision letter sent/)
  })

  test('bad input: no decision, a date in the future, and the engine’s own problems', async () => {
    const id = await addCaseThroughPages(app, a)
    const future = Temporal.PlainDate.from(app.services.clock.today()).add({ days: 5 }).toString()
    const res = await postForm(app, a, `/cases/${id}/decisions/new`, `/cases/${id}/decisions`, { ...dateFields('noticeSentOn', future) })
    assert.equal(res.statusCode, 400)
    assert.match(res.body, /href="#decision">Select the decision/)
    assert.match(res.body, /href="#noticeSentOn-day">The date on the letter must be today or in the past/)
    const noDate = await postForm(app, a, `/cases/${id}/decisions/new`, `/cases/${id}/decisions`, { decision: 'refuse-assessment' })
    assert.equal(noDate.statusCode, 400)
    assert.match(noDate.body, /href="#noticeSentOn-day">/)
  })

  test('B cannot record a decision on A’s case', async () => {
    const id = await addCaseThroughPages(app, a)
    assert.equal((await app.inject({ url: `/cases/${id}/decisions/new`, cookies: b.cookies })).statusCode, 404)
    const own = await addCaseThroughPages(app, b)
    const res = await postForm(app, b, `/cases/${own}/decisions/new`, `/cases/${id}/decisions`, { decision: 'refuse-assessment', ...dateFields('noticeSentOn', app.services.clock.today()) })
    assert.equal(res.statusCode, 404)
  })
})
