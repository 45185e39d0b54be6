import type { Db } from '../store/database.js'
import { DAY } from '../store/clock.js'
import { hashSecret, newId, newSecret } from '../store/ids.js'
import type { SessionKind } from '../store/schema.js'
import { toUser, type Deps, type User } from './accounts.js'

// Sessions are rows, so every instance of the service sees the same ones. The browser or API client holds the
// secret; the row holds only its hash.

/** How long a session lasts from sign-in. */
export const SESSION_LIFETIME: Record<SessionKind, number> = { web: 14 * DAY, api: 30 * DAY }

export interface NewSession {
  id: string
  /** The cookie value or bearer token. Shown once; never stored. */
  token: string
  expiresAt: number
}

export async function createSession({ db, clock }: Deps, userId: string, kind: SessionKind): Promise<NewSession> {
  const token = newSecret()
  const now = clock.now()
  const row = { id: newId(), user_id: userId, token_hash: hashSecret(token), kind, created_at: now, expires_at: now + SESSION_LIFETIME[kind] }
  await db.insertInto('sessions').values(row).execute()
  return { id: row.id, token, expiresAt: row.expires_at }
}

/** The session and its user for a cookie or bearer token of the given kind; undefined if unknown, ended or expired. */
export async function lookupSession({ db, clock }: Deps, token: string, kind: SessionKind): Promise<{ sessionId: string; user: User } | undefined> {
  if (!token) return undefined
  const row = await db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .selectAll('users')
    .select(['sessions.id as session_id'])
    .where('sessions.token_hash', '=', hashSecret(token))
    .where('sessions.kind', '=', kind)
    .where('sessions.expires_at', '>', clock.now())
    .executeTakeFirst()
  if (!row) return undefined
  const { session_id, ...user } = row
  return { sessionId: session_id, user: toUser(user) }
}

/** Signs out one session (by its token). True if there was one. */
export async function revokeSession(db: Db, token: string): Promise<boolean> {
  const result = await db.deleteFrom('sessions').where('token_hash', '=', hashSecret(token)).executeTakeFirst()
  return Number(result.numDeletedRows) > 0
}

/** Signs out everywhere: every session of the account, web and API. Returns how many ended. */
export async function revokeAllSessions(db: Db, userId: string): Promise<number> {
  const result = await db.deleteFrom('sessions').where('user_id', '=', userId).executeTakeFirst()
  return Number(result.numDeletedRows)
}

/** Removes expired sessions (housekeeping; an expired session is refused whether or not it is removed). */
export async function deleteExpiredSessions({ db, clock }: Deps): Promise<number> {
  const result = await db.deleteFrom('sessions').where('expires_at', '<=', clock.now()).executeTakeFirst()
  return Number(result.numDeletedRows)
}
