import type { Deps } from './model.js'

/**
 * Deletes the account and everything in it (cases, diary and versions, decisions, reminders, documents, the
 * log, sessions, links, calendar feeds, and its sign-in failures) in one transaction. True if it existed.
 */
export async function deleteAccount({ db }: Deps, userId: string): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const user = await trx.selectFrom('users').select('email').where('id', '=', userId).executeTakeFirst()
    if (!user) return false
    await trx.deleteFrom('sign_in_attempts').where('throttle_key', '=', `account:${user.email}`).execute()
    // Everything else hangs off the user by foreign keys with ON DELETE CASCADE.
    await trx.deleteFrom('users').where('id', '=', userId).execute()
    return true
  })
}
