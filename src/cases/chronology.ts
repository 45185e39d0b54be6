import { londonDateOf } from '../clock.js'
import type { Milestone } from '../law/index.js'
import { recordAudit } from './audit.js'
import { viewCaseRow } from './cases.js'
import { decisionTimeline, listDecisions } from './decisions.js'
import { listDocuments, type DocumentInfo } from './documents.js'
import { listEntries, type Entry } from './entries.js'
import type { Case } from './cases.js'
import type { Deps } from './model.js'

/** One dated line of the chronology: a diary entry (with the numbers of its documents) or a date that has passed. */
export type ChronologyEvent =
  | { date: string; kind: 'entry'; entry: Entry; documentNumbers: number[] }
  | { date: string; kind: 'milestone'; decisionId: string; milestone: Milestone }

export interface NumberedDocument extends DocumentInfo {
  number: number
  /** The day it was added, in London. */
  addedOn: string
}

export interface Chronology {
  case: Case
  today: string
  events: ChronologyEvent[]
  documents: NumberedDocument[]
}

/**
 * The case as a dated chronology, in the form an adviser or a Tribunal bundle expects: every diary entry and
 * every decision date that has come, oldest first, and the documents numbered 1, 2, 3 in the order they were
 * added, each entry naming the numbers of its documents. The renderer (PDF, Word) lays it out.
 */
export async function caseChronology(deps: Deps, userId: string, caseId: string, today: string): Promise<Chronology | undefined> {
  const c = await viewCaseRow(deps, userId, caseId)
  if (!c) return undefined
  const [entries, decisions, documents] = await Promise.all([listEntries(deps, userId, caseId), listDecisions(deps, userId, caseId), listDocuments(deps, userId, caseId)])
  if (!entries || !decisions || !documents) return undefined
  const numbered = documents.map((d, i) => ({ ...d, number: i + 1, addedOn: londonDateOf(d.createdAt) }))
  const events: ChronologyEvent[] = [
    ...entries.map((entry) => ({
      date: entry.date,
      kind: 'entry' as const,
      entry,
      documentNumbers: numbered.filter((d) => d.entryId === entry.id).map((d) => d.number),
    })),
    ...decisions.flatMap((d) =>
      decisionTimeline(d.request, today)
        .milestones.filter((m) => m.status !== 'upcoming')
        .map((milestone) => ({ date: milestone.date, kind: 'milestone' as const, decisionId: d.id, milestone })),
    ),
  ]
  // By date; on one day, what the family recorded comes before the dates worked out from decisions.
  events.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.kind === b.kind ? 0 : a.kind === 'entry' ? -1 : 1))
  await recordAudit(deps.db, { userId, caseId, action: 'chronology.view', at: deps.clock.now() })
  return { case: c, today, events, documents: numbered }
}
