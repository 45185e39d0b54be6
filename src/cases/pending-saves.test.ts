import { after, before, test } from 'node:test'
import assert from 'node:assert/strict'
import { manualClock } from '../store/clock.js'
import type { Store } from '../store/database.js'
import { openTestStore } from '../store/testing.js'
import { dropPendingSave, findPendingSave, holdPendingSave, PENDING_SAVE_LIFETIME, sweepPendingSaves, type PendingSave } from './index.js'

let store: Store
const clock = manualClock(1_780_000_000_000)
before(async () => {
  store = await openTestStore()
})
after(() => store.close())

const PLAN: PendingSave = { kind: 'plan', title: 'Your plan: a refusal to assess', decision: { decision: 'refuse-assessment', noticeSentOn: '2026-11-02' } }

test('a pending save is found by its secret alone, only its hash is stored, and it lasts 2 hours', async () => {
  const deps = { db: store.db, clock }
  const secret = await holdPendingSave(deps, PLAN)
  assert.deepEqual(await findPendingSave(deps, secret), PLAN)
  assert.equal(await findPendingSave(deps, `${secret}x`), undefined, 'a wrong secret finds nothing')
  assert.equal(await findPendingSave(deps, undefined), undefined)
  const rows = await store.db.selectFrom('pending_saves').selectAll().execute()
  assert.ok(rows.every((r) => !r.token_hash.includes(secret) && r.token_hash !== secret), 'the secret itself is not stored')

  clock.advance(PENDING_SAVE_LIFETIME - 1)
  assert.equal(await sweepPendingSaves(deps), 0)
  assert.deepEqual(await findPendingSave(deps, secret), PLAN)
  clock.advance(1)
  assert.equal(await findPendingSave(deps, secret), undefined, 'expired, it is not found even before the sweep')
  assert.equal(await sweepPendingSaves(deps), 1)
})

test('a saved one is dropped at once', async () => {
  const deps = { db: store.db, clock }
  const secret = await holdPendingSave(deps, PLAN)
  await dropPendingSave(deps, secret)
  assert.equal(await findPendingSave(deps, secret), undefined)
  assert.equal(await sweepPendingSaves(deps), 0)
})
