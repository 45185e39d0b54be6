import type { Db, Tx } from '../store/database.js'
import type { CasesTable } from '../store/schema.js'

/**
 * Every read and write of a case goes through here: the case by id AND owner. A case that belongs to someone
 * else is not found, exactly like one that does not exist, so ids reveal nothing.
 */
export function ownedCase(db: Db | Tx, userId: string, caseId: string): Promise<CasesTable | undefined> {
  return db.selectFrom('cases').selectAll().where('id', '=', caseId).where('owner_id', '=', userId).executeTakeFirst()
}

/**
 * For a change inside a transaction: marks the user's case as changed now and returns true, or false if it is
 * not theirs. Updating the row first locks it (PostgreSQL row lock; SQLite's write lock is already held), so
 * two requests adding to one case at once are counted one after the other and a limit cannot be overrun.
 */
export async function touchOwnedCase(trx: Tx, userId: string, caseId: string, now: number): Promise<boolean> {
  const result = await trx.updateTable('cases').set({ updated_at: now }).where('id', '=', caseId).where('owner_id', '=', userId).executeTakeFirst()
  return Number(result.numUpdatedRows) === 1
}
