import { deleteExpiredSessions, THROTTLE, type Deps } from '../accounts/index.js'
import { sweepPendingSaves } from '../cases/index.js'

export interface Swept {
  sessions: number
  tokens: number
  signInAttempts: number
  pendingSaves: number
}

/**
 * Removes what no longer does anything: expired sessions, email links that are used or expired, and failed
 * sign-ins older than the throttling window, and "Save to my case" requests never finished. Each is refused whether or not it has been removed; this only
 * keeps the tables small and keeps no more about people than is needed.
 */
export async function sweepExpired(deps: Deps): Promise<Swept> {
  const now = deps.clock.now()
  const sessions = await deleteExpiredSessions(deps)
  const tokens = await deps.db
    .deleteFrom('tokens')
    .where((eb) => eb.or([eb('expires_at', '<=', now), eb('used_at', 'is not', null)]))
    .executeTakeFirst()
  const attempts = await deps.db.deleteFrom('sign_in_attempts').where('at', '<=', now - THROTTLE.windowMs).executeTakeFirst()
  const pendingSaves = await sweepPendingSaves(deps)
  return { sessions, tokens: Number(tokens.numDeletedRows), signInAttempts: Number(attempts.numDeletedRows), pendingSaves }
}
