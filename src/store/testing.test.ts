import { test } from 'node:test'
import assert from 'node:assert/strict'
import { migrationStatus } from './migrate.js'
import { openTestStore, TestDatabaseError } from './testing.js'

test('with REQUIRE_POSTGRES and no server named, the harness refuses instead of falling back to SQLite', async () => {
  await assert.rejects(openTestStore({ requirePostgres: true }), (e: unknown) => e instanceof TestDatabaseError && /REQUIRE_POSTGRES is set/.test(e.message))
})

test('an unreachable PostgreSQL server is an error that says so, never a quiet fallback', async () => {
  await assert.rejects(
    openTestStore({ url: 'postgres://postgres:postgres@127.0.0.1:1/postgres', requirePostgres: false }),
    (e: unknown) => e instanceof TestDatabaseError && /Cannot create a test database/.test(e.message),
  )
})

test('without a server named, tests get a migrated SQLite database', async () => {
  const store = await openTestStore({ requirePostgres: false })
  try {
    assert.equal(store.dialect, 'sqlite')
    assert.ok((await migrationStatus(store)).every((m) => m.executedAt !== null))
  } finally {
    await store.close()
  }
})
