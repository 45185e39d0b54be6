import { zipSync, strToU8 } from 'fflate'
import { Temporal } from 'temporal-polyfill'
import type { Tx } from '../store/database.js'
import { recordAudit } from './audit.js'
import { toCase } from './cases.js'
import { cleanFileName } from './documents.js'
import { toEntry } from './entries.js'
import type { Deps } from './model.js'

/** Epoch milliseconds as an ISO instant, for people and other programs reading the export. */
const iso = (ms: number | null) => (ms === null ? null : Temporal.Instant.fromEpochMilliseconds(ms).toString())

const json = (value: unknown) => strToU8(`${JSON.stringify(value, null, 2)}\n`)

async function caseFiles(trx: Tx, caseId: string, folder: string, files: Record<string, Uint8Array>) {
  const row = await trx.selectFrom('cases').selectAll().where('id', '=', caseId).executeTakeFirstOrThrow()
  const entries = await trx.selectFrom('entries').selectAll().where('case_id', '=', caseId).orderBy('date').orderBy('created_at').execute()
  const versions = await trx
    .selectFrom('entry_versions')
    .innerJoin('entries', 'entries.id', 'entry_versions.entry_id')
    .selectAll('entry_versions')
    .where('entries.case_id', '=', caseId)
    .orderBy('entry_versions.version')
    .execute()
  const decisions = await trx.selectFrom('decisions').selectAll().where('case_id', '=', caseId).orderBy('created_at').execute()
  const documents = await trx.selectFrom('documents').selectAll().where('case_id', '=', caseId).orderBy('created_at').orderBy('id').execute()
  const audit = await trx.selectFrom('audit_log').selectAll().where('case_id', '=', caseId).orderBy('at').orderBy('id').execute()

  const documentList = documents.map((d, i) => {
    const path = `documents/${String(i + 1).padStart(3, '0')}-${cleanFileName(d.name)}`
    files[`${folder}/${path}`] = new Uint8Array(d.content)
    return { number: i + 1, id: d.id, name: d.name, type: d.type, size: d.size, entryId: d.entry_id, uploadedAt: iso(d.created_at), file: path }
  })
  const c = toCase(row)
  files[`${folder}/case.json`] = json({
    case: { ...c, createdAt: iso(c.createdAt), updatedAt: iso(c.updatedAt) },
    entries: entries.map((e) => {
      const entry = toEntry(e)
      return {
        ...entry,
        createdAt: iso(entry.createdAt),
        updatedAt: iso(entry.updatedAt),
        versions: versions
          .filter((v) => v.entry_id === e.id)
          .map((v) => ({ version: v.version, date: v.date, kind: v.kind, summary: v.summary, people: v.people, promised: v.promised_what === null ? null : { what: v.promised_what, by: v.promised_by }, editedBy: v.edited_by, editedAt: iso(v.edited_at) })),
      }
    }),
    decisions: decisions.map((d) => ({ id: d.id, request: JSON.parse(d.request) as unknown, createdAt: iso(d.created_at) })),
    documents: documentList,
    auditLog: audit.map((a) => ({ action: a.action, detail: a.detail, userId: a.user_id, at: iso(a.at) })),
  })
}

/**
 * Everything the account holds, as a ZIP: account.json, then for each case a folder with case.json (the case,
 * its diary with every version, decisions, documents list and log) and its documents. Read as one snapshot.
 */
export async function exportAccount({ db, clock }: Deps, userId: string): Promise<Uint8Array | undefined> {
  const now = clock.now()
  return db.transaction().execute(async (trx) => {
    const user = await trx.selectFrom('users').selectAll().where('id', '=', userId).executeTakeFirst()
    if (!user) return undefined
    const cases = await trx.selectFrom('cases').select('id').where('owner_id', '=', userId).orderBy('created_at').orderBy('id').execute()
    const files: Record<string, Uint8Array> = {
      'account.json': json({
        account: { id: user.id, email: user.email, role: user.role, areas: JSON.parse(user.areas) as string[], verifiedAt: iso(user.verified_at), createdAt: iso(user.created_at) },
        exportedAt: iso(now),
        cases: cases.map((c, i) => ({ id: c.id, folder: `cases/${i + 1}` })),
      }),
    }
    for (const [i, c] of cases.entries()) {
      await recordAudit(trx, { userId, caseId: c.id, action: 'account.export', at: now })
      await caseFiles(trx, c.id, `cases/${i + 1}`, files)
    }
    // Every file is stamped with the export's time, from the injected clock.
    return zipSync(files, { level: 6, mtime: now })
  })
}
