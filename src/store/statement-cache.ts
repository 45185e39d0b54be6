import type SQLite from 'better-sqlite3'
import type { SqliteDatabase } from 'kysely'
import { Lru } from '../lru.js'

/** How many distinct statements to keep: the service's queries are a few dozen shapes. */
export const STATEMENT_CACHE_SIZE = 500

/**
 * better-sqlite3 as Kysely sees it, with its prepared statements kept and reused. Kysely prepares every query
 * afresh, and on the case page SQLite spent as long preparing (parsing and planning) as on much of the work
 * itself. A statement is a pure function of its SQL text, and the parameters are bound on each run, so the
 * text is the key. One still iterating (a streamed query) is never handed out twice: a new one is prepared.
 * Statements follow schema changes by themselves (SQLite prepares them again when the schema moves on).
 */
export function withStatementCache(database: SQLite.Database, max = STATEMENT_CACHE_SIZE): SqliteDatabase {
  const statements = new Lru<SQLite.Statement>(max)
  return {
    close: () => void database.close(),
    prepare(sql: string) {
      const kept = statements.get(sql)
      if (kept !== undefined && !kept.busy) return kept
      const statement = database.prepare(sql)
      if (kept === undefined) statements.set(sql, statement)
      return statement
    },
  }
}
