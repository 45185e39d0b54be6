import { hashSecret, newId, newSecret } from '../store/ids.js'
import { ownedCase } from './access.js'
import { recordAudit } from './audit.js'
import type { Deps } from './model.js'

// A case's calendar feed is a private link (a calendar app cannot sign in). The link holds a random secret;
// the database holds its hash. Revoking ends every link of the case; a new one can then be made.

/** Makes a new feed secret for the case, or undefined if the case is not the user's. */
export async function createCalendarFeed({ db, clock }: Deps, userId: string, caseId: string): Promise<string | undefined> {
  const secret = newSecret()
  const now = clock.now()
  const made = await db.transaction().execute(async (trx) => {
    if (!(await ownedCase(trx, userId, caseId))) return false
    await trx.insertInto('calendar_feeds').values({ id: newId(), case_id: caseId, token_hash: hashSecret(secret), created_at: now, revoked_at: null }).execute()
    await recordAudit(trx, { userId, caseId, action: 'calendar.create', at: now })
    return true
  })
  return made ? secret : undefined
}

/** Stops every feed link of the case. Returns how many were live, or undefined if the case is not the user's. */
export async function revokeCalendarFeeds({ db, clock }: Deps, userId: string, caseId: string): Promise<number | undefined> {
  const now = clock.now()
  return db.transaction().execute(async (trx) => {
    if (!(await ownedCase(trx, userId, caseId))) return undefined
    const result = await trx.updateTable('calendar_feeds').set({ revoked_at: now }).where('case_id', '=', caseId).where('revoked_at', 'is', null).executeTakeFirst()
    await recordAudit(trx, { userId, caseId, action: 'calendar.revoke', at: now })
    return Number(result.numUpdatedRows)
  })
}

/** The case (id and owner) a live feed secret opens, or undefined. */
export async function caseForCalendarFeed({ db }: Deps, secret: string): Promise<{ caseId: string; ownerId: string } | undefined> {
  if (!secret) return undefined
  const row = await db
    .selectFrom('calendar_feeds')
    .innerJoin('cases', 'cases.id', 'calendar_feeds.case_id')
    .select(['cases.id as caseId', 'cases.owner_id as ownerId'])
    .where('calendar_feeds.token_hash', '=', hashSecret(secret))
    .where('calendar_feeds.revoked_at', 'is', null)
    .executeTakeFirst()
  return row
}
