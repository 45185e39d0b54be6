import { daysBetweenIsoDates, type Milestone } from '../law/index.js'
import { decisionTimeline, type DecisionRequest } from '../cases/index.js'
import { refusedRecipient, reminderMessage, type Mailer } from '../mail/index.js'
import type { Clock } from '../store/clock.js'
import type { Db } from '../store/database.js'
import { newId } from '../store/ids.js'
import type { ReminderKind } from '../store/schema.js'

/** Days before a deadline that each reminder comes due, most recent last. */
export const REMINDER_OFFSETS: readonly { kind: ReminderKind; days: number }[] = [
  { kind: '4w', days: 28 },
  { kind: '1w', days: 7 },
  { kind: '1d', days: 1 },
]

/**
 * The one reminder to send today for a deadline `daysLeft` away, if any: the most recent one that has come due.
 * A family who joins late gets only that one, never a backlog; nothing once the deadline has passed.
 */
export function reminderDue(daysLeft: number): ReminderKind | undefined {
  if (daysLeft < 0) return undefined
  let due: ReminderKind | undefined
  for (const r of REMINDER_OFFSETS) if (daysLeft <= r.days) due = r.kind
  return due
}

const offsetOf = (kind: ReminderKind) => REMINDER_OFFSETS.find((r) => r.kind === kind)!.days

/** The deadlines a family must meet themselves: the engine's milestones whose actor is "you", not yet passed. */
export const familyDeadlines = (milestones: readonly Milestone[]) => milestones.filter((m) => m.actor === 'you' && m.status !== 'passed')

export interface ReminderJob {
  db: Db
  mailer: Mailer
  clock: Clock
  /** Today's date in London, YYYY-MM-DD. */
  today: string
  /** The link to a case in the email, when the service knows its own address. */
  caseLink?: (caseId: string) => string
  /**
   * Told about a reminder that could not be sent; it is tried again on the next run. When the mail server
   * itself failed (not one address), the run stops there, and this is told once.
   */
  onError?: (error: unknown, about: { decisionId: string; milestoneId: string }) => void
}

/** How many decisions a run reads at a time: memory stays flat however many families there are. */
export const REMINDER_BATCH = 500

/**
 * Sends every reminder due today, each once, to verified accounts. Each is marked sent in the same
 * transaction that sends it: if the mail server refuses, nothing is recorded and the next run tries again; a
 * second instance running at the same moment is stopped by the unique (decision, milestone, kind) row.
 * Decisions are read a batch at a time in id order, with the reminders already sent for the whole batch in
 * one query. Returns how many were sent.
 */
export async function sendDueReminders(job: ReminderJob, batchSize = REMINDER_BATCH): Promise<number> {
  const { db, today } = job
  let sent = 0
  let after = ''
  for (;;) {
    const decisions = await db
      .selectFrom('decisions')
      .innerJoin('cases', 'cases.id', 'decisions.case_id')
      .innerJoin('users', 'users.id', 'cases.owner_id')
      .select(['decisions.id as decisionId', 'decisions.request', 'cases.id as caseId', 'cases.child_name as childName', 'users.email'])
      .where('users.verified_at', 'is not', null)
      .where('decisions.id', '>', after)
      .orderBy('decisions.id')
      .limit(batchSize)
      .execute()
    const last = decisions[decisions.length - 1]
    if (!last) return sent
    after = last.decisionId
    // Each deadline's reminder due today, worked out once; the decisions with none need no more reading.
    const due = decisions
      .map((d) => ({
        d,
        reminders: familyDeadlines(decisionTimeline(JSON.parse(d.request) as DecisionRequest, today).milestones).flatMap((m) => {
          const daysLeft = daysBetweenIsoDates(today, m.date)
          const kind = reminderDue(daysLeft)
          return kind ? [{ m, kind, daysLeft }] : []
        }),
      }))
      .filter(({ reminders }) => reminders.length > 0)
    if (due.length === 0) continue
    const already = await db
      .selectFrom('reminders')
      .select(['decision_id', 'milestone_id', 'kind'])
      .where('decision_id', 'in', due.map(({ d }) => d.decisionId))
      .execute()
    for (const { d, reminders } of due) {
      for (const { m, kind, daysLeft } of reminders) {
        // Sent already, or a later reminder for this deadline has gone: an earlier one is never sent after it.
        if (already.some((r) => r.decision_id === d.decisionId && r.milestone_id === m.id && offsetOf(r.kind) <= offsetOf(kind))) continue
        const outcome = await sendOne(job, d, m, kind, daysLeft)
        if (outcome === 'sent') sent++
        // The mail server cannot be reached or used: every other send would wait out the same timeout, each
        // holding its transaction open. The rest go on the next run.
        if (outcome === 'unavailable') return sent
      }
    }
    if (decisions.length < batchSize) return sent
  }
}

async function sendOne(job: ReminderJob, d: { decisionId: string; caseId: string; childName: string; email: string }, m: Milestone, kind: ReminderKind, daysLeft: number): Promise<'sent' | 'raced' | 'refused' | 'unavailable'> {
  try {
    await job.db.transaction().execute(async (trx) => {
      await trx
        .insertInto('reminders')
        .values({ id: newId(), decision_id: d.decisionId, milestone_id: m.id, milestone_date: m.date, kind, sent_to: d.email, sent_at: job.clock.now() })
        .execute()
      await job.mailer.send(
        reminderMessage(d.email, { childName: d.childName, milestoneTitle: m.title, milestoneDate: m.date, kind, daysLeft, caseLink: job.caseLink?.(d.caseId) }),
      )
    })
    return 'sent'
  } catch (error) {
    // Another instance sent it first (the unique row stopped this one): not an error.
    const raced = await job.db.selectFrom('reminders').select('id').where('decision_id', '=', d.decisionId).where('milestone_id', '=', m.id).where('kind', '=', kind).executeTakeFirst()
    if (raced) return 'raced'
    job.onError?.(error, { decisionId: d.decisionId, milestoneId: m.id })
    return refusedRecipient(error) ? 'refused' : 'unavailable'
  }
}
