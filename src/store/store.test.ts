import { after, before, test } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtempSync, rmSync, existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { sql } from 'kysely'
import SQLite from 'better-sqlite3'
import { openSqlite, openStore, SQLITE_FILE, type Store } from './database.js'
import { migrate, migrationStatus } from './migrate.js'
import { openTestStore } from './testing.js'
import { hashSecret, newId, newSecret } from './ids.js'

let store: Store
before(async () => {
  store = await openTestStore()
})
after(() => store.close())

const T = 1_780_000_000_000

async function aUser(email = `${newId()}@example.org`) {
  const id = newId()
  await store.db.insertInto('users').values({ id, email, password_hash: 'x', role: 'family', areas: '[]', verified_at: null, created_at: T }).execute()
  return id
}

test('the harness hands out a migrated database, and migrating again does nothing', async () => {
  const status = await migrationStatus(store)
  assert.ok(status.length >= 1)
  assert.ok(status.every((m) => m.executedAt !== null), 'every migration has run')
  assert.deepEqual(await migrate(store), [])
})

test('times come back as numbers and bytes as a Buffer on both dialects', async () => {
  const owner = await aUser()
  const caseId = newId()
  await store.db.insertInto('cases').values({ id: caseId, owner_id: owner, child_name: 'Alex', date_of_birth: '2015-04-01', school: null, area: 'liverpool', has_plan: 1, created_at: T, updated_at: T }).execute()
  const bytes = Buffer.from([0, 1, 2, 255, 0x25, 0x50])
  await store.db
    .insertInto('documents')
    .values({ id: newId(), case_id: caseId, entry_id: null, name: 'a.pdf', type: 'application/pdf', size: bytes.length, content: bytes, created_by: owner, created_at: T })
    .execute()
  const row = await store.db.selectFrom('cases').selectAll().where('id', '=', caseId).executeTakeFirstOrThrow()
  assert.equal(row.created_at, T)
  assert.equal(typeof row.created_at, 'number')
  assert.equal(row.has_plan, 1)
  const doc = await store.db.selectFrom('documents').select('content').where('case_id', '=', caseId).executeTakeFirstOrThrow()
  assert.ok(Buffer.isBuffer(doc.content))
  assert.deepEqual([...doc.content], [...bytes])
})

test('foreign keys are enforced and deleting a user removes everything of theirs', async () => {
  await assert.rejects(
    store.db.insertInto('cases').values({ id: newId(), owner_id: 'nobody', child_name: 'X', date_of_birth: null, school: null, area: 'a', has_plan: null, created_at: T, updated_at: T }).execute(),
  )
  const owner = await aUser()
  const caseId = newId()
  await store.db.insertInto('cases').values({ id: caseId, owner_id: owner, child_name: 'Sam', date_of_birth: null, school: null, area: 'knowsley', has_plan: null, created_at: T, updated_at: T }).execute()
  await store.db.insertInto('audit_log').values({ id: newId(), user_id: owner, case_id: caseId, action: 'case.view', detail: null, at: T }).execute()
  await store.db.deleteFrom('users').where('id', '=', owner).execute()
  assert.equal((await store.db.selectFrom('cases').select('id').where('id', '=', caseId).execute()).length, 0)
  assert.equal((await store.db.selectFrom('audit_log').select('id').where('case_id', '=', caseId).execute()).length, 0)
})

test('emails are unique, and the audit log refuses any change to a row', async () => {
  await aUser('same@example.org')
  await assert.rejects(aUser('same@example.org'))
  const owner = await aUser()
  const id = newId()
  await store.db.insertInto('audit_log').values({ id, user_id: owner, case_id: null, action: 'account.export', detail: null, at: T }).execute()
  await assert.rejects(store.db.updateTable('audit_log').set({ action: 'nothing happened' }).where('id', '=', id).execute(), /append-only/)
})

test('a failed transaction leaves nothing behind', async () => {
  const owner = await aUser()
  await assert.rejects(
    store.db.transaction().execute(async (trx) => {
      await trx.insertInto('cases').values({ id: newId(), owner_id: owner, child_name: 'Half', date_of_birth: null, school: null, area: 'a', has_plan: null, created_at: T, updated_at: T }).execute()
      throw new Error('the write failed part way')
    }),
  )
  assert.equal((await store.db.selectFrom('cases').select('id').where('owner_id', '=', owner).execute()).length, 0)
})

test('ids and secrets are random, and only hashes of secrets are kept', () => {
  const ids = new Set(Array.from({ length: 100 }, newId))
  assert.equal(ids.size, 100)
  assert.match(newId(), /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
  const secret = newSecret()
  assert.ok(secret.length >= 43)
  assert.equal(hashSecret(secret), hashSecret(secret))
  assert.notEqual(hashSecret(secret), secret)
})

test('the embedded database is a WAL file under DATA_DIR with foreign keys on and a busy timeout', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sendpath-datadir-'))
  const own = openStore({ dataDir: join(dir, 'nested') })
  try {
    assert.equal(own.dialect, 'sqlite')
    await migrate(own)
    assert.ok(existsSync(join(dir, 'nested', SQLITE_FILE)))
    const mode = await sql<{ journal_mode: string }>`pragma journal_mode`.execute(own.db)
    assert.equal(mode.rows[0]?.journal_mode, 'wal')
    const fk = await sql<{ foreign_keys: number }>`pragma foreign_keys`.execute(own.db)
    assert.equal(fk.rows[0]?.foreign_keys, 1)
    const busy = await sql<{ timeout: number }>`pragma busy_timeout`.execute(own.db)
    assert.ok((busy.rows[0]?.timeout ?? 0) >= 1000)
    // A second connection (the CLI while the server runs) sees the same data.
    const second = openSqlite(join(dir, 'nested', SQLITE_FILE))
    assert.equal((await migrationStatus(second)).every((m) => m.executedAt !== null), true)
    await second.close()
  } finally {
    await own.close()
    rmSync(dir, { recursive: true, force: true })
  }
})

test('a SQLite transaction takes the write lock when it begins, so another process cannot write under it', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sendpath-immediate-'))
  const file = join(dir, SQLITE_FILE)
  const own = openSqlite(file)
  try {
    await migrate(own)
    // A second connection that never waits: it stands for another process.
    const other = new SQLite(file)
    other.pragma('busy_timeout = 0')
    const write = () =>
      other.prepare('insert into sign_in_attempts (id, throttle_key, at) values (?, ?, ?)').run(newId(), 'address:other', T)
    await own.db.transaction().execute(async (trx) => {
      await trx.selectFrom('users').select('id').execute()
      assert.throws(write, /SQLITE_BUSY|database is locked/)
      await trx.insertInto('sign_in_attempts').values({ id: newId(), throttle_key: 'address:own', at: T }).execute()
    })
    write()
    other.close()
    const keys = (await own.db.selectFrom('sign_in_attempts').select('throttle_key').orderBy('throttle_key').execute()).map((r) => r.throttle_key)
    assert.deepEqual(keys, ['address:other', 'address:own'])
  } finally {
    await own.close()
    rmSync(dir, { recursive: true, force: true })
  }
})

test('on PostgreSQL, a connection the server ends while idle does not stop the service; the next query works', async (t) => {
  if (store.dialect !== 'postgres') return t.skip('PostgreSQL only: the suite runs again on it under npm run test:postgres')
  await sql`select 1`.execute(store.db)
  // End every other connection to this database, as a server restart or an administrator would.
  await sql`select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()`.execute(store.db)
  await sql`select pg_terminate_backend(pg_backend_pid())`.execute(store.db).catch(() => undefined)
  await new Promise((resolve) => setTimeout(resolve, 100))
  const { rows } = await sql<{ n: number }>`select 1 as n`.execute(store.db)
  assert.equal(Number(rows[0]?.n), 1)
})
