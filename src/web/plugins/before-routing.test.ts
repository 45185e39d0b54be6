import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import type { FastifyInstance } from 'fastify'
import { testApp } from '../../../test/support/app.js'
import { listen, rawRequest, type RawResponse } from '../../../test/support/raw-http.js'
import { API_POLICY, PAGE_POLICY } from './security.js'

// Issue 9, finding 5: what the router or Node's parser rejects still gets the house, with the
// security headers, over a real socket (inject() cannot send a malformed request line).

let app: FastifyInstance
let port: number
before(async () => {
  app = await testApp()
  port = await listen(app)
})
after(() => app.close())

const get = (target: string) => rawRequest(port, `GET ${target} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n`)

function assertHousePage(response: RawResponse, status: number) {
  assert.equal(response.status, status)
  assert.equal(response.headers['content-type'], 'text/html; charset=utf-8')
  assert.match(response.body, /<html lang="en-GB" class="govuk-template">/)
  assert.doesNotMatch(response.body, /FST_ERR|statusCode/)
  assert.equal(response.headers['content-security-policy'], PAGE_POLICY)
  assert.equal(response.headers['x-content-type-options'], 'nosniff')
  assert.match(response.headers['strict-transport-security'] ?? '', /max-age=\d+/)
}

function assertProblem(response: RawResponse, status: number) {
  assert.equal(response.status, status)
  assert.match(response.headers['content-type'] ?? '', /^application\/json/)
  const body = JSON.parse(response.body) as { error: string; details: { field: string; message: string }[] }
  assert.match(body.error, /^[A-Z].*\.$/)
  assert.ok(body.details.length > 0)
  assert.doesNotMatch(response.body, /FST_ERR|statusCode/)
  assert.equal(response.headers['content-security-policy'], API_POLICY)
  assert.equal(response.headers['x-content-type-options'], 'nosniff')
}

describe('errors before routing get the house', () => {
  test('a URL with a stray % gets the error page', async () => {
    const response = await get('/plan%')
    assertHousePage(response, 400)
    assert.match(response.body, /that address is not right/)
  })

  test('an overlong UTF-8 encoding of ".." gets the error page', async () => {
    assertHousePage(await get('/assets/%c0%ae%c0%ae/x'), 400)
  })

  test('under /api, a bad URL gets the problem body', async () => {
    assertProblem(await get('/api/v1/timeline%'), 400)
  })

  test('a 16 KB URL gets the error page', async () => {
    assertHousePage(await get(`/search?q=${'a'.repeat(16 * 1024)}`), 431)
  })

  test('a 16 KB URL under /api gets the problem body', async () => {
    assertProblem(await get(`/api/v1/bank-holidays?year=${'2'.repeat(16 * 1024)}`), 431)
  })

  test('a malformed request line gets the error page', async () => {
    assertHousePage(await rawRequest(port, 'NOT A REQUEST\r\n\r\n'), 400)
  })

  test('a request line with a space in the path gets the error page', async () => {
    assertHousePage(await rawRequest(port, 'GET /a b c HTTP/1.1\r\nHost: localhost\r\n\r\n'), 400)
  })
})
