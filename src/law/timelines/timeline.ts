import { cite, publicCitation, type Citation } from '../citations.js'
import { civil, dayNumber, fromIso, toIso, type DayNumber } from '../calendar/day-number.js'
import { isProvisionalYear } from '../calendar/bank-holidays.js'
import { addWorkingDays } from '../calendar/working-days.js'
import {
  DECISIONS,
  type AppealAbout,
  type DecisionId,
  isAppealable,
  isMediationAdviceRequired,
} from '../decisions/decisions.js'
import { addDays, addMonths, addWeeks, lastDayOfDaysBeginningWith, lastDayOfMonthsStartingWith } from '../periods/periods.js'
import { routesFor, type RouteId } from '../routes/routes.js'
import { APPEAL_DEADLINE_CITATIONS, appealDeadline } from './appeal-deadline.js'
import { formatDate, formatDateWithDay } from './format.js'
import { checkFacts, type Problem } from './facts.js'

export type MediationChoice = 'mediation' | 'certificate-only'

/** The facts known so far. Dates are ISO YYYY-MM-DD strings, already shaped by the caller's schema. */
export interface TimelineFacts {
  decision: DecisionId
  noticeSentOn?: string
  actOn?: string
  appealAbout?: AppealAbout[]
  mediation?: {
    choice: MediationChoice
    adviserInformedOn?: string
    laInformedOn?: string
    concludedOn?: string
    certificateSentOn?: string
  }
  /** The EHC process dates the family knows, for the "still waiting" timescales. */
  ehc?: {
    requestReceivedOn?: string
    draftPlanServedOn?: string
    reviewMeetingOn?: string
    amendmentNoticeSentOn?: string
    transfer?: { year: number; kind: 'secondary-to-post-16' | 'other' }
  }
  today: string
}

export type MilestoneStatus = 'passed' | 'due-today' | 'upcoming'
export type Actor = 'you' | 'local authority' | 'mediation adviser' | 'Tribunal' | 'school'

export interface Milestone {
  id: string
  date: string
  title: string
  explanation: string
  actor: Actor
  status: MilestoneStatus
  citations: { source: string; ref: string; grade: string }[]
  /** Present and true when a date depends on bank holidays GOV.UK has not yet confirmed. */
  provisional?: boolean
}

export interface Timeline {
  decision: DecisionId
  appealable: boolean
  mediationAdviceRequired: boolean
  routes: { id: RouteId; title: string; summary: string; citations: { source: string; ref: string; grade: string }[] }[]
  closedRoutes: { id: RouteId; reason: string; citations: { source: string; ref: string; grade: string }[] }[]
  milestones: Milestone[]
  /** Present when the last day to appeal has passed: what the Tribunal can still do. */
  lateAppeal?: { explanation: string; citations: { source: string; ref: string; grade: string }[] }
}

export class TimelineFactsError extends Error {
  constructor(readonly problems: Problem[]) {
    super(problems.map((p) => `${p.field}: ${p.message}`).join('; '))
  }
}

const LATE_APPEAL_CITATIONS = [
  cite('HESC Rules 2008', 'r20(4)', 'U', 'Rule text not read; modelled on the parallel GRC rule'),
  cite('HESC Rules 2008', 'r5(3)(a)', 'U', 'Rule text not read'),
]
const FIVE_PM_NOTE =
  'To be safe, make sure it arrives by 5pm: the Tribunal rules may set a 5pm cut-off (not yet checked).'

const statusOf = (date: DayNumber, today: DayNumber): MilestoneStatus =>
  date < today ? 'passed' : date === today ? 'due-today' : 'upcoming'

const provisional = (...days: DayNumber[]) => days.some((d) => isProvisionalYear(civil(d).year))

/** Works out every dated milestone the facts allow, with what it means, who acts and why. Pure. */
export function computeTimeline(facts: TimelineFacts): Timeline {
  const problems = checkFacts(facts)
  if (problems.length > 0) throw new TimelineFactsError(problems)

  const today = fromIso(facts.today)!
  const appealAbout = facts.appealAbout ?? []
  const decision = facts.decision
  const appealable = isAppealable(decision, appealAbout)
  const adviceRequired = isMediationAdviceRequired(decision, appealAbout)
  const milestones: Milestone[] = []

  const add = (
    id: string,
    date: DayNumber,
    title: string,
    explanation: string,
    actor: Actor,
    citations: Citation[],
    workingDays: DayNumber[] = [],
  ) => {
    const m: Milestone = {
      id,
      date: toIso(date),
      title,
      explanation,
      actor,
      status: statusOf(date, today),
      citations: citations.map(publicCitation),
    }
    if (workingDays.length > 0 && provisional(...workingDays)) m.provisional = true
    milestones.push(m)
  }

  const notice = facts.noticeSentOn === undefined ? undefined : fromIso(facts.noticeSentOn)
  const m = facts.mediation
  const certificate = m?.certificateSentOn === undefined ? undefined : fromIso(m.certificateSentOn)

  if (notice !== undefined) {
    add('notice-sent', notice, 'Decision letter sent', 'The date the local authority sent its written notice of the decision. Time limits run from here.', 'local authority', DECISIONS[decision].citations)
  }

  if (adviceRequired && notice !== undefined) {
    add(
      'contact-mediation-adviser-by',
      addMonths(notice, 2),
      'Contact the mediation adviser',
      'You must contact the mediation adviser named in the decision letter within 2 months of it being sent. Tell them you want to appeal and whether you want mediation.',
      'you',
      [cite('SEND Regs 2014', 'reg 33', 'P')],
    )
  }

  if (m?.choice === 'certificate-only' && m.adviserInformedOn !== undefined) {
    const due = addWorkingDays(fromIso(m.adviserInformedOn)!, 3)
    add(
      'certificate-due',
      due,
      'Mediation certificate due',
      `You told the mediation adviser on ${formatDate(fromIso(m.adviserInformedOn)!)} that you do not want mediation. They must send your certificate within 3 working days.`,
      'mediation adviser',
      [cite('SEND Regs 2014', 'reg 34(1)', 'P-part', 'Copy read was cut off; 3 working days from consistent secondary sources')],
      [due],
    )
  }

  if (m?.choice === 'mediation' && m.laInformedOn !== undefined) {
    add(
      'mediation-by',
      addDays(fromIso(m.laInformedOn)!, 30),
      'Mediation must take place',
      'The local authority must arrange mediation within 30 days of being told you want it. If it cannot, the mediation adviser must give you a certificate within 3 working days of being told, so you can appeal.',
      'local authority',
      [cite('SEND Regs 2014', 'regs 35-37', 'U', 'Regulation numbers not checked; 30 days from IPSEA and SENDIASS sources')],
    )
  }

  if (m?.concludedOn !== undefined) {
    const due = addWorkingDays(fromIso(m.concludedOn)!, 3)
    add(
      'post-mediation-certificate-due',
      due,
      'Certificate after mediation due',
      'The mediation adviser must send you a certificate within 3 working days of the mediation ending. You need it to appeal.',
      'mediation adviser',
      [cite('SEND Regs 2014', 'reg 39', 'U', 'Regulation number not checked; 3 working days from secondary sources')],
      [due],
    )
  }

  if (certificate !== undefined) {
    add('certificate-issued', certificate, 'Mediation certificate issued', 'The date of issue on your mediation certificate.', 'mediation adviser', [cite('CFA 2014', 's.55', 'S', 'Section text not read')])
  }

  let lateAppeal: Timeline['lateAppeal']
  if (appealable && notice !== undefined) {
    const deadline = appealDeadline(notice, certificate)
    const reasons: string[] = []
    reasons.push(
      deadline.from === 'certificate'
        ? `One month from the certificate is later than two months from the decision letter, so it counts.`
        : certificate !== undefined
          ? `Two months from the decision letter is later than one month from the certificate, so it counts.`
          : `This is two months after the decision letter was sent.`,
    )
    if (deadline.moved === 'christmas') reasons.push(`The time ran out between 25 December and 1 January (${formatDate(deadline.rawEnd)}), so it moves to the first working day after 1 January.`)
    if (deadline.moved === 'august') reasons.push(`The time ran out in August (${formatDate(deadline.rawEnd)}), so it moves to the first working day after 31 August.`)
    if (deadline.moved === 'non-working-day') reasons.push(`The time ran out on ${formatDateWithDay(deadline.rawEnd)}, which is not a working day, so it moves to the next working day.`)
    if (certificate === undefined && adviceRequired) {
      const expected = milestones.find((x) => x.id === 'certificate-due' || x.id === 'post-mediation-certificate-due')
      reasons.push(
        expected
          ? `If your certificate is issued on ${formatDate(fromIso(expected.date)!)}, the deadline becomes ${formatDate(appealDeadline(notice, fromIso(expected.date)!).lastDay)}. Check the date on the certificate when it arrives.`
          : 'Once you have a mediation certificate, you may have until one month from its date of issue if that is later.',
      )
    }
    reasons.push(FIVE_PM_NOTE)
    add(
      'appeal-deadline',
      deadline.lastDay,
      'Last day for the Tribunal to receive your appeal',
      reasons.join(' '),
      'you',
      APPEAL_DEADLINE_CITATIONS,
      [deadline.rawEnd, deadline.lastDay],
    )
    if (deadline.lastDay < today) {
      lateAppeal = {
        explanation:
          'The last day to appeal has passed, but you may still be able to appeal. Send your appeal as soon as you can, ask the Tribunal for more time, and explain why it is late. A judge decides whether to accept it, for example if the decision letter did not explain your right of appeal or the time limit.',
        citations: LATE_APPEAL_CITATIONS.map(publicCitation),
      }
    }
  }

  const act = facts.actOn === undefined ? undefined : fromIso(facts.actOn)
  if (act !== undefined) addActDeadlines(decision, act, add)

  if (facts.ehc) addEhcTimescales(facts.ehc, add)

  milestones.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
  const plan = routesFor(decision, appealAbout)
  const timeline: Timeline = {
    decision,
    appealable,
    mediationAdviceRequired: adviceRequired,
    routes: plan.open.map((r) => ({ id: r.id, title: r.title, summary: r.summary, citations: r.citations.map(publicCitation) })),
    closedRoutes: plan.closed.map((r) => ({ id: r.id, reason: r.reason, citations: r.citations.map(publicCitation) })),
    milestones,
  }
  if (lateAppeal) timeline.lateAppeal = lateAppeal
  return timeline
}

type Add = (id: string, date: DayNumber, title: string, explanation: string, actor: Actor, citations: Citation[], workingDays?: DayNumber[]) => void

/** Limits that run from the act itself: a discrimination claim, or a complaint to an ombudsman or the NHS. */
function addActDeadlines(decision: DecisionId, act: DayNumber, add: Add) {
  if (decision === 'disability-discrimination' || decision === 'exclusion') {
    add(
      'claim-deadline',
      lastDayOfMonthsStartingWith(act, 6),
      'Last day to make a disability discrimination claim',
      'A claim must be made within 6 months, starting with the day the discrimination happened. The August and Christmas rules do not apply, and a weekend or bank holiday does not extend it. If it went on over a period, the 6 months start at its end. The Tribunal can accept a late claim, but do not rely on it.',
      'you',
      [
        cite('Equality Act 2010', 'Sch 17 para 4', 'P'),
        cite('HESC Rules 2008', 'r12(2)', 'U', 'Whether r12(2) extends a limit set by the Act is doubtful; the engine takes the safe view (reference §8.11)'),
      ],
    )
  }
  if (decision === 'la-conduct' || decision === 'social-care-provision') {
    add(
      'ombudsman-complaint-by',
      lastDayOfMonthsStartingWith(act, 12),
      'Last day to complain to the Ombudsman',
      "Complain to the Local Government and Social Care Ombudsman in writing within 12 months of first knowing about the problem. Use the council's own complaints procedure first. The Ombudsman can accept a late complaint for good reason.",
      'you',
      [cite('LGA 1974', 's.26B', 'P')],
    )
  }
  if (decision === 'health-provision' || decision === 'social-care-provision') {
    add(
      'complaint-by',
      addMonths(act, 12),
      'Last day to complain to the NHS body or council',
      'Complain within 12 months of what happened, or of when you found out about it if that was later. Late complaints can be accepted if there was a good reason.',
      'you',
      [cite('SI 2009/309', 'reg 12', 'S', 'Regulation text not read')],
    )
  }
}

/** The EHC process time limits the local authority must meet (SEND Regs 2014, reference §3). */
function addEhcTimescales(ehc: NonNullable<TimelineFacts['ehc']>, add: Add) {
  if (ehc.requestReceivedOn !== undefined) {
    const request = fromIso(ehc.requestReceivedOn)!
    add('assessment-decision-due', addWeeks(request, 6), 'Decision on the assessment request due', 'The local authority must decide whether to carry out an EHC needs assessment within 6 weeks of receiving the request.', 'local authority', [cite('SEND Regs 2014', 'reg 5(1)', 'P')])
    add('no-plan-notice-due', addWeeks(request, 16), 'Notice if no EHC plan will be issued', 'If, after assessing, the local authority decides not to issue a plan, it must tell you within 16 weeks of the request.', 'local authority', [cite('SEND Regs 2014', 'reg 10(1)', 'P')])
    add('final-plan-due', addWeeks(request, 20), 'Final EHC plan due', 'The final EHC plan must be issued within 20 weeks of the request for an assessment.', 'local authority', [cite('SEND Regs 2014', 'reg 13(2)', 'P')])
  }
  if (ehc.draftPlanServedOn !== undefined) {
    add('draft-comments-by', lastDayOfDaysBeginningWith(fromIso(ehc.draftPlanServedOn)!, 15), 'Comment on the draft plan and ask for a school', 'You have at least 15 days, counting the day the draft was served, to comment, ask for a meeting and ask for a particular school or college to be named.', 'you', [cite('SEND Regs 2014', 'reg 13(1)(a)', 'P')])
  }
  if (ehc.reviewMeetingOn !== undefined) {
    add('review-decision-due', addWeeks(fromIso(ehc.reviewMeetingOn)!, 4), 'Decision after the annual review due', 'Within 4 weeks of the review meeting, the local authority must tell you whether it will keep, amend or stop the plan, with any proposed changes.', 'local authority', [cite('SEND Regs 2014', 'reg 20(10)', 'U', 'Paragraph number believed, not read; timescale well supported (reference §3.9)')])
  }
  if (ehc.amendmentNoticeSentOn !== undefined) {
    add('amended-plan-due', addWeeks(fromIso(ehc.amendmentNoticeSentOn)!, 8), 'Final amended plan due', 'The final amended EHC plan must be issued within 8 weeks of the local authority sending the proposed amendments.', 'local authority', [cite('SEND Regs 2014', 'reg 22(3)', 'P')])
  }
  if (ehc.transfer !== undefined) {
    const { year, kind } = ehc.transfer
    const post16 = kind === 'secondary-to-post-16'
    add('phase-transfer-review-by', post16 ? dayNumber(year, 3, 31) : dayNumber(year, 2, 15), 'Plan amended for the move to a new school or college', `For a move ${post16 ? 'from secondary school to a post-16 institution' : 'between phases of education'}, the plan must be reviewed and any amendments made, naming the new school or college, by ${post16 ? '31 March' : '15 February'} of the year of the move.`, 'local authority', [cite('SEND Regs 2014', 'reg 18(1)', 'P')])
  }
}
