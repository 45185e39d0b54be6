import { test } from 'node:test'
import assert from 'node:assert/strict'
import { ConfigError, loadConfig, testDatabaseSettings } from './config.js'

test('defaults run the service on port 3000', () => {
  const c = loadConfig({})
  assert.equal(c.PORT, 3000)
  assert.equal(c.HOST, '0.0.0.0')
  assert.equal(c.TRUST_PROXY, false)
})

test('PORT and HOST are configurable', () => {
  const c = loadConfig({ PORT: '8080', HOST: '127.0.0.1' })
  assert.equal(c.PORT, 8080)
  assert.equal(c.HOST, '127.0.0.1')
})

test('bad values fail fast, naming every problem', () => {
  assert.throws(
    () => loadConfig({ PORT: 'eighty', LOG_LEVEL: 'loud', PUBLIC_URL: 'not a url' }),
    (e: unknown) => e instanceof ConfigError && /PORT/.test(e.message) && /LOG_LEVEL/.test(e.message) && /PUBLIC_URL/.test(e.message),
  )
  assert.throws(() => loadConfig({ PORT: '70000' }), ConfigError)
})

test('the store and mail settings: embedded database in ./data, no SMTP server by default', () => {
  const c = loadConfig({})
  assert.equal(c.DATA_DIR, './data')
  assert.equal(c.DATABASE_URL, undefined)
  assert.equal(c.SMTP_URL, undefined)
  assert.match(c.MAIL_FROM, /@/)
  const set = loadConfig({ DATA_DIR: '/var/lib/sendpath', DATABASE_URL: 'postgres://u:p@db:5432/sendpath', SMTP_URL: 'smtp://127.0.0.1:2525', MAIL_FROM: 'sendpath <hello@example.org>' })
  assert.equal(set.DATA_DIR, '/var/lib/sendpath')
  assert.equal(set.DATABASE_URL, 'postgres://u:p@db:5432/sendpath')
  assert.equal(set.SMTP_URL, 'smtp://127.0.0.1:2525')
  assert.equal(set.MAIL_FROM, 'sendpath <hello@example.org>')
})

test('a database or mail URL of the wrong kind is refused by name', () => {
  assert.throws(
    () => loadConfig({ DATABASE_URL: 'mysql://db/sendpath', SMTP_URL: 'http://mail' }),
    (e: unknown) => e instanceof ConfigError && /DATABASE_URL must be a postgres/.test(e.message) && /SMTP_URL must be an smtp/.test(e.message),
  )
})

test('tests use TEST_DATABASE_URL before DATABASE_URL, and REQUIRE_POSTGRES makes PostgreSQL compulsory', () => {
  assert.deepEqual(testDatabaseSettings({}), { url: undefined, requirePostgres: false })
  assert.equal(testDatabaseSettings({ DATABASE_URL: 'postgres://a', TEST_DATABASE_URL: 'postgres://b' }).url, 'postgres://b')
  assert.equal(testDatabaseSettings({ DATABASE_URL: 'postgres://a' }).url, 'postgres://a')
  assert.equal(testDatabaseSettings({ REQUIRE_POSTGRES: '1' }).requirePostgres, true)
})

test('PORT must be digits: empty, hex and negative values are refused', () => {
  for (const PORT of ['', '0x1000', '-1', '3000.5', ' 3000', '1e3']) {
    assert.throws(() => loadConfig({ PORT }), (e: unknown) => e instanceof ConfigError && /PORT: must be a port number written in digits/.test(e.message), `PORT=${JSON.stringify(PORT)}`)
  }
  assert.equal(loadConfig({ PORT: '0' }).PORT, 0)
})

test('PUBLIC_URL must be an http(s) origin, and is kept without a trailing slash', () => {
  for (const PUBLIC_URL of ['javascript:alert(1)', 'ftp://sendpath.example', 'https://sendpath.example/app', 'https://user:pw@sendpath.example', 'https://sendpath.example?x=1', 'sendpath.example']) {
    assert.throws(() => loadConfig({ PUBLIC_URL }), (e: unknown) => e instanceof ConfigError && /PUBLIC_URL: must be an http or https origin/.test(e.message), PUBLIC_URL)
  }
  assert.equal(loadConfig({ PUBLIC_URL: 'https://sendpath.example/' }).PUBLIC_URL, 'https://sendpath.example')
  assert.equal(loadConfig({ PUBLIC_URL: 'http://localhost:3000' }).PUBLIC_URL, 'http://localhost:3000')
})

test('TRUST_PROXY takes false, a hop count or a list of addresses; true means one hop', () => {
  assert.equal(loadConfig({ TRUST_PROXY: 'false' }).TRUST_PROXY, false)
  assert.equal(loadConfig({ TRUST_PROXY: 'true' }).TRUST_PROXY, 1)
  assert.equal(loadConfig({ TRUST_PROXY: '2' }).TRUST_PROXY, 2)
  assert.deepEqual(loadConfig({ TRUST_PROXY: '10.0.0.1, 10.1.0.0/16,::1,loopback' }).TRUST_PROXY, ['10.0.0.1', '10.1.0.0/16', '::1', 'loopback'])
  for (const TRUST_PROXY of ['yes', '', '10.0.0.300', '10.0.0.0/33', 'proxy.example', '1,']) {
    assert.throws(() => loadConfig({ TRUST_PROXY }), (e: unknown) => e instanceof ConfigError && /TRUST_PROXY: must be false, a number of proxy hops/.test(e.message), TRUST_PROXY)
  }
})

test('letter workers default to the cores less one (at least one); the queue to 32', () => {
  const c = loadConfig({})
  assert.ok(c.LETTER_WORKERS >= 1)
  assert.equal(c.LETTER_QUEUE_MAX, 32)
  const set = loadConfig({ LETTER_WORKERS: '3', LETTER_QUEUE_MAX: '0' })
  assert.equal(set.LETTER_WORKERS, 3)
  assert.equal(set.LETTER_QUEUE_MAX, 0)
  for (const bad of [{ LETTER_WORKERS: '0' }, { LETTER_WORKERS: 'many' }, { LETTER_QUEUE_MAX: '-1' }]) {
    assert.throws(() => loadConfig(bad), (e: unknown) => e instanceof ConfigError && /LETTER_/.test(e.message))
  }
})

test('timeouts, connection and rate limits have defaults and are settings', () => {
  const c = loadConfig({})
  assert.equal(c.REQUEST_TIMEOUT_MS, 30_000)
  assert.equal(c.HEADERS_TIMEOUT_MS, 10_000)
  assert.equal(c.CONNECTION_TIMEOUT_MS, 60_000)
  assert.equal(c.KEEP_ALIVE_TIMEOUT_MS, 5_000)
  assert.equal(c.MAX_REQUESTS_PER_SOCKET, 1_000)
  assert.equal(c.MAX_CONNECTIONS, 1_000)
  assert.equal(c.RATE_LIMIT, 'on')
  assert.deepEqual(
    [c.RATE_LIMIT_PAGES, c.RATE_LIMIT_API, c.RATE_LIMIT_LETTERS, c.RATE_LIMIT_STATIC, c.RATE_LIMIT_NOT_FOUND],
    [600, 300, 30, 3_000, 60],
  )
  assert.equal(c.SCHEDULED_JOBS, 'on')
  assert.equal(loadConfig({ SCHEDULED_JOBS: 'off' }).SCHEDULED_JOBS, 'off')
  assert.throws(() => loadConfig({ SCHEDULED_JOBS: 'no' }), /SCHEDULED_JOBS: must be on or off/)
  const set = loadConfig({ RATE_LIMIT: 'off', RATE_LIMIT_LETTERS: '5', REQUEST_TIMEOUT_MS: '0' })
  assert.equal(set.RATE_LIMIT, 'off')
  assert.equal(set.RATE_LIMIT_LETTERS, 5)
  assert.equal(set.REQUEST_TIMEOUT_MS, 0)
})

test('bad limits are refused: not digits, RATE_LIMIT not on or off, headers timeout over the request timeout', () => {
  for (const [name, value] of [['RATE_LIMIT_API', '-1'], ['MAX_CONNECTIONS', '1e3'], ['REQUEST_TIMEOUT_MS', '30s'], ['RATE_LIMIT', 'false']] as const) {
    assert.throws(() => loadConfig({ [name]: value }), (e: unknown) => e instanceof ConfigError && e.message.includes(`${name}: must be`), `${name}=${value}`)
  }
  assert.throws(
    () => loadConfig({ REQUEST_TIMEOUT_MS: '5000', HEADERS_TIMEOUT_MS: '6000' }),
    (e: unknown) => e instanceof ConfigError && /HEADERS_TIMEOUT_MS: must be no more than REQUEST_TIMEOUT_MS/.test(e.message),
  )
})
