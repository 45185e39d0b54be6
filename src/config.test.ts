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
