import { cite, publicCitation } from '../citations.js'
import { fromIso, toIso, type DayNumber } from '../calendar/day-number.js'
import { addWorkingDays } from '../calendar/working-days.js'
import { addDays, addMonths } from '../periods/periods.js'
import { appealDeadline } from './appeal-deadline.js'
import { formatDate, formatDateWithDay } from './format.js'
import type { Milestones } from './milestone-list.js'
import { LATE_APPEAL, MILESTONES } from './milestones.js'
import type { PendingCertificate, ProvisionalReason, Timeline } from './timeline-result.js'
import type { TimelineFacts } from './timeline-facts.js'

const FIVE_PM_NOTE = 'To be safe, make sure it arrives by 5pm: the Tribunal rules may set a 5pm cut-off (not yet checked).'

const PENDING_CITATIONS = Object.freeze(
  [
    cite('HESC Rules 2008', 'r20(1)(c)(ii)', 'P'),
    cite('SEND Regs 2014', 'reg 33', 'P'),
    cite('SEND Regs 2014', 'reg 34(1)', 'P-part', 'Copy read was cut off; 3 working days from consistent secondary sources'),
  ].map(publicCitation),
)

interface AppealContext {
  notice: DayNumber
  appealable: boolean
  adviceRequired: boolean
}

/** The certificate the family is waiting for, if any: when it is due and whether it is late. */
function pendingCertificate(facts: TimelineFacts, notice: DayNumber, today: DayNumber, expected: DayNumber | undefined): PendingCertificate | undefined {
  const m = facts.mediation
  if (!m || m.certificateSentOn !== undefined) return undefined
  // In time means the adviser (or, for mediation, the authority) was told within the 2 months of reg 33.
  const told = [m.adviserInformedOn, m.laInformedOn].filter((d): d is string => d !== undefined).map((d) => fromIso(d)!)
  if (told.length === 0 || Math.min(...told) > addMonths(notice, 2)) return undefined
  const ongoing = m.choice === 'mediation' && m.concludedOn === undefined
  const late = expected !== undefined && today > expected
  const state: PendingCertificate['state'] = ongoing ? 'mediation-not-concluded' : late ? 'overdue' : 'due'
  const explanation = ongoing
    ? 'Mediation has not finished, so your mediation certificate has not been issued yet. The mediation adviser must send it within 3 working days of the mediation ending.'
    : late
      ? `Your mediation certificate was due by ${formatDate(expected!)} and has not arrived. Ask the mediation adviser for it now.`
      : `Your mediation certificate is due by ${formatDate(expected!)}.`
  const p: PendingCertificate = { state, chaseCertificate: late, explanation, citations: PENDING_CITATIONS }
  if (expected !== undefined) p.expectedOn = toIso(expected)
  return p
}

/** The notice, the mediation steps and the appeal deadline. Returns what the timeline needs to say about lateness. */
export function addAppealMilestones(out: Milestones, facts: TimelineFacts, ctx: AppealContext): Pick<Timeline, 'lateAppeal' | 'pendingCertificate'> {
  const { notice, appealable, adviceRequired } = ctx
  const m = facts.mediation
  const certificate = m?.certificateSentOn === undefined ? undefined : fromIso(m.certificateSentOn)
  out.add(MILESTONES.noticeSent, notice)
  if (adviceRequired) out.add(MILESTONES.contactMediationAdviser, addMonths(notice, 2))

  let expected: DayNumber | undefined
  if (m?.choice === 'certificate-only' && m.adviserInformedOn !== undefined) {
    const told = fromIso(m.adviserInformedOn)!
    expected = addWorkingDays(told, 3)
    out.add(MILESTONES.certificateDue, expected, `You told the mediation adviser on ${formatDate(told)} that you do not want mediation. They must send your certificate within 3 working days.`, told)
  }
  if (m?.choice === 'mediation' && m.laInformedOn !== undefined) {
    out.add(MILESTONES.mediationBy, addDays(fromIso(m.laInformedOn)!, 30))
  }
  if (m?.concludedOn !== undefined) {
    const ended = fromIso(m.concludedOn)!
    expected = addWorkingDays(ended, 3)
    out.add(MILESTONES.postMediationCertificateDue, expected, undefined, ended)
  }
  if (certificate !== undefined) out.add(MILESTONES.certificateIssued, certificate)
  if (!appealable) return {}

  const pending = adviceRequired && certificate === undefined ? pendingCertificate(facts, notice, out.today, expected) : undefined
  if (pending) {
    const deadline = appealDeadline(notice, expected)
    const reasons = [
      'You contacted the mediation adviser in time, so you can appeal until one month after your mediation certificate is issued, if that is later than two months after the decision letter.',
      expected === undefined
        ? 'Until the certificate is issued, this date is worked out from the decision letter only.'
        : `Worked out from the date the certificate is due (${formatDate(expected)}), the last day is ${formatDateWithDay(deadline.lastDay)}.`,
      'This date will change when the certificate arrives: the last day is one month after the date on it, if that is later than two months after the decision letter. If it was issued earlier than it was due, the last day is earlier too.',
    ]
    if (pending.chaseCertificate) reasons.push('Your certificate is late: ask the mediation adviser for it now.')
    reasons.push(FIVE_PM_NOTE)
    const because: ProvisionalReason = pending.state === 'overdue' ? 'certificate-overdue' : pending.state === 'due' ? 'certificate-due' : 'mediation-not-concluded'
    out.add(MILESTONES.appealDeadline, deadline.lastDay, reasons.join(' '), undefined, because)
    return { pendingCertificate: pending }
  }

  // A certificate extends the time only for appeals that need one. For a placement-only appeal it is
  // unclear whether r20(1)(c)(ii) applies (reference §2.3), so the engine keeps to the earlier date.
  const countedCertificate = adviceRequired ? certificate : undefined
  const deadline = appealDeadline(notice, countedCertificate)
  const reasons: string[] = [
    deadline.from === 'certificate'
      ? 'One month from the certificate is later than two months from the decision letter, so it counts.'
      : countedCertificate !== undefined
        ? 'Two months from the decision letter is later than one month from the certificate, so it counts.'
        : 'This is two months after the decision letter was sent.',
  ]
  if (certificate !== undefined && countedCertificate === undefined) {
    reasons.push('Your appeal does not need a mediation certificate, so this counts from the decision letter only. Ask the Tribunal before relying on a later date from the certificate.')
  }
  if (deadline.moved === 'christmas') reasons.push(`The time ran out between 25 December and 1 January (${formatDate(deadline.rawEnd)}), so it moves to the first working day after 1 January.`)
  if (deadline.moved === 'august') reasons.push(`The time ran out in August (${formatDate(deadline.rawEnd)}), so it moves to the first working day after 31 August.`)
  if (deadline.moved === 'non-working-day') reasons.push(`The time ran out on ${formatDateWithDay(deadline.rawEnd)}, which is not a working day, so it moves to the next working day.`)
  if (certificate === undefined && adviceRequired) {
    reasons.push(
      expected !== undefined
        ? `If your certificate is issued on ${formatDate(expected)}, the deadline becomes ${formatDate(appealDeadline(notice, expected).lastDay)}. Check the date on the certificate when it arrives.`
        : 'Once you have a mediation certificate, you may have until one month from its date of issue if that is later.',
    )
  }
  reasons.push(FIVE_PM_NOTE)
  out.add(MILESTONES.appealDeadline, deadline.lastDay, reasons.join(' '), deadline.rawEnd)
  return deadline.lastDay < out.today ? { lateAppeal: LATE_APPEAL } : {}
}
