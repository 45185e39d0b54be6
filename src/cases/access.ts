import type { Db, Tx } from '../store/database.js'
import type { CasesTable } from '../store/schema.js'

/**
 * Every read and write of a case goes through here: the case by id AND owner. A case that belongs to someone
 * else is not found, exactly like one that does not exist, so ids reveal nothing.
 */
export function ownedCase(db: Db | Tx, userId: string, caseId: string): Promise<CasesTable | undefined> {
  return db.selectFrom('cases').selectAll().where('id', '=', caseId).where('owner_id', '=', userId).executeTakeFirst()
}
