// The tables, as Kysely sees them. Times are epoch milliseconds (bigint columns, read back as numbers);
// calendar dates are ISO YYYY-MM-DD text; flags are 0/1 integers so both dialects read the same values.

export const ROLES = ['family', 'adviser', 'manager', 'admin'] as const
export type Role = (typeof ROLES)[number]
export const TOKEN_PURPOSES = ['verify-email', 'reset-password'] as const
export type TokenPurpose = (typeof TOKEN_PURPOSES)[number]
export const SESSION_KINDS = ['web', 'api'] as const
export type SessionKind = (typeof SESSION_KINDS)[number]
export const ENTRY_KINDS = ['meeting', 'phone-call', 'email', 'letter', 'report', 'observation', 'other'] as const
export type EntryKind = (typeof ENTRY_KINDS)[number]
export const REMINDER_KINDS = ['4w', '1w', '1d'] as const
export type ReminderKind = (typeof REMINDER_KINDS)[number]

export interface UsersTable {
  id: string
  /** Trimmed and lower-cased, so uniqueness ignores case. */
  email: string
  password_hash: string
  role: Role
  /** JSON array of area ids (an adviser's or manager's patch). */
  areas: string
  verified_at: number | null
  created_at: number
}

export interface TokensTable {
  id: string
  user_id: string
  purpose: TokenPurpose
  token_hash: string
  expires_at: number
  used_at: number | null
  created_at: number
}

export interface SessionsTable {
  id: string
  user_id: string
  token_hash: string
  kind: SessionKind
  created_at: number
  expires_at: number
}

export interface SignInAttemptsTable {
  id: string
  /** "account:<email>" or "address:<ip>": failures are counted under both. */
  throttle_key: string
  at: number
}

export interface CasesTable {
  id: string
  owner_id: string
  child_name: string
  date_of_birth: string | null
  school: string | null
  area: string
  /** 1 yes, 0 no, null not known. */
  has_plan: number | null
  created_at: number
  updated_at: number
}

/** An entry's current state; every state it has had is in entry_versions. */
export interface EntriesTable {
  id: string
  case_id: string
  version: number
  date: string
  kind: EntryKind
  summary: string
  people: string | null
  promised_what: string | null
  promised_by: string | null
  created_at: number
  updated_at: number
}

export interface EntryVersionsTable {
  id: string
  entry_id: string
  version: number
  date: string
  kind: EntryKind
  summary: string
  people: string | null
  promised_what: string | null
  promised_by: string | null
  edited_by: string
  edited_at: number
}

export interface DecisionsTable {
  id: string
  case_id: string
  /** The timeline request (JSON, without `today`). */
  request: string
  created_by: string
  created_at: number
}

export interface DocumentsTable {
  id: string
  case_id: string
  entry_id: string | null
  name: string
  type: string
  size: number
  content: Buffer
  created_by: string
  created_at: number
}

export interface AuditLogTable {
  id: string
  user_id: string
  case_id: string | null
  action: string
  detail: string | null
  at: number
}

export interface RemindersTable {
  id: string
  decision_id: string
  milestone_id: string
  milestone_date: string
  kind: ReminderKind
  sent_to: string
  sent_at: number
}

export interface CalendarFeedsTable {
  id: string
  case_id: string
  token_hash: string
  created_at: number
  revoked_at: number | null
}

/** A "Save to my case" begun from the plan or a letter, waiting for its visitor to sign in (see migration 0002). */
export interface PendingSavesTable {
  id: string
  token_hash: string
  /** JSON: what to save (see src/cases/pending-saves.ts). */
  payload: string
  created_at: number
  expires_at: number
}

export interface Database {
  users: UsersTable
  tokens: TokensTable
  sessions: SessionsTable
  sign_in_attempts: SignInAttemptsTable
  cases: CasesTable
  entries: EntriesTable
  entry_versions: EntryVersionsTable
  decisions: DecisionsTable
  documents: DocumentsTable
  audit_log: AuditLogTable
  reminders: RemindersTable
  calendar_feeds: CalendarFeedsTable
  pending_saves: PendingSavesTable
}
