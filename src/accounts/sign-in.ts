import { MINUTE } from '../store/clock.js'
import { newId } from '../store/ids.js'
import { normaliseEmail, toUser, type Deps, type User } from './accounts.js'
import { spendTimeLikeAVerify, verifyPassword } from './passwords.js'

// Failed sign-ins are rows, counted per account and per address over a window, so every instance of the
// service applies the same limits.
export const THROTTLE = { windowMs: 15 * MINUTE, perAccount: 5, perAddress: 20 } as const

/** One answer for an unknown email and a wrong password, so the form does not reveal who has an account. */
export const BAD_CREDENTIALS = 'The email address or password is not right. Check them and try again'
export const THROTTLED = `There have been too many attempts to sign in. Wait ${THROTTLE.windowMs / MINUTE} minutes, then try again, or reset your password`

export type SignInResult = { ok: true; user: User } | { ok: false; reason: 'bad-credentials' | 'throttled'; message: string }

const accountKey = (email: string) => `account:${email}`
const addressKey = (address: string) => `address:${address}`

export async function signIn({ db, clock }: Deps, input: { email: string; password: string; address: string }): Promise<SignInResult> {
  const email = normaliseEmail(input.email)
  const now = clock.now()
  const since = now - THROTTLE.windowMs
  const failures = async (key: string) =>
    Number((await db.selectFrom('sign_in_attempts').select((eb) => eb.fn.countAll().as('n')).where('throttle_key', '=', key).where('at', '>', since).executeTakeFirstOrThrow()).n)
  if ((await failures(accountKey(email))) >= THROTTLE.perAccount || (await failures(addressKey(input.address))) >= THROTTLE.perAddress) {
    return { ok: false, reason: 'throttled', message: THROTTLED }
  }

  const row = email.length > 0 && email.length <= 254 ? await db.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirst() : undefined
  const right = row ? await verifyPassword(row.password_hash, input.password) : (await spendTimeLikeAVerify(input.password), false)
  if (!row || !right) {
    await db.transaction().execute(async (trx) => {
      await trx.deleteFrom('sign_in_attempts').where('at', '<=', since).execute()
      await trx
        .insertInto('sign_in_attempts')
        .values([
          { id: newId(), throttle_key: accountKey(email), at: now },
          { id: newId(), throttle_key: addressKey(input.address), at: now },
        ])
        .execute()
    })
    return { ok: false, reason: 'bad-credentials', message: BAD_CREDENTIALS }
  }
  // Success clears the account's count; the address keeps its count, which limits one address trying many accounts.
  await db.deleteFrom('sign_in_attempts').where('throttle_key', '=', accountKey(email)).execute()
  return { ok: true, user: toUser(row) }
}
