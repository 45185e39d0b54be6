import type { Db, Tx } from '../store/database.js'

export type { Deps } from '../store/database.js'

export interface Problem {
  field: string
  message: string
}

/** What a change returns: the result, or the problems to show. `not-found` covers "not yours" too, on purpose. */
export type Result<T> = { ok: true; value: T } | { ok: false; status: 'invalid'; problems: Problem[] } | { ok: false; status: 'not-found' }

export const NOT_FOUND = { ok: false, status: 'not-found' } as const
export const ok = <T>(value: T) => ({ ok: true, value }) as const
export const invalid = (problems: Problem[]) => ({ ok: false, status: 'invalid', problems }) as const
export const limitReached = (field: string, message: string) => invalid([{ field, message }])

// One way of turning zod issues into field problems, shared with the timeline API.
export { zodProblems } from '../api/timeline-service.js'

class Refused<T> extends Error {
  constructor(readonly result: Result<T>) {
    super('refused')
  }
}

/**
 * Runs a change to a case in one transaction. If it returns a refusal (not found, invalid, a limit), the
 * transaction is rolled back, so a refused request leaves no trace at all, not even a changed timestamp.
 */
export async function changeCase<T>(db: Db, change: (trx: Tx) => Promise<Result<T>>): Promise<Result<T>> {
  try {
    return await db.transaction().execute(async (trx) => {
      const result = await change(trx)
      if (!result.ok) throw new Refused(result)
      return result
    })
  } catch (error) {
    if (error instanceof Refused) return error.result as Result<T>
    throw error
  }
}
