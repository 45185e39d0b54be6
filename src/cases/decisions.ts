import { timelineRequestSchema } from '../api/schemas.js'
import { timelineFor } from '../api/timeline-service.js'
import type { Milestone, Timeline } from '../law/index.js'
import type { Db } from '../store/database.js'
import { newId } from '../store/ids.js'
import { ownedCase, touchOwnedCase } from './access.js'
import { recordAudit } from './audit.js'
import { LIMITS } from './limits.js'
import { changeCase, invalid, limitReached, NOT_FOUND, ok, zodProblems, type Deps, type Result } from './model.js'

/** A decision on a case: the timeline request's fields, without `today` (a case's timeline is always as of now). */
export const decisionRequestSchema = timelineRequestSchema.omit({ today: true }).meta({ id: 'DecisionRequest' })
export type DecisionRequest = ReturnType<typeof decisionRequestSchema.parse>

export interface Decision {
  id: string
  request: DecisionRequest
  createdAt: number
}

export type CaseMilestone = Milestone & { decisionId: string }

/** Records a decision after checking its shape and its facts with the engine; returns its timeline as of `today`. */
export async function addDecision({ db, clock }: Deps, userId: string, caseId: string, input: unknown, today: string): Promise<Result<{ id: string; timeline: Timeline }>> {
  const parsed = decisionRequestSchema.safeParse(input)
  if (!parsed.success) return invalid(zodProblems(parsed.error))
  const worked = timelineFor(parsed.data, () => today)
  if (!worked.ok) return invalid(worked.problems)
  const now = clock.now()
  return changeCase(db, async (trx) => {
    if (!(await touchOwnedCase(trx, userId, caseId, now))) return NOT_FOUND
    const { n } = await trx.selectFrom('decisions').select((eb) => eb.fn.countAll().as('n')).where('case_id', '=', caseId).executeTakeFirstOrThrow()
    if (Number(n) >= LIMITS.decisionsPerCase) return limitReached('(body)', `A case can hold up to ${LIMITS.decisionsPerCase} decisions`)
    const id = newId()
    await trx.insertInto('decisions').values({ id, case_id: caseId, request: JSON.stringify(parsed.data), created_by: userId, created_at: now }).execute()
    await recordAudit(trx, { userId, caseId, action: 'decision.create', detail: id, at: now })
    return ok({ id, timeline: worked.timeline })
  })
}

export async function listDecisions({ db }: Deps, userId: string, caseId: string): Promise<Decision[] | undefined> {
  if (!(await ownedCase(db, userId, caseId))) return undefined
  return decisionsOfCase(db, caseId)
}

/** A case's decisions, oldest first. Only for callers that have already checked the case is the user's. */
export async function decisionsOfCase(db: Db, caseId: string): Promise<Decision[]> {
  const rows = await db.selectFrom('decisions').selectAll().where('case_id', '=', caseId).orderBy('created_at').orderBy('id').execute()
  return rows.map((r) => ({ id: r.id, request: JSON.parse(r.request) as DecisionRequest, createdAt: r.created_at }))
}

/**
 * The engine's timeline of one stored decision as of `today`, or no milestones if the engine now refuses
 * its facts (stored requests were valid when saved, but the law's checks can grow stricter). One such
 * decision must never take down the case page, the API or the reminders of every other family.
 */
export function decisionTimeline(request: DecisionRequest, today: string): Pick<Timeline, 'milestones'> {
  const worked = timelineFor(request, () => today)
  return worked.ok ? worked.timeline : { milestones: [] }
}

/** Every milestone across the case's decisions, by date, each with the id of its decision. */
export async function caseTimeline(
  deps: Deps,
  userId: string,
  caseId: string,
  today: string,
  /** False where the view is already recorded as a whole (the case page records "case.view"): one row per view. */
  { audit = true }: { audit?: boolean } = {},
): Promise<CaseMilestone[] | undefined> {
  const decisions = await listDecisions(deps, userId, caseId)
  if (!decisions) return undefined
  if (audit) await recordAudit(deps.db, { userId, caseId, action: 'timeline.view', at: deps.clock.now() })
  return timelineOf(decisions, today)
}

/** Every milestone across these decisions as of `today`, by date, each with the id of its decision. */
export function timelineOf(decisions: readonly Decision[], today: string): CaseMilestone[] {
  return decisions
    .flatMap((d) => decisionTimeline(d.request, today).milestones.map((m) => ({ ...m, decisionId: d.id })))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
}
