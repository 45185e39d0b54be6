import { ownedCase } from './access.js'
import { recordAudit } from './audit.js'
import { toCase, type Case } from './cases.js'
import { decisionsOfCase, timelineOf, type CaseMilestone } from './decisions.js'
import { documentsOfCase, type DocumentInfo } from './documents.js'
import { latestEntriesOfCase, type Entry } from './entries.js'
import type { Deps } from './model.js'

/** How many diary entries the case page shows; the rest are on the diary page, so the page stays short and quick. */
export const RECENT_ENTRIES = 5

/** What the case page shows. */
export interface CaseOverview {
  case: Case
  /** Every milestone across the case's decisions, by date. */
  milestones: CaseMilestone[]
  /** The latest diary entries, newest first. */
  recentEntries: Entry[]
  /** Whether the diary holds older entries than these. */
  moreEntries: boolean
  documents: DocumentInfo[]
}

/**
 * The case page's facts in one go: one ownership check and one "case.view" audit row, then only the rows the page
 * shows (never the whole diary). Undefined when the case is not the user's, exactly as for one that does not exist.
 */
export async function caseOverview({ db, clock }: Deps, userId: string, caseId: string, today: string): Promise<CaseOverview | undefined> {
  const row = await ownedCase(db, userId, caseId)
  if (!row) return undefined
  // The view's audit row and the reads go together; the page is made only once the row is committed.
  const [, decisions, latest, documents] = await Promise.all([
    recordAudit(db, { userId, caseId, action: 'case.view', at: clock.now() }),
    decisionsOfCase(db, caseId),
    latestEntriesOfCase(db, caseId, RECENT_ENTRIES),
    documentsOfCase(db, caseId),
  ])
  return { case: toCase(row), milestones: timelineOf(decisions, today), recentEntries: latest.entries, moreEntries: latest.more, documents }
}
