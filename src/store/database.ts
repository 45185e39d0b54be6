import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import SQLite from 'better-sqlite3'
import { CompiledQuery, Kysely, PostgresDialect, SqliteDialect, SqliteDriver, type DatabaseConnection, type Driver, type SqliteDialectConfig, type Transaction } from 'kysely'
import pg from 'pg'
import type { Clock } from './clock.js'
import type { DialectName } from './dialect.js'
import type { Database } from './schema.js'
import { withStatementCache } from './statement-cache.js'

export type Db = Kysely<Database>
export type Tx = Transaction<Database>

/** An open database: Kysely over SQLite or PostgreSQL, and which one it is. */
export interface Store {
  db: Db
  dialect: DialectName
  close(): Promise<void>
}

/** What the layers above the store take: the database and the time. */
export interface Deps {
  db: Db
  clock: Clock
}

export interface StoreSettings {
  /** The folder for the embedded database file (used when databaseUrl is not set). */
  dataDir: string
  /** A postgres:// URL: use PostgreSQL instead of the embedded SQLite file. */
  databaseUrl?: string | undefined
}

export const SQLITE_FILE = 'sendpath.sqlite'

/** Opens the database the settings name. Does not migrate: call migrate() (the server does at start). */
export function openStore(settings: StoreSettings): Store {
  return settings.databaseUrl ? openPostgres(settings.databaseUrl) : openSqlite(join(settings.dataDir, SQLITE_FILE))
}

export function openSqlite(file: string): Store {
  if (file !== ':memory:') mkdirSync(join(file, '..'), { recursive: true })
  const database = new SQLite(file)
  // WAL lets the CLI read and write while the server runs; synchronous=FULL makes every commit durable before
  // it is acknowledged; busy_timeout makes a second process wait for the write lock instead of failing.
  database.pragma('journal_mode = WAL')
  database.pragma('synchronous = FULL')
  database.pragma('foreign_keys = ON')
  database.pragma('busy_timeout = 5000')
  const db = new Kysely<Database>({ dialect: new ImmediateSqliteDialect({ database: withStatementCache(database) }) })
  return { db, dialect: 'sqlite', close: () => db.destroy() }
}

/**
 * Transactions take SQLite's write lock when they begin (BEGIN IMMEDIATE). A deferred transaction that reads
 * and then writes fails at once with SQLITE_BUSY if another process (the CLI, or a second server) wrote in
 * between, whatever the busy timeout; an immediate one waits its turn instead.
 */
class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'))
  }
}

class ImmediateSqliteDialect extends SqliteDialect {
  constructor(private readonly settings: SqliteDialectConfig) {
    super(settings)
  }
  override createDriver(): Driver {
    return new ImmediateSqliteDriver(this.settings)
  }
}

// bigint columns hold epoch milliseconds, well inside a double's exact range: read them as numbers.
const types = {
  getTypeParser: (oid: number, format?: string) =>
    oid === pg.types.builtins.INT8 ? (v: string) => Number(v) : pg.types.getTypeParser(oid, format as 'text'),
}

export function openPostgres(connectionString: string, max = 10): Store {
  const pool = new pg.Pool({ connectionString, max, types })
  // An idle connection that the server ends (a restart, a failover, an administrator) must not
  // take the service down: pg then emits 'error' on the pool, and an unheard 'error' kills the
  // process. The pool drops that client and the next query opens a new one.
  pool.on('error', () => undefined)
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) })
  return { db, dialect: 'postgres', close: () => db.destroy() }
}
