import { hash, verify, type Algorithm } from '@node-rs/argon2'
import { dictionary } from '@zxcvbn-ts/language-common'

export const MIN_PASSWORD_LENGTH = 12
export const MAX_PASSWORD_LENGTH = 256

// The ~49,000 most common passwords from the zxcvbn-ts project's common dictionary (compiled from leaked
// password lists), lower-cased. Checked on sign up and on reset.
const COMMON = new Set((dictionary['passwords-common'] as string[]).map((p) => p.toLowerCase()))

/** A password repeated ("passwordpassword") or one character over and over is as weak as the original. */
function repeatsSomethingCommon(lower: string): boolean {
  for (let size = 1; size <= lower.length / 2; size++) {
    if (lower.length % size !== 0) continue
    const unit = lower.slice(0, size)
    if (unit.repeat(lower.length / size) === lower && (size <= 3 || COMMON.has(unit))) return true
  }
  return false
}

/** Why a new password cannot be used, as a sentence for the person choosing it; undefined if it can. */
export function passwordProblem(password: string, email?: string): string | undefined {
  if (password.length < MIN_PASSWORD_LENGTH) return `Your password must be at least ${MIN_PASSWORD_LENGTH} characters long`
  if (password.length > MAX_PASSWORD_LENGTH) return `Your password must be ${MAX_PASSWORD_LENGTH} characters or fewer`
  const lower = password.toLowerCase()
  if (COMMON.has(lower) || repeatsSomethingCommon(lower)) return 'Your password is too common and easy to guess. Choose a different one'
  if (email && lower === email.trim().toLowerCase()) return 'Your password must not be your email address'
  return undefined
}

// argon2id with the OWASP-recommended minimum (19 MiB, 2 passes, 1 lane). The library's Algorithm is a const
// enum, which isolated modules cannot read: 2 is its Argon2id.
const ARGON2ID = 2 as Algorithm.Argon2id
const OPTIONS = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 }

export const hashPassword = (password: string): Promise<string> => hash(password, OPTIONS)

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password)
  } catch {
    return false
  }
}

// Checked when the email is unknown, so that answer takes as long as a wrong password does.
let decoy: Promise<string> | undefined
export async function spendTimeLikeAVerify(password: string): Promise<void> {
  decoy ??= hashPassword('a decoy password that no account has')
  await verifyPassword(await decoy, password)
}
