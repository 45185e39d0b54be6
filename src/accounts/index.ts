// Accounts: sign up, verify, reset, sign in with throttling, sessions and bearer tokens, roles.
export {
  createUser,
  createUserSchema,
  emailSchema,
  findUser,
  findUserByEmail,
  issueToken,
  LINK_LIFETIME,
  normaliseEmail,
  requestPasswordReset,
  resetPassword,
  signUp,
  verifyEmail,
  type Deps,
  type Outcome,
  type Problem,
  type User,
} from './accounts.js'
export { MIN_PASSWORD_LENGTH, passwordProblem } from './passwords.js'
export { createSession, deleteExpiredSessions, lookupSession, revokeAllSessions, revokeSession, SESSION_LIFETIME, type NewSession } from './sessions.js'
export { BAD_CREDENTIALS, signIn, THROTTLE, THROTTLED, type SignInResult } from './sign-in.js'
export { ROLES, type Role } from '../store/schema.js'
