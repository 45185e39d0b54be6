import { test } from 'node:test'
import assert from 'node:assert/strict'
import { fixedClock } from '../clock.js'
import { testConfig } from '../config.js'
import { testServices } from '../services.js'
import { buildApp } from './app.js'
import { testApp } from '../../test/support/app.js'

// Routes take the clock from services(), so a fake clock passed to buildApp reaches every one.
test('a fixed clock passed to buildApp decides "today" for the API and the plan', async () => {
  const app = await testApp({}, 10_000, { clock: fixedClock('2026-03-16') })
  const api = await app.inject({ method: 'POST', url: '/api/v1/timeline', payload: { decision: 'refuse-assessment', noticeSentOn: '2026-01-15' } })
  const deadline = api.json().milestones.find((m: { id: string }) => m.id === 'appeal-deadline')
  assert.deepEqual([deadline.date, deadline.status], ['2026-03-16', 'due-today'])

  const plan = await app.inject('/plan?decision=refuse-assessment&noticeSentOn=2026-01-15&area=liverpool')
  assert.equal(plan.statusCode, 200)
  assert.match(plan.body, /[Dd]ue today/)
  await app.close()
})

test('the public today parameter still wins over the clock', async () => {
  const app = await testApp({}, 10_000, { clock: fixedClock('2026-03-16') })
  const api = await app.inject({ method: 'POST', url: '/api/v1/timeline', payload: { decision: 'refuse-assessment', noticeSentOn: '2026-01-15', today: '2026-02-01' } })
  assert.equal(api.json().milestones.find((m: { id: string }) => m.id === 'appeal-deadline').status, 'upcoming')
  await app.close()
})

test('behind TRUST_PROXY=1 a client cannot choose its own address with X-Forwarded-For', async () => {
  const app = await buildApp(testConfig({ TRUST_PROXY: 1 }), testServices())
  app.get('/__ip', async (request) => request.ip)
  const reply = await app.inject({ url: '/__ip', headers: { 'x-forwarded-for': '6.6.6.6, 203.0.113.7' }, remoteAddress: '10.0.0.1' })
  assert.equal(reply.body, '203.0.113.7')
  await app.close()
})
