import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import type { FastifyInstance } from 'fastify'
import { testApp } from '../../../test/support/app.js'

// Issue 9, finding 8: every page whose address carries a family's answers says no-store.

let app: FastifyInstance
before(async () => {
  app = await testApp()
})
after(() => app.close())

const ANSWERS = 'decision=refuse-assessment&noticeSentOn=2026-01-15&area=liverpool&today=2026-02-01'

test('the plan, its print version, its calendar and a bad plan link are never stored', async () => {
  for (const url of [`/plan?${ANSWERS}`, `/plan/print?${ANSWERS}`, `/plan.ics?${ANSWERS}`, '/plan?decision=nope']) {
    const res = await app.inject(url)
    assert.equal(res.headers['cache-control'], 'no-store', url)
  }
})

test('journey pages and the redirects between them are never stored when they carry answers', async () => {
  for (const url of ['/journey/check-answers?who=la&decision=refuse-assessment', '/journey?who=la', '/journey/who/answer?who=la']) {
    const res = await app.inject(url)
    assert.equal(res.headers['cache-control'], 'no-store', `${url} (${res.statusCode})`)
  }
})

test('a letter form prefilled from a link is never stored', async () => {
  const res = await app.inject('/letters/mediation-reply?decisionDate=2026-10-26&area=liverpool')
  assert.equal(res.headers['cache-control'], 'no-store')
})

test('pages with no answers may be cached as before', async () => {
  assert.notEqual((await app.inject('/about')).headers['cache-control'], 'no-store')
  assert.notEqual((await app.inject('/assets/stylesheets/app.css')).headers['cache-control'], 'no-store')
})
