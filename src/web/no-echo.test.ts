import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import type { FastifyInstance } from 'fastify'
import { testApp } from '../../test/support/app.js'

// Issue 9, finding 7: a link may carry a NUL or a direction override; no page shows it back.

let app: FastifyInstance
before(async () => {
  app = await testApp()
})
after(() => app.close())

// eslint-disable-next-line no-control-regex -- the point of the test: a NUL must never be shown
const HIDDEN = /[\u0000\u202A-\u202E\u2066-\u2069]|&#0;|&#x0;/i
const PLAN = '/plan?decision=refuse-assessment&noticeSentOn=2026-01-15&today=2026-02-01'

test('the plan page never echoes a NUL or an override given as ?area=', async () => {
  for (const area of ['%00liverpool', 'evil%E2%80%AEloop', 'x%E2%81%A6y']) {
    const res = await app.inject(`${PLAN}&area=${area}`)
    assert.doesNotMatch(res.body, HIDDEN, area)
    assert.doesNotMatch(res.body, /evil|x.y/, area)
  }
})

test('the plan problem page names the area problem plainly', async () => {
  const res = await app.inject(`${PLAN}&area=evil%E2%80%AEloop`)
  assert.equal(res.statusCode, 400)
  assert.match(res.body, /The area name has a hidden character in it/)
})

test('search shows the words searched for without hidden characters', async () => {
  const res = await app.inject('/search?q=mediation%E2%80%AE%00')
  assert.equal(res.statusCode, 200)
  assert.doesNotMatch(res.body, HIDDEN)
  assert.match(res.body, /Search results for (&quot;|")mediation(&quot;|")/)
})

test('a letter form filled from a link leaves out text with hidden characters', async () => {
  const res = await app.inject('/letters/complaint?sender.name=Sam%20%E2%80%AEgnp.exe')
  assert.equal(res.statusCode, 200)
  assert.doesNotMatch(res.body, HIDDEN)
  assert.doesNotMatch(res.body, /gnp\.exe/)
})
