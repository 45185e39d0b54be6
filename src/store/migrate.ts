import { Migrator, type MigrationResultSet } from 'kysely'
import type { Store } from './database.js'
import { migrationsFor } from './migrations/index.js'

const migrator = (store: Store) =>
  new Migrator({
    db: store.db,
    provider: { getMigrations: async () => migrationsFor(store.dialect) },
  })

export class MigrationError extends Error {}

/** Runs every migration not yet run, in order, each in its own transaction. Returns the names it ran. */
export async function migrate(store: Store): Promise<string[]> {
  const result: MigrationResultSet = await migrator(store).migrateToLatest()
  if (result.error) {
    const failed = result.results?.find((r) => r.status === 'Error')?.migrationName ?? 'a migration'
    throw new MigrationError(`Migration ${failed} failed: ${result.error instanceof Error ? result.error.message : String(result.error)}`, {
      cause: result.error,
    })
  }
  return (result.results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName)
}

export interface MigrationState {
  name: string
  /** Epoch milliseconds when it ran, or null if it is still to run. */
  executedAt: number | null
}

/** Every known migration and whether it has run. */
export async function migrationStatus(store: Store): Promise<MigrationState[]> {
  const list = await migrator(store).getMigrations()
  return list.map((m) => ({ name: m.name, executedAt: m.executedAt ? m.executedAt.getTime() : null }))
}
