import type { Db, Tx } from '../store/database.js'
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

export async function recordAudit(db: Db | Tx, event: AuditEvent): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({ id: newId(), user_id: event.userId, case_id: event.caseId, action: event.action, detail: event.detail ?? null, at: event.at })
    .execute()
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
