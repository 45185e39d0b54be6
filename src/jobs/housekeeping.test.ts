import { after, before, test } from 'node:test'
import assert from 'node:assert/strict'
import { createSession, requestPasswordReset, signIn, signUp, THROTTLE, verifyEmail, lookupSession } from '../accounts/index.js'
import { DAY, HOUR, manualClock } from '../store/clock.js'
import type { Store } from '../store/database.js'
import { openTestStore } from '../store/testing.js'
import { sweepExpired } from './housekeeping.js'

let store: Store
const clock = manualClock(1_780_000_000_000)
before(async () => {
  store = await openTestStore()
})
after(() => store.close())

test('expired sessions, used or expired links and old failed sign-ins are removed; live ones stay', async () => {
  const deps = { db: store.db, clock }
  const made = await signUp(deps, { email: 'sweep@example.org', password: 'a long enough pass phrase' })
  assert.ok(made.ok)
  assert.ok((await verifyEmail(deps, made.verifyToken)).ok)
  await requestPasswordReset(deps, 'sweep@example.org')
  const web = await createSession(deps, made.user.id, 'web')
  await signIn(deps, { email: 'sweep@example.org', password: 'wrong wrong wrong', address: '10.9.0.1' })

  assert.deepEqual(await sweepExpired(deps), { sessions: 0, tokens: 1, signInAttempts: 0, pendingSaves: 0 }, 'only the used verification link goes now')
  clock.advance(THROTTLE.windowMs + 1)
  assert.deepEqual(await sweepExpired(deps), { sessions: 0, tokens: 0, signInAttempts: 2, pendingSaves: 0 }, 'both failure counts; the reset link lasts an hour')
  clock.advance(HOUR)
  assert.deepEqual(await sweepExpired(deps), { sessions: 0, tokens: 1, signInAttempts: 0, pendingSaves: 0 }, 'now the reset link')
  const api = await createSession(deps, made.user.id, 'api')
  clock.advance(15 * DAY)
  assert.deepEqual(await sweepExpired(deps), { sessions: 1, tokens: 0, signInAttempts: 0, pendingSaves: 0 })
  assert.equal(await lookupSession(deps, web.token, 'web'), undefined)
  assert.equal((await lookupSession(deps, api.token, 'api'))?.user.id, made.user.id)
})
