import { after, before, test } from 'node:test'
import assert from 'node:assert/strict'
import type { FastifyInstance } from 'fastify'
import { testApp } from '../../../test/support/app.js'
import { routeClass } from './security.js'

let app: FastifyInstance
before(async () => {
  app = await testApp()
})
after(() => app.close())

test('/favicon.ico is never a 404: it sends the browser on to the service icon, which is there', async () => {
  const res = await app.inject('/favicon.ico')
  assert.equal(res.statusCode, 301)
  assert.equal(res.headers.location, '/assets/favicon.svg')
  const icon = await app.inject('/assets/favicon.svg')
  assert.equal(icon.statusCode, 200)
  assert.match(String(icon.headers['content-type']), /^image\/svg\+xml/)
})

test('/favicon.ico counts against the static limit, not the pages limit', () => {
  assert.equal(routeClass('/favicon.ico'), 'static')
})
