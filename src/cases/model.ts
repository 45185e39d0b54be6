import type { ZodError } from 'zod'
import type { Clock } from '../store/clock.js'
import type { Db } from '../store/database.js'

export interface Deps {
  db: Db
  clock: Clock
}

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

export const zodProblems = (error: ZodError): Problem[] =>
  error.issues.map((issue) => ({
    field: issue.path.length > 0 ? issue.path.join('.') : '(body)',
    message: issue.code === 'unrecognized_keys' ? `Unknown field${issue.keys.length > 1 ? 's' : ''}: ${issue.keys.join(', ')}` : issue.message,
  }))
