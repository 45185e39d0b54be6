import type { Temporal } from 'temporal-polyfill'
import { cite, publicCitation, refInWords, SOURCES, type Citation, type SourceId } from './citations.js'
import { APPEAL_DEADLINE_CITATIONS } from './timelines/appeal-deadline.js'
import { LATE_APPEAL, MILESTONES, type PublicCitation } from './timelines/milestones.js'
import { LIFECYCLE_MILESTONES } from './timelines/milestones-lifecycle.js'
import { ORDER_MILESTONES } from './timelines/milestones-tribunal.js'
import { OTHER_MILESTONES } from './timelines/milestones-other.js'
import { monthsAfter, workingDaysAfter } from './plain-dates.js'

// The time limits and rights that letters quote, each with the rule behind it. Letters say
// "within 6 weeks" and "regulation 5(1) of ..." only by reading this table, so the words in a
// letter and the dates the engine works out cannot drift apart. Where the engine has a milestone
// for the same rule, the citations are the milestone's own.

export type PeriodUnit = 'days' | 'working days' | 'school days' | 'weeks' | 'months'
export interface Period {
  amount: number
  unit: PeriodUnit
}

export interface Duty {
  /** The time limit, if the rule sets one. */
  period?: Period
  citations: readonly PublicCitation[]
}

const pub = (...cs: Citation[]) => Object.freeze(cs.map(publicCitation))
const duty = (citations: readonly PublicCitation[], period?: Period): Duty =>
  Object.freeze(period ? { period, citations } : { citations })

export const DUTIES = {
  // Mediation and the appeal (reference §1-§2).
  contactMediationAdviser: duty(MILESTONES.contactMediationAdviser.citations, { amount: 2, unit: 'months' }),
  certificateWithoutMediation: duty(MILESTONES.certificateDue.citations, { amount: 3, unit: 'working days' }),
  mediationHeld: duty(MILESTONES.mediationBy.citations, { amount: 30, unit: 'days' }),
  certificateAfterMediation: duty(MILESTONES.postMediationCertificateDue.citations, { amount: 3, unit: 'working days' }),
  mediationCertificate: duty(MILESTONES.certificateIssued.citations),
  appealAfterDecision: duty(pub(...APPEAL_DEADLINE_CITATIONS), { amount: 2, unit: 'months' }),
  appealAfterCertificate: duty(pub(...APPEAL_DEADLINE_CITATIONS), { amount: 1, unit: 'months' }),
  lateAppeal: duty(LATE_APPEAL.citations),
  // The Tribunal's power to extend time, on its own: the late-appeal letter asks for it by name.
  extendTime: duty(LATE_APPEAL.citations.filter((c) => c.ref === 'r5(3)(a)')),
  // EHC needs assessments and plans (reference §3).
  assessmentRequestRight: duty(pub(cite('CFA 2014', 's.36(1)', 'U'), cite('CFA 2014', 's.36(8)', 'U'))),
  assessmentRefusalReasons: duty(pub(cite('SEND Regs 2014', 'reg 5(3)', 'P'))),
  assessmentDecision: duty(MILESTONES.assessmentDecisionDue.citations, { amount: 6, unit: 'weeks' }),
  assessmentDecisionExceptions: duty(pub(cite('SEND Regs 2014', 'reg 5(4)', 'P-part'))),
  finalPlan: duty(MILESTONES.finalPlanDue.citations, { amount: 20, unit: 'weeks' }),
  finalPlanExceptions: duty(pub(cite('SEND Regs 2014', 'reg 13(3)', 'P-part'))),
  reviewDecision: duty(MILESTONES.reviewDecisionDue.citations, { amount: 4, unit: 'weeks' }),
  // The plan's later life (issue 10). The 15 days begin with the day the proposed changes were
  // served, so their last day comes from the engine's milestone, not periodEnds.
  amendmentResponse: duty(LIFECYCLE_MILESTONES.amendmentResponseBy.citations, { amount: 15, unit: 'days' }),
  requestSchoolInPlan: duty(
    pub(
      cite('SEND Regs 2014', 'reg 22(2)(b)', 'P'),
      cite('CFA 2014', 's.38(2)(b)(ii)', 'P', 'Read at legislation.gov.uk: the right to ask for a school or other institution of a kind in s.38(3), which reg 22(2)(b) applies to amendments'),
    ),
  ),
  amendmentMeeting: duty(pub(cite('SEND Regs 2014', 'reg 22(2)(c)(iii)', 'P'))),
  amendedPlan: duty(MILESTONES.amendedPlanDue.citations, { amount: 8, unit: 'weeks' }),
  amendedPlanOverall: duty(LIFECYCLE_MILESTONES.amendedPlanOverallDue.citations, { amount: 12, unit: 'weeks' }),
  // s.44(1) sets the latest time for a review, not the earliest (section text read only as an advice service quotes it).
  annualReview: duty(LIFECYCLE_MILESTONES.reviewDue.citations, { amount: 12, unit: 'months' }),
  earlyReview: duty(
    // No paragraph of the Code gives a parent a right to an early review: it rests on s.44(1) setting the latest
    // time, not the earliest. 9.166 says so for the Code; 9.176 (the review meeting at school), 9.178 (reviews
    // every 3 to 6 months for under-5s) and 9.179-9.180 (phase transfer), once cited here, do not.
    pub(cite('SEND Code of Practice 2015', '9.166', 'S', 'Code text not read; 9.166 (a plan is reviewed at least every 12 months, so sooner is allowed) as council and SENDIASS pages quote it')),
  ),
  // Carrying out what the Tribunal decided (reg 44) or an appeal not opposed (reg 45 as substituted).
  tribunalOrder: duty(ORDER_MILESTONES.amendedPlan.order.citations),
  unopposedAppeal: duty([
    ...pub(cite('SEND Regs 2014', 'reg 45', 'P', 'As substituted by SI 2015/359 reg 8; paragraphs (3) to (4) read, the rest not')),
    ...ORDER_MILESTONES.amendedPlan.unopposed.citations,
  ]),
  // Exclusions (School Discipline Regs 2012 Sch 1): school days are the school's, so letters only
  // say the period; the plan counts it with the area's term dates.
  exclusionReviewApplication: duty(OTHER_MILESTONES.reviewApplicationBy.citations, { amount: 15, unit: 'school days' }),
  exclusionSenExpert: duty(
    pub(
      cite('School Discipline Regs 2012', 'Sch 1 para 2(1)', 'P'),
      cite('School Discipline Regs 2012', 'reg 7(3)', 'S', 'Regulation text not read; the written request with the application, as a local government lawyer summarises it'),
    ),
  ),
  exclusionPanel: duty(OTHER_MILESTONES.panelBy.citations, { amount: 15, unit: 'school days' }),
  // Home-to-school travel (DfE guidance, not a Tribunal matter).
  transportReviewRequest: duty(OTHER_MILESTONES.transportReviewRequestBy.citations, { amount: 20, unit: 'working days' }),
  transportReviewReply: duty(OTHER_MILESTONES.transportReviewReplyDue.citations, { amount: 20, unit: 'working days' }),
  transportAppeal: duty(OTHER_MILESTONES.transportAppealRequestBy.citations, { amount: 20, unit: 'working days' }),
  // Complaints and the Ombudsman.
  schoolComplaintsProcedure: duty(pub(cite('Education Act 2002', 's.29', 'S'))),
  ombudsmanComplaint: duty(MILESTONES.ombudsmanComplaintBy.citations, { amount: 12, unit: 'months' }),
  ombudsmanAfterCouncilProcedure: duty(pub(cite('LGA 1974', 's.26(6)(a)', 'P'))),
  disagreementResolution: duty(pub(cite('SEND Code of Practice 2015', '11.6-11.10', 'S'))),
  // Records.
  subjectAccess: duty(pub(cite('UK GDPR', 'Art. 15', 'U'))),
  subjectAccessReply: duty(pub(cite('UK GDPR', 'Art. 12(3)', 'U')), { amount: 1, unit: 'months' }),
  subjectAccessExtension: duty(pub(cite('UK GDPR', 'Art. 12(3)', 'U')), { amount: 2, unit: 'months' }),
} as const satisfies Record<string, Duty>

export type DutyId = keyof typeof DUTIES

/** "6 weeks", "1 month", "3 working days". */
export function periodInWords({ amount, unit }: Period): string {
  return amount === 1 ? `1 ${unit.replace(/s$/, '')}` : `${amount} ${unit}`
}

/** The period of a duty that has one; a programming error otherwise. */
export function periodOf(id: DutyId): Period {
  const period = (DUTIES[id] as Duty).period
  if (period === undefined) throw new RangeError(`${id} sets no time limit`)
  return period
}

/** The last day of a period from a date, counted as the engine counts it. */
export function periodEnds(from: Temporal.PlainDate, { amount, unit }: Period): Temporal.PlainDate {
  switch (unit) {
    case 'days':
      return from.add({ days: amount })
    case 'working days':
      return workingDaysAfter(from, amount)
    case 'school days':
      // Only the school's own term dates can count these (SchoolCalendar); the plan does that.
      throw new RangeError('School days need the school calendar')
    case 'weeks':
      return from.add({ weeks: amount })
    case 'months':
      return monthsAfter(from, amount)
  }
}

/** "regulation 5(1) of the Special Educational Needs and Disability Regulations 2014". */
export function citationInWords({ source, ref }: { source: SourceId; ref: string }): string {
  return `${refInWords(source, ref)} of the ${SOURCES[source]}`
}
