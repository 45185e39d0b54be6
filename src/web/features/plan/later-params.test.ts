import { after, before, test } from 'node:test'
import assert from 'node:assert/strict'
import type { FastifyInstance } from 'fastify'
import { testApp } from '../../../../test/support/app.js'

// Issue 10's plan parameters travel on the plan's own links (calendar, print) like the others.

let app: FastifyInstance
before(async () => {
  app = await testApp()
})
after(() => app.close())

test('the calendar and print links of a plan carry the Tribunal dates given', async () => {
  const query = 'decision=refuse-plan&noticeSentOn=2026-01-05&area=liverpool&lodgedOn=2026-02-01&registeredOn=2026-02-03&hearingOn=2026-07-10&today=2026-03-11'
  const res = await app.inject(`/plan?${query}`)
  assert.equal(res.statusCode, 200)
  const hrefs = [...res.body.matchAll(/href="([^"]*lodgedOn[^"]*)"/g)].map((m) => m[1]!.replaceAll('&amp;', '&'))
  assert.ok(hrefs.some((h) => h.startsWith('/plan.ics?') || h.startsWith('/plan/calendar')), hrefs.join('\n'))
  for (const h of hrefs.filter((x) => x.includes('.ics') || x.includes('print'))) {
    for (const p of ['lodgedOn=2026-02-01', 'registeredOn=2026-02-03', 'hearingOn=2026-07-10']) assert.ok(h.includes(p), `${h} carries ${p}`)
  }
  const ics = await app.inject(`/plan.ics?${query}`)
  assert.equal(ics.statusCode, 200)
  assert.match(ics.body, /hearing/i)
})
