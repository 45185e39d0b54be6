import { newId } from '../store/ids.js'
import type { CasesTable } from '../store/schema.js'
import { ownedCase } from './access.js'
import { recordAudit } from './audit.js'
import { LIMITS } from './limits.js'
import { changeCase, invalid, limitReached, NOT_FOUND, ok, zodProblems, type Deps, type Result } from './model.js'
import { newCaseSchema } from './schemas.js'

/** A child or young person's case, as the API shows it. */
export interface Case {
  id: string
  child: { name: string; dateOfBirth?: string }
  area: string
  school?: string
  hasPlan?: boolean
  createdAt: number
  updatedAt: number
}

export function toCase(row: CasesTable): Case {
  const c: Case = { id: row.id, child: { name: row.child_name }, area: row.area, createdAt: row.created_at, updatedAt: row.updated_at }
  if (row.date_of_birth !== null) c.child.dateOfBirth = row.date_of_birth
  if (row.school !== null) c.school = row.school
  if (row.has_plan !== null) c.hasPlan = row.has_plan === 1
  return c
}

export async function createCase({ db, clock }: Deps, userId: string, input: unknown): Promise<Result<Case>> {
  const parsed = newCaseSchema.safeParse(input)
  if (!parsed.success) return invalid(zodProblems(parsed.error))
  const d = parsed.data
  const now = clock.now()
  const row: CasesTable = {
    id: newId(),
    owner_id: userId,
    child_name: d.child.name,
    date_of_birth: d.child.dateOfBirth ?? null,
    school: d.school ?? null,
    area: d.area,
    has_plan: d.hasPlan === undefined ? null : d.hasPlan ? 1 : 0,
    created_at: now,
    updated_at: now,
  }
  return changeCase(db, async (trx) => {
    const { n } = await trx.selectFrom('cases').select((eb) => eb.fn.countAll().as('n')).where('owner_id', '=', userId).executeTakeFirstOrThrow()
    if (Number(n) >= LIMITS.casesPerAccount) return limitReached('(body)', `You can keep up to ${LIMITS.casesPerAccount} cases`)
    await trx.insertInto('cases').values(row).execute()
    await recordAudit(trx, { userId, caseId: row.id, action: 'case.create', at: now })
    return ok(toCase(row))
  })
}

/** The user's own cases, oldest first. */
export async function listCases({ db }: Deps, userId: string): Promise<Case[]> {
  const rows = await db.selectFrom('cases').selectAll().where('owner_id', '=', userId).orderBy('created_at').orderBy('id').execute()
  return rows.map(toCase)
}

/** One of the user's cases without logging a view (for functions that log their own action). */
export async function viewCaseRow({ db }: Deps, userId: string, caseId: string): Promise<Case | undefined> {
  const row = await ownedCase(db, userId, caseId)
  return row && toCase(row)
}

/** One of the user's cases (the view is logged), or undefined: not theirs and not there look the same. */
export async function viewCase({ db, clock }: Deps, userId: string, caseId: string): Promise<Case | undefined> {
  const row = await ownedCase(db, userId, caseId)
  if (!row) return undefined
  await recordAudit(db, { userId, caseId, action: 'case.view', at: clock.now() })
  return toCase(row)
}

/** Deletes a case and everything in it (entries, versions, decisions, reminders, documents, its log) at once. */
export async function deleteCase({ db }: Deps, userId: string, caseId: string): Promise<Result<null>> {
  const result = await db.deleteFrom('cases').where('id', '=', caseId).where('owner_id', '=', userId).executeTakeFirst()
  return Number(result.numDeletedRows) === 1 ? ok(null) : NOT_FOUND
}
