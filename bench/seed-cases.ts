import { hashPassword } from '../src/accounts/passwords.js'
import { SESSION_LIFETIME } from '../src/accounts/index.js'
import type { Store, Tx } from '../src/store/database.js'
import { hashSecret, newId, newSecret } from '../src/store/ids.js'
import { ENTRY_KINDS, type Database } from '../src/store/schema.js'

// Seeds the case benchmark's families straight through the store: multi-row inserts in one transaction per
// thousand families, so half a million entries take seconds, not the hours the API would. Every row is what the
// service itself would have written: the entry, its first version, its audit row, and a bearer-token session.

export interface Family {
  userId: string
  caseId: string
  token: string
  /** A signed-in browser's session cookie value, for the case page. */
  cookie: string
}

const FAMILIES_PER_TRANSACTION = 1_000
const ROWS_PER_INSERT = 1_000 // at most 12 columns: well under both dialects' limit on bound values

async function insertAll<T extends keyof Database>(trx: Tx, table: T, rows: Database[T][]) {
  for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) {
    // Kysely cannot narrow a generic table's row type; the rows are the table's own shape.
    await trx.insertInto(table).values(rows.slice(i, i + ROWS_PER_INSERT) as never).execute()
  }
}

const day = (n: number) => `2025-${String(1 + (n % 12)).padStart(2, '0')}-${String(1 + (n % 28)).padStart(2, '0')}`

/** A decision letter's date in 2026, January to October. */
const noticeDay = (n: number) => `2026-${String(1 + (n % 10)).padStart(2, '0')}-${String(1 + (n % 28)).padStart(2, '0')}`

export async function seedFamilies(store: Store, families: number, entriesPerCase: number): Promise<Family[]> {
  const passwordHash = await hashPassword('a long benchmark password that nobody uses')
  const now = Date.now()
  const all: Family[] = []
  for (let start = 0; start < families; start += FAMILIES_PER_TRANSACTION) {
    const count = Math.min(FAMILIES_PER_TRANSACTION, families - start)
    const users: Database['users'][] = []
    const sessions: Database['sessions'][] = []
    const cases: Database['cases'][] = []
    const entries: Database['entries'][] = []
    const versions: Database['entry_versions'][] = []
    const audit: Database['audit_log'][] = []
    const decisions: Database['decisions'][] = []
    for (let f = start; f < start + count; f++) {
      const family: Family = { userId: newId(), caseId: newId(), token: newSecret(), cookie: newSecret() }
      all.push(family)
      users.push({ id: family.userId, email: `family-${f}@bench.example`, password_hash: passwordHash, role: 'family', areas: '[]', verified_at: now, created_at: now })
      sessions.push({ id: newId(), user_id: family.userId, token_hash: hashSecret(family.token), kind: 'api', created_at: now, expires_at: now + SESSION_LIFETIME.api })
      sessions.push({ id: newId(), user_id: family.userId, token_hash: hashSecret(family.cookie), kind: 'web', created_at: now, expires_at: now + SESSION_LIFETIME.web })
      cases.push({ id: family.caseId, owner_id: family.userId, child_name: `Child ${f}`, date_of_birth: '2015-03-04', school: 'Hill Primary School', area: f % 2 ? 'liverpool' : 'knowsley', has_plan: f % 2, created_at: now, updated_at: now })
      audit.push({ id: newId(), user_id: family.userId, case_id: family.caseId, action: 'case.create', detail: null, at: now })
      for (let e = 0; e < entriesPerCase; e++) {
        const fields = {
          version: 1,
          date: day(e + f),
          kind: ENTRY_KINDS[e % ENTRY_KINDS.length]!,
          summary: `Meeting ${e} about support: the school agreed to review the plan and to send the notes. `.repeat(3),
          people: e % 2 ? 'SENCo, class teacher, parent' : null,
          promised_what: e % 3 ? null : 'Send the notes of the meeting',
          promised_by: e % 6 ? null : day(e + f + 14),
        }
        const id = newId()
        const at = now + e
        entries.push({ id, case_id: family.caseId, ...fields, created_at: at, updated_at: at })
        versions.push({ id: newId(), entry_id: id, ...fields, edited_by: family.userId, edited_at: at })
        audit.push({ id: newId(), user_id: family.userId, case_id: family.caseId, action: 'entry.create', detail: id, at })
      }
      // Decision letters from this year, all before today (so the engine accepts them): some deadlines passed, some to come.
      for (const [i, noticeSentOn] of [noticeDay(f), noticeDay(f + 100)].entries()) {
        decisions.push({ id: newId(), case_id: family.caseId, request: JSON.stringify({ decision: i ? 'refuse-plan' : 'refuse-assessment', noticeSentOn }), created_by: family.userId, created_at: now + i })
      }
    }
    await store.db.transaction().execute(async (trx) => {
      await insertAll(trx, 'users', users)
      await insertAll(trx, 'sessions', sessions)
      await insertAll(trx, 'cases', cases)
      await insertAll(trx, 'entries', entries)
      await insertAll(trx, 'entry_versions', versions)
      await insertAll(trx, 'audit_log', audit)
      await insertAll(trx, 'decisions', decisions)
    })
  }
  return all
}
