import type { LetterModel } from '../letters/index.js'
import { hashSecret, newId, newSecret } from '../store/ids.js'
import type { Deps } from './model.js'

// "Save to my case" from the public tools: the plan's answers (to become a decision) or a letter (to become a
// document) wait here while the visitor signs in or creates an account, then chooses or adds the case. Only the
// hash of the secret is stored; the secret lives in the visitor's cookie. A pending save lasts 2 hours, long
// enough to create an account or reset a password, and is removed as soon as it is saved.

export const PENDING_SAVE_LIFETIME = 2 * 60 * 60 * 1000

/** What waits to be saved: already checked when it was put here, and checked again when it is saved. */
export type PendingSave =
  | { kind: 'plan'; title: string; decision: Record<string, unknown> }
  | { kind: 'letter'; title: string; model: LetterModel; fileName: string }

/** Keeps what is to be saved; returns the secret for the visitor's cookie. */
export async function holdPendingSave({ db, clock }: Deps, save: PendingSave): Promise<string> {
  const secret = newSecret()
  const now = clock.now()
  await db
    .insertInto('pending_saves')
    .values({ id: newId(), token_hash: hashSecret(secret), payload: JSON.stringify(save), created_at: now, expires_at: now + PENDING_SAVE_LIFETIME })
    .execute()
  return secret
}

/** The pending save for a cookie's secret, or undefined when there is none or it has expired. */
export async function findPendingSave({ db, clock }: Deps, secret: string | undefined): Promise<PendingSave | undefined> {
  if (!secret) return undefined
  const row = await db.selectFrom('pending_saves').select('payload').where('token_hash', '=', hashSecret(secret)).where('expires_at', '>', clock.now()).executeTakeFirst()
  return row && (JSON.parse(row.payload) as PendingSave)
}

/** Forgets a pending save (once saved, or replaced by a newer one). */
export async function dropPendingSave({ db }: Deps, secret: string | undefined): Promise<void> {
  if (secret) await db.deleteFrom('pending_saves').where('token_hash', '=', hashSecret(secret)).execute()
}

/** Removes pending saves that have expired; returns how many. */
export async function sweepPendingSaves({ db, clock }: Deps): Promise<number> {
  const done = await db.deleteFrom('pending_saves').where('expires_at', '<=', clock.now()).executeTakeFirst()
  return Number(done.numDeletedRows)
}
