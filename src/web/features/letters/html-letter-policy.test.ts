import assert from 'node:assert/strict'
import { createHash } from 'node:crypto'
import { after, before, test } from 'node:test'
import type { FastifyInstance } from 'fastify'
import { testApp } from '../../../../test/support/app.js'
import { VALID } from '../../../letters/testing/fixtures.js'

// Issue 9, finding 9: the API's HTML letter has an inline stylesheet; its Content-Security-Policy
// must allow exactly that stylesheet (a browser would otherwise show the letter unstyled), and
// still allow nothing else: no scripts, no other styles, no frames.

let app: FastifyInstance
before(async () => {
  app = await testApp()
})
after(() => app.close())

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`

test('the HTML letter is served with a policy that allows its own inline stylesheet and nothing more', async () => {
  const res = await app.inject({
    method: 'POST',
    url: '/api/v1/letters/complaint',
    headers: { 'content-type': 'application/json', accept: 'text/html' },
    payload: JSON.stringify({ ...VALID.complaint, date: '2026-11-02' }),
  })
  assert.equal(res.statusCode, 200)
  const styles = [...res.body.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]!)
  assert.equal(styles.length, 1)
  const policy = res.headers['content-security-policy'] as string
  const directives = new Map(policy.split(';').map((d) => [d.trim().split(' ')[0], d.trim().split(' ').slice(1)]))
  assert.deepEqual(directives.get('style-src'), [sha256(styles[0]!)])
  assert.deepEqual(directives.get('default-src'), ["'none'"])
  assert.equal(directives.get('script-src'), undefined, 'scripts fall back to none')
})

test('JSON and other formats keep the API policy, with no styles at all', async () => {
  const res = await app.inject('/api/v1/bank-holidays?year=2026')
  assert.doesNotMatch(res.headers['content-security-policy'] as string, /style-src/)
})
