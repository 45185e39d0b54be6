import type { Insertable } from 'kysely'
import type { Db, Tx } from '../store/database.js'
import type { AuditLogTable } from '../store/schema.js'
import { newId } from '../store/ids.js'
import type { Deps } from './model.js'
import { ownedCase } from './access.js'

// Who did what to which case, and when. Rows are only ever added (the database refuses updates); they go
// only when the case or account they belong to is deleted.
export type AuditAction =
  | 'case.create'
  | 'case.view'
  | 'case.delete'
  | 'entry.create'
  | 'entry.update'
  | 'entry.history'
  | 'diary.view'
  | 'decision.create'
  | 'timeline.view'
  | 'document.upload'
  | 'document.download'
  | 'calendar.create'
  | 'calendar.revoke'
  | 'audit.view'
  | 'account.export'
  | 'chronology.view'

export interface AuditEvent {
  userId: string
  caseId: string | null
  action: AuditAction
  /** The thing acted on (an entry or document id), never its contents. */
  detail?: string | undefined
  at: number
}

type AuditRow = Insertable<AuditLogTable>

const rowOf = (event: AuditEvent): AuditRow => ({ id: newId(), user_id: event.userId, case_id: event.caseId, action: event.action, detail: event.detail ?? null, at: event.at })

/**
 * Records an event. Inside a transaction the row is part of it. Outside one (the views: a family opening a
 * page), rows logged in the same turn of the event loop share one insert, so one commit, one wait for the
 * disk, instead of one each: a SQLite commit waits for the disk (synchronous=FULL), which costs a busy server
 * more than the page itself. Each caller still waits until its own row is committed, so a view is on record
 * before anything of the case is shown.
 */
export async function recordAudit(db: Db | Tx, event: AuditEvent): Promise<void> {
  if (db.isTransaction) return void (await db.insertInto('audit_log').values(rowOf(event)).execute())
  return groupCommit(db, rowOf(event))
}

interface Batch {
  rows: AuditRow[]
  committed: Promise<void>
}
/** The batch still open for each database (there is one per store; the map lets a closed store's batch go). */
const openBatches = new WeakMap<Db, Batch>()

/** Well under both databases' limit on the values one statement may bind (6 a row). */
const MAX_BATCH = 1_000

function groupCommit(db: Db, row: AuditRow): Promise<void> {
  let batch = openBatches.get(db)
  if (!batch) {
    const rows: AuditRow[] = []
    const committed = new Promise<void>((resolve) => setImmediate(resolve)).then(async () => {
      if (openBatches.get(db) === batch) openBatches.delete(db)
      await db.insertInto('audit_log').values(rows).execute()
    })
    batch = { rows, committed }
    openBatches.set(db, batch)
  }
  const { rows, committed } = batch
  rows.push(row)
  if (rows.length >= MAX_BATCH) openBatches.delete(db)
  // If the shared insert fails (a case deleted a moment before its view was logged breaks its foreign key),
  // each row is tried on its own, so one family's failure is never another's.
  return committed.catch(async (error: unknown) => {
    if (rows.length === 1) throw error
    await db.insertInto('audit_log').values(row).execute()
  })
}

export interface AuditRecord {
  action: string
  detail: string | null
  at: number
  userId: string
}

/** A case's log, oldest first, for its owner (undefined if the case is not theirs). Reading it is logged too. */
export async function readAuditLog({ db, clock }: Deps, userId: string, caseId: string): Promise<AuditRecord[] | undefined> {
  const found = await ownedCase(db, userId, caseId)
  if (!found) return undefined
  await recordAudit(db, { userId, caseId, action: 'audit.view', at: clock.now() })
  const rows = await db.selectFrom('audit_log').select(['action', 'detail', 'at', 'user_id']).where('case_id', '=', caseId).orderBy('at').orderBy('id').execute()
  return rows.map((r) => ({ action: r.action, detail: r.detail, at: r.at, userId: r.user_id }))
}
