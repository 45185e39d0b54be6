import { after, before, describe, test } from 'node:test'
import assert from 'node:assert/strict'
import type { KyselyPlugin } from 'kysely'
import { createUser } from '../accounts/index.js'
import { manualClock } from '../store/clock.js'
import type { Db, Store } from '../store/database.js'
import { newId } from '../store/ids.js'
import { openTestStore } from '../store/testing.js'
import { createCase, recordAudit } from './index.js'

// The audit log's group commit: views logged at the same moment share one insert, and still each caller
// returns only once its own row is committed; one bad row never fails another family's.

let store: Store
const clock = manualClock(1_780_000_000_000)
before(async () => {
  store = await openTestStore()
})
after(() => store.close())

async function aCase() {
  const deps = { db: store.db, clock }
  const user = await createUser(deps, { email: `audit-${newId().slice(0, 8)}@example.org`, password: 'a long enough pass phrase', role: 'family' })
  assert.ok(user.ok)
  const made = await createCase(deps, user.user.id, { child: { name: 'Sam' }, area: 'liverpool' })
  assert.ok(made.ok)
  return { userId: user.user.id, caseId: made.value.id }
}

/** The same database, counting the inserts into the log that reach it. */
function counting(db: Db) {
  const seen = { inserts: 0 }
  const plugin: KyselyPlugin = {
    transformQuery: (args) => {
      if (args.node.kind === 'InsertQueryNode' && args.node.into?.table.identifier.name === 'audit_log') seen.inserts += 1
      return args.node
    },
    transformResult: async (args) => args.result,
  }
  return { db: db.withPlugin(plugin), seen }
}

const viewsOf = async (caseId: string) =>
  (await store.db.selectFrom('audit_log').select('detail').where('case_id', '=', caseId).where('action', '=', 'case.view').execute()).map((r) => r.detail)

describe('the audit log group commit', () => {
  test('views logged at once share one insert, and every one is saved', async () => {
    const { userId, caseId } = await aCase()
    const { db, seen } = counting(store.db)
    await Promise.all(Array.from({ length: 25 }, (_, i) => recordAudit(db, { userId, caseId, action: 'case.view', detail: `v${i}`, at: clock.now() })))
    assert.equal(seen.inserts, 1)
    assert.equal((await viewsOf(caseId)).length, 25)
  })

  test('each caller returns only once its own row can be read back', async () => {
    const { userId, caseId } = await aCase()
    for (let i = 0; i < 5; i++) {
      await recordAudit(store.db, { userId, caseId, action: 'case.view', detail: `one by one ${i}`, at: clock.now() })
      assert.ok((await viewsOf(caseId)).includes(`one by one ${i}`))
    }
  })

  test("a row that cannot be saved fails its own caller only, not the others' in its batch", async () => {
    const { userId, caseId } = await aCase()
    const gone = newId() // a case deleted a moment before its view was logged: its foreign key fails
    const results = await Promise.allSettled([
      recordAudit(store.db, { userId, caseId, action: 'case.view', detail: 'before', at: clock.now() }),
      recordAudit(store.db, { userId, caseId: gone, action: 'case.view', detail: 'bad', at: clock.now() }),
      recordAudit(store.db, { userId, caseId, action: 'case.view', detail: 'after', at: clock.now() }),
    ])
    assert.deepEqual(results.map((r) => r.status), ['fulfilled', 'rejected', 'fulfilled'])
    assert.deepEqual((await viewsOf(caseId)).sort(), ['after', 'before'])
    const alone = await Promise.allSettled([recordAudit(store.db, { userId, caseId: gone, action: 'case.view', at: clock.now() })])
    assert.equal(alone[0]!.status, 'rejected')
  })

  test('inside a transaction the row belongs to it: rolled back with it', async () => {
    const { userId, caseId } = await aCase()
    await assert.rejects(
      store.db.transaction().execute(async (trx) => {
        await recordAudit(trx, { userId, caseId, action: 'case.view', detail: 'rolled back', at: clock.now() })
        throw new Error('stop')
      }),
      /stop/,
    )
    assert.deepEqual(await viewsOf(caseId), [])
  })
})
