import type { Migration } from 'kysely'
import type { DialectName } from '../dialect.js'
import { accountsAndCases } from './0001-accounts-and-cases.js'
import { pendingSaves } from './0002-pending-saves.js'

/**
 * Every migration, in order, for both dialects. Forward-only: never edit or remove one that has shipped; add
 * the next with a higher number. The list is static so a bundled or packaged service finds them all.
 */
export const migrationsFor = (dialect: DialectName): Record<string, Migration> => ({
  '0001-accounts-and-cases': accountsAndCases(dialect),
  '0002-pending-saves': pendingSaves,
})
