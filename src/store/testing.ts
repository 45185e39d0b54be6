import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { randomBytes } from 'node:crypto'
import pg from 'pg'
import { testDatabaseSettings } from '../config.js'
import { openPostgres, openSqlite, type Store } from './database.js'
import { migrate } from './migrate.js'

// The test harness: every store test runs on a fresh, migrated database. SQLite in a temporary folder by
// default; PostgreSQL when TEST_DATABASE_URL (or DATABASE_URL) is set, with a new database per call, dropped
// afterwards. With REQUIRE_POSTGRES=1 a missing or unreachable server is an error, never a quiet fallback.

export class TestDatabaseError extends Error {}

export const testDialect = (): 'sqlite' | 'postgres' => (testDatabaseSettings().url ? 'postgres' : 'sqlite')

export async function openTestStore(settings: { url?: string | undefined; requirePostgres: boolean } = testDatabaseSettings()): Promise<Store> {
  const { url, requirePostgres } = settings
  if (!url) {
    if (requirePostgres) throw new TestDatabaseError('REQUIRE_POSTGRES is set but neither TEST_DATABASE_URL nor DATABASE_URL names a PostgreSQL server.')
    return openSqliteTestStore()
  }
  return openPostgresTestStore(url)
}

async function openSqliteTestStore(): Promise<Store> {
  const dir = mkdtempSync(join(tmpdir(), 'sendpath-store-'))
  const store = openSqlite(join(dir, 'test.sqlite'))
  await migrate(store)
  return {
    ...store,
    close: async () => {
      await store.close()
      rmSync(dir, { recursive: true, force: true })
    },
  }
}

async function openPostgresTestStore(url: string): Promise<Store> {
  const name = `sendpath_test_${randomBytes(6).toString('hex')}`
  const admin = new pg.Client({ connectionString: url })
  try {
    await admin.connect()
    await admin.query(`create database ${name}`)
  } catch (error) {
    throw new TestDatabaseError(`Cannot create a test database on the PostgreSQL server in TEST_DATABASE_URL/DATABASE_URL: ${(error as Error).message}`, {
      cause: error,
    })
  } finally {
    await admin.end().catch(() => undefined)
  }
  const target = new URL(url)
  target.pathname = `/${name}`
  const store = openPostgres(target.toString(), 4)
  await migrate(store)
  return {
    ...store,
    close: async () => {
      await store.close()
      const dropper = new pg.Client({ connectionString: url })
      await dropper.connect()
      try {
        // An autovacuum worker may be visiting the database, and a role that is not a superuser
        // may not end it (42501): wait for it to finish rather than fail the test run.
        for (let attempt = 1; ; attempt++) {
          try {
            await dropper.query(`drop database if exists ${name} with (force)`)
            break
          } catch (error) {
            if ((error as { code?: string }).code !== '42501' || attempt >= 20) throw error
            await new Promise((resolve) => setTimeout(resolve, 250))
          }
        }
      } finally {
        await dropper.end()
      }
    },
  }
}
