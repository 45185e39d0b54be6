import { test } from 'node:test'
import assert from 'node:assert/strict'
import { ConfigError, loadConfig } from './config.js'

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
