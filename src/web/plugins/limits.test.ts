import assert from 'node:assert/strict'
import { after, describe, test } from 'node:test'
import type { FastifyInstance } from 'fastify'
import { testConfig, type Config } from '../../config.js'
import { testServices } from '../../services.js'
import { buildApp } from '../app.js'
import { listen, rawRequest } from '../../../test/support/raw-http.js'

// Issue 9, findings 3 and 4: slow clients are cut off, and each kind of route has its own limit.

const apps: FastifyInstance[] = []
after(() => Promise.all(apps.map((app) => app.close())))

/** An app with these settings and no test override of the rate limits. */
async function appWith(settings: Partial<Config>) {
  const app = await buildApp(testConfig(settings), testServices())
  apps.push(app)
  await app.ready()
  return app
}

const LETTER = { method: 'POST' as const, url: '/api/v1/letters/complaint', headers: { 'content-type': 'application/json' }, payload: '{}' }

describe('timeouts and connection limits', () => {
  test('every timeout and limit comes from the settings', async () => {
    const app = await appWith({
      REQUEST_TIMEOUT_MS: 7_000,
      HEADERS_TIMEOUT_MS: 6_000,
      CONNECTION_TIMEOUT_MS: 9_000,
      KEEP_ALIVE_TIMEOUT_MS: 4_000,
      MAX_REQUESTS_PER_SOCKET: 50,
      MAX_CONNECTIONS: 70,
    })
    assert.equal(app.server.requestTimeout, 7_000)
    assert.equal(app.server.headersTimeout, 6_000)
    assert.equal(app.server.timeout, 9_000)
    assert.equal(app.server.keepAliveTimeout, 4_000)
    assert.equal(app.server.maxRequestsPerSocket, 50)
    assert.equal(app.server.maxConnections, 70)
  })

  test('a body that arrives too slowly is cut off with a 408 and the house headers', { timeout: 20_000 }, async () => {
    const app = await appWith({ REQUEST_TIMEOUT_MS: 300, HEADERS_TIMEOUT_MS: 200 })
    const port = await listen(app)
    // Promises 100 bytes and sends one, then nothing: without a request timeout this never closes.
    const response = await rawRequest(
      port,
      'POST /api/v1/timeline HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{',
    )
    assert.equal(response.status, 408)
    assert.equal(response.headers['x-content-type-options'], 'nosniff')
    assert.match(response.headers['content-security-policy'] ?? '', /default-src/)
  })

  test('headers that arrive too slowly are cut off too', { timeout: 20_000 }, async () => {
    const app = await appWith({ REQUEST_TIMEOUT_MS: 300, HEADERS_TIMEOUT_MS: 200 })
    const port = await listen(app)
    const response = await rawRequest(port, 'GET / HTTP/1.1\r\nHost: localhost\r\nX-Slow: ')
    assert.equal(response.status, 408)
  })
})

describe('rate limits per kind of route', () => {
  const LOW = { RATE_LIMIT_PAGES: 2, RATE_LIMIT_API: 2, RATE_LIMIT_LETTERS: 1, RATE_LIMIT_STATIC: 2, RATE_LIMIT_NOT_FOUND: 2 }

  test('pages: the third page in a minute is refused with the house page, and other kinds still answer', async () => {
    const app = await appWith(LOW)
    assert.equal((await app.inject('/about')).statusCode, 200)
    assert.equal((await app.inject('/start')).statusCode, 200)
    const refused = await app.inject('/about')
    assert.equal(refused.statusCode, 429)
    assert.match(refused.body, /govuk-template/)
    assert.ok(Number(refused.headers['retry-after']) > 0)
    assert.equal((await app.inject('/api/v1/bank-holidays?year=2026')).statusCode, 200)
    assert.equal((await app.inject('/assets/stylesheets/app.css')).statusCode, 200)
  })

  test('API: its own count, answered with the problem body', async () => {
    const app = await appWith(LOW)
    await app.inject('/api/v1/bank-holidays?year=2026')
    await app.inject('/api/v1/openapi.json')
    const refused = await app.inject('/api/v1/bank-holidays?year=2026')
    assert.equal(refused.statusCode, 429)
    assert.equal(refused.json().error, 'Too many requests. Wait a minute and try again.')
    assert.equal((await app.inject('/about')).statusCode, 200)
  })

  test('letters are stricter: the API and the download page share one count, apart from the timeline API', async () => {
    const app = await appWith(LOW)
    assert.equal((await app.inject(LETTER)).statusCode, 400)
    assert.equal((await app.inject(LETTER)).statusCode, 429)
    assert.equal((await app.inject({ method: 'POST', url: '/letters/complaint/download', payload: {} })).statusCode, 429)
    const timeline = await app.inject({ method: 'POST', url: '/api/v1/timeline', headers: { 'content-type': 'application/json' }, payload: '{}' })
    assert.equal(timeline.statusCode, 400)
  })

  test('static files have their own count', async () => {
    const app = await appWith(LOW)
    await app.inject('/assets/stylesheets/app.css')
    await app.inject('/letters/letter.css')
    assert.equal((await app.inject('/assets/stylesheets/app.css')).statusCode, 429)
    assert.equal((await app.inject('/about')).statusCode, 200)
  })

  test('404s are counted, so a scanner is slowed like anyone else', async () => {
    const app = await appWith(LOW)
    assert.equal((await app.inject('/wp-login.php')).statusCode, 404)
    assert.equal((await app.inject('/api/v1/nothing')).statusCode, 404)
    assert.equal((await app.inject('/.env')).statusCode, 429)
    assert.equal((await app.inject('/about')).statusCode, 200)
  })

  test('/health is never limited', async () => {
    const app = await appWith({ ...LOW, RATE_LIMIT_PAGES: 1, RATE_LIMIT_API: 1 })
    for (let i = 0; i < 5; i++) assert.equal((await app.inject('/health')).statusCode, 200)
  })

  test('RATE_LIMIT=off turns every limit off', async () => {
    const app = await appWith({ ...LOW, RATE_LIMIT: 'off' })
    for (let i = 0; i < 4; i++) {
      assert.equal((await app.inject('/about')).statusCode, 200)
      assert.equal((await app.inject('/api/v1/bank-holidays?year=2026')).statusCode, 200)
      assert.equal((await app.inject(LETTER)).statusCode, 400)
      assert.equal((await app.inject('/assets/stylesheets/app.css')).statusCode, 200)
      assert.equal((await app.inject('/nowhere')).statusCode, 404)
    }
  })
})
