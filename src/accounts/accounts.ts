import { z } from 'zod'
import { DAY, HOUR } from '../store/clock.js'
import type { Db, Deps, Tx } from '../store/database.js'
import { hashSecret, newId, newSecret } from '../store/ids.js'
import { ROLES, type Role, type TokenPurpose, type UsersTable } from '../store/schema.js'
import { hashPassword, passwordProblem } from './passwords.js'

export interface User {
  id: string
  email: string
  role: Role
  areas: string[]
  verifiedAt: number | null
  createdAt: number
}

export interface Problem {
  field: string
  message: string
}

export type Outcome<T> = ({ ok: true } & T) | { ok: false; problems: Problem[] }

export const normaliseEmail = (email: string): string => email.trim().toLowerCase()

export const emailSchema = z
  .string({ error: 'Enter your email address' })
  .trim()
  .min(1, { error: 'Enter your email address' })
  .max(254, { error: 'Email address must be 254 characters or fewer' })
  .pipe(z.email({ error: 'Enter an email address in the correct format, like name@example.com' }))

export const toUser = (row: UsersTable): User => ({
  id: row.id,
  email: row.email,
  role: row.role,
  areas: JSON.parse(row.areas) as string[],
  verifiedAt: row.verified_at,
  createdAt: row.created_at,
})

/** How long a link in an email works. */
export const LINK_LIFETIME: Record<TokenPurpose, number> = { 'verify-email': 2 * DAY, 'reset-password': HOUR }

export type { Deps } from '../store/database.js'

function checkCredentials(email: string, password: string): Outcome<{ email: string }> {
  const problems: Problem[] = []
  const parsed = emailSchema.safeParse(email)
  if (!parsed.success) problems.push({ field: 'email', message: parsed.error.issues[0]?.message ?? 'Enter a valid email address' })
  const weak = passwordProblem(password, email)
  if (weak) problems.push({ field: 'password', message: weak })
  return problems.length > 0 || !parsed.success ? { ok: false, problems } : { ok: true, email: normaliseEmail(parsed.data) }
}

const TAKEN: Problem = { field: 'email', message: 'An account with this email address already exists. Sign in, or reset your password' }

async function insertUser({ db, clock }: Deps, email: string, password: string, role: Role, areas: string[], verified: boolean): Promise<Outcome<{ user: User }>> {
  const existing = await db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirst()
  if (existing) return { ok: false, problems: [TAKEN] }
  const now = clock.now()
  const row: UsersTable = { id: newId(), email, password_hash: await hashPassword(password), role, areas: JSON.stringify(areas), verified_at: verified ? now : null, created_at: now }
  try {
    await db.insertInto('users').values(row).execute()
  } catch (error) {
    // Two sign-ups for one address at once: the unique index lets only one through.
    if (await db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirst()) return { ok: false, problems: [TAKEN] }
    throw error
  }
  return { ok: true, user: toUser(row) }
}

/**
 * A family signs up: a new, unverified account and the secret for the link that verifies it (sent by email;
 * only its hash is stored).
 */
export async function signUp(deps: Deps, input: { email: string; password: string }): Promise<Outcome<{ user: User; verifyToken: string }>> {
  const checked = checkCredentials(input.email, input.password)
  if (!checked.ok) return checked
  const made = await insertUser(deps, checked.email, input.password, 'family', [], false)
  if (!made.ok) return made
  return { ok: true, user: made.user, verifyToken: await issueToken(deps, made.user.id, 'verify-email') }
}

export const createUserSchema = z.object({
  email: z.string(),
  password: z.string(),
  role: z.enum(ROLES, { error: `role must be one of: ${ROLES.join(', ')}` }),
  areas: z.array(z.string().regex(/^[a-z0-9-]{1,64}$/, { error: 'area ids are lower-case letters, digits and hyphens' })).max(50).default([]),
})

/** An operator creates an account with a role (and areas for advisers and managers); it is verified at once. */
export async function createUser(deps: Deps, input: z.input<typeof createUserSchema>): Promise<Outcome<{ user: User }>> {
  const parsed = createUserSchema.safeParse(input)
  if (!parsed.success) return { ok: false, problems: parsed.error.issues.map((i) => ({ field: i.path.join('.') || 'role', message: i.message })) }
  const checked = checkCredentials(parsed.data.email, parsed.data.password)
  if (!checked.ok) return checked
  return insertUser(deps, checked.email, parsed.data.password, parsed.data.role, [...new Set(parsed.data.areas)], true)
}

export async function findUser(db: Db, id: string): Promise<User | undefined> {
  const row = await db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst()
  return row && toUser(row)
}

export async function findUserByEmail(db: Db, email: string): Promise<User | undefined> {
  const row = await db.selectFrom('users').selectAll().where('email', '=', normaliseEmail(email)).executeTakeFirst()
  return row && toUser(row)
}

/** A single-use link secret for a user, valid for LINK_LIFETIME[purpose]. Earlier unused links of that purpose stop working. */
export async function issueToken({ db, clock }: Deps, userId: string, purpose: TokenPurpose): Promise<string> {
  const secret = newSecret()
  const now = clock.now()
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('tokens').where('user_id', '=', userId).where('purpose', '=', purpose).where('used_at', 'is', null).execute()
    await trx
      .insertInto('tokens')
      .values({ id: newId(), user_id: userId, purpose, token_hash: hashSecret(secret), expires_at: now + LINK_LIFETIME[purpose], used_at: null, created_at: now })
      .execute()
  })
  return secret
}

const LINK_PROBLEM: Record<TokenPurpose, string> = {
  'verify-email': 'This link to confirm your email address has expired or has already been used. Sign in to get a new one',
  'reset-password': 'This link to reset your password has expired or has already been used. Ask for a new one',
}

/**
 * Uses a link secret once: marks it used and runs `then` in the same transaction, so a link cannot be used
 * twice even by two requests at once.
 */
async function useToken<T>({ db, clock }: Deps, secret: string, purpose: TokenPurpose, then: (userId: string, trx: Tx) => Promise<T>): Promise<Outcome<{ userId: string; value: T }>> {
  const now = clock.now()
  return db.transaction().execute(async (trx) => {
    const claimed = await trx
      .updateTable('tokens')
      .set({ used_at: now })
      .where('token_hash', '=', hashSecret(secret))
      .where('purpose', '=', purpose)
      .where('used_at', 'is', null)
      .where('expires_at', '>', now)
      .returning('user_id')
      .executeTakeFirst()
    if (!claimed) return { ok: false as const, problems: [{ field: 'token', message: LINK_PROBLEM[purpose] }] }
    return { ok: true as const, userId: claimed.user_id, value: await then(claimed.user_id, trx) }
  })
}

/** Follows an email verification link. */
export async function verifyEmail(deps: Deps, secret: string): Promise<Outcome<{ userId: string }>> {
  const now = deps.clock.now()
  const used = await useToken(deps, secret, 'verify-email', async (userId, trx) => {
    await trx.updateTable('users').set({ verified_at: now }).where('id', '=', userId).where('verified_at', 'is', null).execute()
  })
  return used.ok ? { ok: true, userId: used.userId } : used
}

/**
 * Starts a password reset: the link secret to email, or undefined for an unknown address (the page says the
 * same thing either way, so it does not reveal who has an account).
 */
export async function requestPasswordReset(deps: Deps, email: string): Promise<{ user: User; resetToken: string } | undefined> {
  const user = await findUserByEmail(deps.db, email)
  if (!user) return undefined
  return { user, resetToken: await issueToken(deps, user.id, 'reset-password') }
}

/** Follows a reset link with a new password. Every session of the account ends: whoever had it is signed out. */
export async function resetPassword(deps: Deps, secret: string, newPassword: string): Promise<Outcome<{ userId: string }>> {
  const weak = passwordProblem(newPassword)
  if (weak) return { ok: false, problems: [{ field: 'password', message: weak }] }
  const passwordHash = await hashPassword(newPassword)
  const now = deps.clock.now()
  const used = await useToken(deps, secret, 'reset-password', async (userId, trx) => {
    // Following the link proves the address too.
    const user = await trx.selectFrom('users').select('verified_at').where('id', '=', userId).executeTakeFirstOrThrow()
    await trx.updateTable('users').set({ password_hash: passwordHash, verified_at: user.verified_at ?? now }).where('id', '=', userId).execute()
    await trx.deleteFrom('sessions').where('user_id', '=', userId).execute()
  })
  return used.ok ? { ok: true, userId: used.userId } : used
}
