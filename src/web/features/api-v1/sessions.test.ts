import { test } from 'node:test'
import assert from 'node:assert/strict'
import { createUser } from '../../../accounts/index.js'
import { testAppWithStore } from '../../../../test/support/app.js'

const PASSWORD = 'correct horse battery staple 7'

async function withAccount() {
  const app = await testAppWithStore()
  const made = await createUser({ db: app.services.store.db, clock: app.services.clock }, { email: 'parent@example.org', password: PASSWORD, role: 'family' })
  assert.ok(made.ok)
  return app
}

test('POST /api/v1/sessions gives a bearer token; DELETE /api/v1/sessions/current ends it', async () => {
  const app = await withAccount()
  try {
    const made = await app.inject({ method: 'POST', url: '/api/v1/sessions', payload: { email: 'Parent@Example.org ', password: PASSWORD } })
    assert.equal(made.statusCode, 201)
    const { token, expiresAt } = made.json()
    assert.match(token, /^[A-Za-z0-9_-]{43}$/)
    assert.match(expiresAt, /^\d{4}-\d{2}-\d{2}T.*Z$/)
    const auth = { authorization: `Bearer ${token}` }
    assert.equal((await app.inject({ url: '/api/v1/cases', headers: auth })).statusCode, 200)
    assert.equal((await app.inject({ method: 'DELETE', url: '/api/v1/sessions/current', headers: auth })).statusCode, 204)
    const after = await app.inject({ url: '/api/v1/cases', headers: auth })
    assert.equal(after.statusCode, 401)
    assert.match(after.json().error, /Sign in first/)
  } finally {
    await app.close()
  }
})

test('the same 401 for an unknown email and a wrong password; 400 for a body without them; 429 when throttled', async () => {
  const app = await withAccount()
  try {
    const post = (payload: unknown) => app.inject({ method: 'POST', url: '/api/v1/sessions', payload: payload as object })
    const unknown = await post({ email: 'nobody@example.org', password: PASSWORD })
    const wrong = await post({ email: 'parent@example.org', password: 'not the password' })
    assert.equal(unknown.statusCode, 401)
    assert.deepEqual(unknown.json(), wrong.json())
    const bad = await post({ email: 'parent@example.org' })
    assert.equal(bad.statusCode, 400)
    assert.deepEqual(bad.json().details, [{ field: 'password', message: 'password must be text' }])
    for (let i = 0; i < 5; i++) await post({ email: 'parent@example.org', password: 'still wrong' })
    const throttled = await post({ email: 'parent@example.org', password: PASSWORD })
    assert.equal(throttled.statusCode, 429)
    assert.match(throttled.json().error, /too many attempts/)
  } finally {
    await app.close()
  }
})

test('a cookie never opens the API, and a bearer token never opens a page', async () => {
  const app = await withAccount()
  try {
    const { token } = (await app.inject({ method: 'POST', url: '/api/v1/sessions', payload: { email: 'parent@example.org', password: PASSWORD } })).json()
    const byCookie = await app.inject({ url: '/api/v1/cases', cookies: { sendpath_session: token } })
    assert.equal(byCookie.statusCode, 401)
    assert.equal(byCookie.headers['www-authenticate'], 'Bearer')
  } finally {
    await app.close()
  }
})
