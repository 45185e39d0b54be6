import { after, before, describe, test } from 'node:test'
import assert from 'node:assert/strict'
import { manualClock, HOUR, DAY, MINUTE } from '../store/clock.js'
import type { Store } from '../store/database.js'
import { openTestStore } from '../store/testing.js'
import { newId } from '../store/ids.js'
import {
  BAD_CREDENTIALS,
  createSession,
  createUser,
  findUserByEmail,
  lookupSession,
  requestPasswordReset,
  resetPassword,
  revokeAllSessions,
  revokeSession,
  signIn,
  signUp,
  THROTTLE,
  THROTTLED,
  verifyEmail,
  type Deps,
} from './index.js'

let store: Store
let deps: Deps
const clock = manualClock(1_780_000_000_000)
before(async () => {
  store = await openTestStore()
  deps = { db: store.db, clock }
})
after(() => store.close())

const PASSWORD = 'correct horse battery staple'
const uniqueEmail = (tag = 'family') => `${tag}-${newId().slice(0, 8)}@Example.org`

async function signedUp(email = uniqueEmail(), password = PASSWORD) {
  const r = await signUp(deps, { email, password })
  assert.ok(r.ok, JSON.stringify(!r.ok && r.problems))
  return r
}

describe('sign up', () => {
  test('makes an unverified family account with an argon2id hash, never the password', async () => {
    const r = await signedUp()
    assert.equal(r.user.role, 'family')
    assert.equal(r.user.verifiedAt, null)
    assert.equal(r.user.email, r.user.email.toLowerCase())
    const row = await store.db.selectFrom('users').select('password_hash').where('id', '=', r.user.id).executeTakeFirstOrThrow()
    assert.match(row.password_hash, /^\$argon2id\$/)
    assert.ok(!row.password_hash.includes(PASSWORD))
    const token = await store.db.selectFrom('tokens').select('token_hash').where('user_id', '=', r.user.id).executeTakeFirstOrThrow()
    assert.notEqual(token.token_hash, r.verifyToken, 'only the hash of the link secret is kept')
  })

  for (const [why, password, pattern] of [
    ['is shorter than 12 characters', 'short-pass', /at least 12 characters/],
    ['is on the common passwords list', '1qaz2wsx3edc', /too common/],
    ['is a common password twice', 'passwordpassword', /too common/],
    ['is one character repeated', 'aaaaaaaaaaaaaaaa', /too common/],
  ] as const) {
    test(`refuses a password that ${why}`, async () => {
      const r = await signUp(deps, { email: uniqueEmail(), password })
      assert.equal(r.ok, false)
      assert.ok(!r.ok && r.problems.some((p) => p.field === 'password' && pattern.test(p.message)), JSON.stringify(r))
    })
  }

  test('refuses a badly formed email, naming the field', async () => {
    const r = await signUp(deps, { email: 'not an email', password: PASSWORD })
    assert.ok(!r.ok)
    assert.deepEqual(
      r.problems.map((p) => p.field),
      ['email'],
    )
    assert.match(r.problems[0]!.message, /correct format/)
  })

  test('an address already used, in any case, is refused', async () => {
    const email = uniqueEmail()
    await signedUp(email)
    const again = await signUp(deps, { email: `  ${email.toUpperCase()} `, password: PASSWORD })
    assert.ok(!again.ok)
    assert.match(again.problems[0]!.message, /already exists/)
  })
})

describe('email verification links', () => {
  test('work once, then say the link has been used', async () => {
    const r = await signedUp()
    const first = await verifyEmail(deps, r.verifyToken)
    assert.ok(first.ok)
    assert.equal(typeof (await findUserByEmail(store.db, r.user.email))?.verifiedAt, 'number')
    const second = await verifyEmail(deps, r.verifyToken)
    assert.ok(!second.ok)
    assert.match(second.problems[0]!.message, /expired or has already been used/)
  })

  test('stop working after two days, and a made-up link never works', async () => {
    const r = await signedUp()
    clock.advance(2 * DAY + 1)
    assert.equal((await verifyEmail(deps, r.verifyToken)).ok, false)
    assert.equal((await verifyEmail(deps, 'made-up')).ok, false)
    assert.equal((await findUserByEmail(store.db, r.user.email))?.verifiedAt, null)
  })
})

describe('password reset', () => {
  test('an unknown address gets no link', async () => {
    assert.equal(await requestPasswordReset(deps, uniqueEmail('nobody')), undefined)
  })

  test('sets the new password, signs out every session, verifies the address and cannot be used twice', async () => {
    const r = await signedUp()
    const session = await createSession(deps, r.user.id, 'web')
    const reset = await requestPasswordReset(deps, r.user.email.toUpperCase())
    assert.ok(reset)
    const done = await resetPassword(deps, reset.resetToken, 'a whole new sentence here')
    assert.ok(done.ok)
    assert.equal(await lookupSession(deps, session.token, 'web'), undefined)
    assert.equal((await signIn(deps, { email: r.user.email, password: PASSWORD, address: '10.0.0.1' })).ok, false)
    assert.equal((await signIn(deps, { email: r.user.email, password: 'a whole new sentence here', address: '10.0.0.1' })).ok, true)
    assert.notEqual((await findUserByEmail(store.db, r.user.email))?.verifiedAt, null)
    assert.equal((await resetPassword(deps, reset.resetToken, 'yet another long phrase')).ok, false)
  })

  test('a weak new password is refused and the link still works; after an hour it does not', async () => {
    const r = await signedUp()
    const reset = (await requestPasswordReset(deps, r.user.email))!
    const weak = await resetPassword(deps, reset.resetToken, 'password1234')
    assert.ok(!weak.ok)
    assert.equal(weak.problems[0]!.field, 'password')
    clock.advance(HOUR + 1)
    const late = await resetPassword(deps, reset.resetToken, 'a perfectly fine phrase')
    assert.ok(!late.ok)
    assert.match(late.problems[0]!.message, /expired/)
  })

  test('asking again makes the earlier link stop working', async () => {
    const r = await signedUp()
    const first = (await requestPasswordReset(deps, r.user.email))!
    const second = (await requestPasswordReset(deps, r.user.email))!
    assert.equal((await resetPassword(deps, first.resetToken, 'a perfectly fine phrase')).ok, false)
    assert.equal((await resetPassword(deps, second.resetToken, 'a perfectly fine phrase')).ok, true)
  })
})

describe('sign in', () => {
  test('says the same for an unknown email and a wrong password', async () => {
    const r = await signedUp()
    const unknown = await signIn(deps, { email: uniqueEmail('ghost'), password: PASSWORD, address: '10.1.0.1' })
    const wrong = await signIn(deps, { email: r.user.email, password: 'not the password at all', address: '10.1.0.2' })
    assert.deepEqual(unknown, { ok: false, reason: 'bad-credentials', message: BAD_CREDENTIALS })
    assert.deepEqual(wrong, unknown)
    const right = await signIn(deps, { email: r.user.email.toUpperCase(), password: PASSWORD, address: '10.1.0.3' })
    assert.ok(right.ok)
    assert.equal(right.user.id, r.user.id)
  })

  test(`is refused with a clear message after ${THROTTLE.perAccount} failures for one account, from any address, until the window passes`, async () => {
    const r = await signedUp()
    for (let i = 0; i < THROTTLE.perAccount; i++) await signIn(deps, { email: r.user.email, password: `wrong guess ${i}`, address: `10.2.0.${i}` })
    const blocked = await signIn(deps, { email: r.user.email, password: PASSWORD, address: '10.2.1.1' })
    assert.deepEqual(blocked, { ok: false, reason: 'throttled', message: THROTTLED })
    assert.match(THROTTLED, /Wait 15 minutes/)
    clock.advance(THROTTLE.windowMs + MINUTE)
    assert.equal((await signIn(deps, { email: r.user.email, password: PASSWORD, address: '10.2.1.1' })).ok, true)
  })

  test(`is refused for every account after ${THROTTLE.perAddress} failures from one address`, async () => {
    const r = await signedUp()
    for (let i = 0; i < THROTTLE.perAddress; i++) await signIn(deps, { email: uniqueEmail('spray'), password: PASSWORD, address: '10.3.0.1' })
    assert.equal((await signIn(deps, { email: r.user.email, password: PASSWORD, address: '10.3.0.1' })).ok, false)
    assert.equal((await signIn(deps, { email: r.user.email, password: PASSWORD, address: '10.3.0.2' })).ok, true)
  })

  test('the limit is kept in the database, so a second instance of the service sees it', async () => {
    const r = await signedUp()
    const otherInstance: Deps = { db: store.db, clock }
    for (let i = 0; i < THROTTLE.perAccount; i++) await signIn(deps, { email: r.user.email, password: 'wrong wrong wrong', address: '10.4.0.1' })
    assert.equal((await signIn(otherInstance, { email: r.user.email, password: PASSWORD, address: '10.4.0.9' })).ok, false)
  })

  test('a success clears the account count', async () => {
    const r = await signedUp()
    for (let i = 0; i < THROTTLE.perAccount - 1; i++) await signIn(deps, { email: r.user.email, password: 'wrong wrong wrong', address: '10.5.0.1' })
    assert.equal((await signIn(deps, { email: r.user.email, password: PASSWORD, address: '10.5.0.2' })).ok, true)
    for (let i = 0; i < THROTTLE.perAccount - 1; i++) await signIn(deps, { email: r.user.email, password: 'wrong wrong wrong', address: '10.5.0.3' })
    assert.equal((await signIn(deps, { email: r.user.email, password: PASSWORD, address: '10.5.0.4' })).ok, true)
  })
})

describe('sessions and API tokens', () => {
  test('a session is found by its token and kind, and ends when revoked or expired', async () => {
    const r = await signedUp()
    const web = await createSession(deps, r.user.id, 'web')
    const api = await createSession(deps, r.user.id, 'api')
    assert.equal((await lookupSession(deps, web.token, 'web'))?.user.id, r.user.id)
    assert.equal((await lookupSession(deps, api.token, 'api'))?.user.id, r.user.id)
    assert.equal(await lookupSession(deps, web.token, 'api'), undefined, 'a cookie is not a bearer token')
    assert.equal(await lookupSession(deps, 'guess', 'web'), undefined)
    assert.equal(await lookupSession(deps, '', 'web'), undefined)
    assert.equal(await revokeSession(store.db, api.token), true)
    assert.equal(await lookupSession(deps, api.token, 'api'), undefined)
    assert.equal(await revokeSession(store.db, api.token), false)
    clock.set(web.expiresAt)
    assert.equal(await lookupSession(deps, web.token, 'web'), undefined)
  })

  test('sign out everywhere ends every session of that account and no other', async () => {
    const a = await signedUp()
    const b = await signedUp()
    const a1 = await createSession(deps, a.user.id, 'web')
    const a2 = await createSession(deps, a.user.id, 'api')
    const b1 = await createSession(deps, b.user.id, 'web')
    assert.equal(await revokeAllSessions(store.db, a.user.id), 2)
    assert.equal(await lookupSession(deps, a1.token, 'web'), undefined)
    assert.equal(await lookupSession(deps, a2.token, 'api'), undefined)
    assert.equal((await lookupSession(deps, b1.token, 'web'))?.user.id, b.user.id)
  })

  test('the token is not stored: only its hash', async () => {
    const r = await signedUp()
    const s = await createSession(deps, r.user.id, 'api')
    const rows = await store.db.selectFrom('sessions').select('token_hash').where('user_id', '=', r.user.id).execute()
    assert.ok(rows.every((row) => row.token_hash !== s.token))
  })
})

describe('operators create accounts', () => {
  test('with a role and areas, verified at once', async () => {
    const r = await createUser(deps, { email: uniqueEmail('adviser'), password: PASSWORD, role: 'adviser', areas: ['liverpool', 'knowsley', 'liverpool'] })
    assert.ok(r.ok)
    assert.equal(r.user.role, 'adviser')
    assert.deepEqual(r.user.areas, ['liverpool', 'knowsley'])
    assert.equal(typeof r.user.verifiedAt, 'number')
  })

  test('an unknown role or a bad area id is refused by name', async () => {
    const role = await createUser(deps, { email: uniqueEmail(), password: PASSWORD, role: 'superuser' as 'admin' })
    assert.ok(!role.ok)
    assert.match(role.problems[0]!.message, /role must be one of: family, adviser, manager, admin/)
    const area = await createUser(deps, { email: uniqueEmail(), password: PASSWORD, role: 'manager', areas: ['Not An Id'] })
    assert.ok(!area.ok)
    assert.equal(area.problems[0]!.field, 'areas.0')
  })
})
