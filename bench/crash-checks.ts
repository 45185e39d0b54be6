import { sql } from 'kysely'
import type { Store } from '../src/store/database.js'

// What the crash test checks after each restart: the database's own integrity check, that no change is half
// there (an entry without its first version or its audit row would mean a transaction was torn), and that every
// acknowledged entry is present with exactly the content that was sent.

/** An entry that was acknowledged: what was sent, and the id the 201 gave back. */
export interface Acked {
  id: string
  caseId: string
  body: { date: string; kind: string; summary: string; people?: string; promised?: { what: string; by?: string } }
}

async function databaseCheck(store: Store): Promise<string[]> {
  if (store.dialect === 'sqlite') {
    const integrity = await sql<{ integrity_check: string }>`pragma integrity_check`.execute(store.db)
    const verdict = integrity.rows.map((r) => r.integrity_check)
    const foreign = await sql<Record<string, unknown>>`pragma foreign_key_check`.execute(store.db)
    return [
      ...(verdict.length === 1 && verdict[0] === 'ok' ? [] : [`integrity_check: ${verdict.join('; ')}`]),
      ...foreign.rows.map((r) => `foreign_key_check: ${JSON.stringify(r)}`),
    ]
  }
  // PostgreSQL survives its client's death by design; what can break is ours: rows pointing nowhere, or a btree
  // index that disagrees with its table (amcheck).
  const problems: string[] = []
  const orphans = await sql<{ what: string; n: number }>`
    select 'entries without their case' as what, count(*)::int as n from entries e where not exists (select 1 from cases c where c.id = e.case_id)
    union all select 'versions without their entry', count(*)::int from entry_versions v where not exists (select 1 from entries e where e.id = v.entry_id)
    union all select 'audit rows without their user', count(*)::int from audit_log a where not exists (select 1 from users u where u.id = a.user_id)`.execute(store.db)
  for (const r of orphans.rows) if (r.n !== 0) problems.push(`${r.what}: ${r.n}`)
  await sql`create extension if not exists amcheck`.execute(store.db)
  const indexes = await sql<{ name: string }>`
    select c.relname as name from pg_index i join pg_class c on c.oid = i.indexrelid join pg_namespace n on n.oid = c.relnamespace
    join pg_am am on am.oid = c.relam where n.nspname = 'public' and am.amname = 'btree'`.execute(store.db)
  for (const { name } of indexes.rows) {
    try {
      await sql`select bt_index_check(${name}::regclass, true)`.execute(store.db)
    } catch (error) {
      problems.push(`bt_index_check ${name}: ${(error as Error).message}`)
    }
  }
  return problems
}

/** Every entry must have its first version and its audit row: they are written in one transaction. */
async function tornChanges(store: Store): Promise<string[]> {
  const { n } = await store.db
    .selectFrom('entries as e')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where((eb) => eb.or([eb.not(eb.exists(eb.selectFrom('entry_versions as v').select('v.id').whereRef('v.entry_id', '=', 'e.id').where('v.version', '=', 1))), eb.not(eb.exists(eb.selectFrom('audit_log as a').select('a.id').whereRef('a.detail', '=', 'e.id').where('a.action', '=', 'entry.create')))]))
    .executeTakeFirstOrThrow()
  return Number(n) === 0 ? [] : [`${n} entries without their first version or audit row`]
}

async function lostOrChanged(store: Store, acked: Acked[]): Promise<string[]> {
  const problems: string[] = []
  for (let i = 0; i < acked.length; i += 500) {
    const batch = acked.slice(i, i + 500)
    const rows = await store.db.selectFrom('entries').selectAll().where('id', 'in', batch.map((a) => a.id)).execute()
    const byId = new Map(rows.map((r) => [r.id, r]))
    for (const a of batch) {
      const row = byId.get(a.id)
      if (!row) {
        problems.push(`LOST: entry ${a.id} (acknowledged with 201) is not in the database`)
        continue
      }
      const expected = [a.caseId, a.body.date, a.body.kind, a.body.summary, a.body.people ?? null, a.body.promised?.what ?? null, a.body.promised?.by ?? null]
      const found = [row.case_id, row.date, row.kind, row.summary, row.people, row.promised_what, row.promised_by]
      if (JSON.stringify(expected) !== JSON.stringify(found)) problems.push(`CHANGED: entry ${a.id}: sent ${JSON.stringify(expected)}, stored ${JSON.stringify(found)}`)
    }
  }
  return problems
}

export async function checkIntegrity(store: Store, acked: Acked[]): Promise<string[]> {
  return [...(await databaseCheck(store)), ...(await tornChanges(store)), ...(await lostOrChanged(store, acked))]
}
