import type { Db, Tx } from '../store/database.js'
import { newId } from '../store/ids.js'
import type { EntriesTable, EntryKind } from '../store/schema.js'
import { ownedCase, touchOwnedCase } from './access.js'
import { recordAudit } from './audit.js'
import { toCase, type Case } from './cases.js'
import { LIMITS } from './limits.js'
import { changeCase, invalid, limitReached, NOT_FOUND, ok, zodProblems, type Deps, type Result } from './model.js'
import { entryPatchSchema, entrySchema } from './schemas.js'

/** A diary entry: what happened, when, who was there, and anything promised. */
export interface Entry {
  id: string
  version: number
  date: string
  kind: EntryKind
  summary: string
  people?: string
  promised?: { what: string; by?: string }
  createdAt: number
  updatedAt: number
}

export interface EntryVersion extends Omit<Entry, 'id' | 'createdAt' | 'updatedAt'> {
  editedBy: string
  editedAt: number
}

type EntryFields = Pick<EntriesTable, 'date' | 'kind' | 'summary' | 'people' | 'promised_what' | 'promised_by'>

function fieldsOut(row: EntryFields & { version: number }) {
  const e: Omit<Entry, 'id' | 'createdAt' | 'updatedAt'> = { version: row.version, date: row.date, kind: row.kind, summary: row.summary }
  if (row.people !== null) e.people = row.people
  if (row.promised_what !== null) e.promised = row.promised_by === null ? { what: row.promised_what } : { what: row.promised_what, by: row.promised_by }
  return e
}

export const toEntry = (row: EntriesTable): Entry => ({ id: row.id, ...fieldsOut(row), createdAt: row.created_at, updatedAt: row.updated_at })

async function keepVersion(trx: Tx, entryId: string, fields: EntryFields, version: number, userId: string, at: number) {
  await trx.insertInto('entry_versions').values({ id: newId(), entry_id: entryId, version, ...fields, edited_by: userId, edited_at: at }).execute()
}

export async function addEntry({ db, clock }: Deps, userId: string, caseId: string, input: unknown): Promise<Result<Entry>> {
  const parsed = entrySchema.safeParse(input)
  if (!parsed.success) return invalid(zodProblems(parsed.error))
  const d = parsed.data
  const now = clock.now()
  const fields: EntryFields = { date: d.date, kind: d.kind, summary: d.summary, people: d.people ?? null, promised_what: d.promised?.what ?? null, promised_by: d.promised?.by ?? null }
  return changeCase(db, async (trx) => {
    if (!(await touchOwnedCase(trx, userId, caseId, now))) return NOT_FOUND
    const { n } = await trx.selectFrom('entries').select((eb) => eb.fn.countAll().as('n')).where('case_id', '=', caseId).executeTakeFirstOrThrow()
    if (Number(n) >= LIMITS.entriesPerCase) return limitReached('(body)', `A case can hold up to ${LIMITS.entriesPerCase.toLocaleString('en-GB')} diary entries`)
    const row: EntriesTable = { id: newId(), case_id: caseId, version: 1, ...fields, created_at: now, updated_at: now }
    await trx.insertInto('entries').values(row).execute()
    await keepVersion(trx, row.id, fields, 1, userId, now)
    await recordAudit(trx, { userId, caseId, action: 'entry.create', detail: row.id, at: now })
    return ok(toEntry(row))
  })
}

/** The case's diary by date (then by when it was written), or undefined if the case is not the user's. Not logged: for functions that log their own action. */
export async function listEntries({ db }: Deps, userId: string, caseId: string): Promise<Entry[] | undefined> {
  if (!(await ownedCase(db, userId, caseId))) return undefined
  return entriesOfCase(db, caseId)
}

/**
 * The whole diary for the family to read (the API's list, the diary page), with the case it belongs to, or
 * undefined if the case is not the user's. The view is logged as "diary.view" first.
 */
export async function readDiary({ db, clock }: Deps, userId: string, caseId: string): Promise<{ case: Case; entries: Entry[] } | undefined> {
  const row = await ownedCase(db, userId, caseId)
  if (!row) return undefined
  await recordAudit(db, { userId, caseId, action: 'diary.view', at: clock.now() })
  return { case: toCase(row), entries: await entriesOfCase(db, caseId) }
}

async function entriesOfCase(db: Db, caseId: string): Promise<Entry[]> {
  const rows = await db.selectFrom('entries').selectAll().where('case_id', '=', caseId).orderBy('date').orderBy('created_at').orderBy('id').execute()
  return rows.map(toEntry)
}

/**
 * The case's latest `limit` entries, newest first, and whether it holds more. Only for callers that have
 * already checked the case is the user's. One row more than shown is read to know: a count would read them all.
 */
export async function latestEntriesOfCase(db: Db, caseId: string, limit: number): Promise<{ entries: Entry[]; more: boolean }> {
  const rows = await db
    .selectFrom('entries')
    .selectAll()
    .where('case_id', '=', caseId)
    .orderBy('date', 'desc')
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit + 1)
    .execute()
  return { entries: rows.slice(0, limit).map(toEntry), more: rows.length > limit }
}

/** Changes an entry. The earlier text is kept as a version with who changed it and when: nothing is overwritten. */
export async function updateEntry({ db, clock }: Deps, userId: string, caseId: string, entryId: string, input: unknown): Promise<Result<Entry>> {
  const parsed = entryPatchSchema.safeParse(input)
  if (!parsed.success) return invalid(zodProblems(parsed.error))
  const p = parsed.data
  const now = clock.now()
  return changeCase(db, async (trx) => {
    if (!(await touchOwnedCase(trx, userId, caseId, now))) return NOT_FOUND
    const current = await trx.selectFrom('entries').selectAll().where('id', '=', entryId).where('case_id', '=', caseId).executeTakeFirst()
    if (!current) return NOT_FOUND
    const fields: EntryFields = {
      date: p.date ?? current.date,
      kind: p.kind ?? current.kind,
      summary: p.summary ?? current.summary,
      people: p.people === undefined ? current.people : p.people,
      promised_what: p.promised === undefined ? current.promised_what : (p.promised?.what ?? null),
      promised_by: p.promised === undefined ? current.promised_by : (p.promised?.by ?? null),
    }
    const version = current.version + 1
    // Only the row still at the version read is changed, so two edits at once cannot both win silently.
    const updated = await trx
      .updateTable('entries')
      .set({ ...fields, version, updated_at: now })
      .where('id', '=', entryId)
      .where('version', '=', current.version)
      .executeTakeFirst()
    if (Number(updated.numUpdatedRows) !== 1) return invalid([{ field: '(body)', message: 'The entry was changed by someone else at the same time. Try again' }])
    await keepVersion(trx, entryId, fields, version, userId, now)
    await recordAudit(trx, { userId, caseId, action: 'entry.update', detail: entryId, at: now })
    return ok(toEntry({ ...current, ...fields, version, updated_at: now }))
  })
}

/** Every version of an entry, oldest first, with who wrote it and when. */
export async function entryHistory({ db, clock }: Deps, userId: string, caseId: string, entryId: string): Promise<EntryVersion[] | undefined> {
  if (!(await ownedCase(db, userId, caseId))) return undefined
  const entry = await db.selectFrom('entries').select('id').where('id', '=', entryId).where('case_id', '=', caseId).executeTakeFirst()
  if (!entry) return undefined
  await recordAudit(db, { userId, caseId, action: 'entry.history', detail: entryId, at: clock.now() })
  const rows = await db.selectFrom('entry_versions').selectAll().where('entry_id', '=', entryId).orderBy('version').execute()
  return rows.map((r) => ({ ...fieldsOut(r), editedBy: r.edited_by, editedAt: r.edited_at }))
}
