import { cite } from '../citations.js'
import { kind } from './milestones.js'

const TRAVEL = (note: string) => cite('DfE travel guidance', 'review and appeal process', 'S', `Guidance text not read; ${note} as set out by councils following it (reference §9.2 L11)`)
const SCHOOL_DAYS = 'School days are days the school is open for pupils, worked out from the term dates given; an academy may have different term dates from the council.'

export const OTHER_MILESTONES = {
  // Children's social care complaints under the Children Act 1989 s.26 procedure (SI 2006/1738).
  socialCareReplyDue: kind(
    'complaint-reply-due',
    "Council's first reply to your complaint due",
    'local authority',
    "Children's services should reply to your complaint within 10 working days (up to 20 if the complaint is complicated).",
    [cite('SI 2006/1738', 'reg 14', 'S', 'Regulation text not read; 10 working days from advice services (reference §9 C4)')],
  ),
  reviewPanelBy: kind(
    'review-panel-by',
    'Review panel must meet',
    'review panel',
    'After you ask for a review panel, the council must arrange for an independent panel to meet within 30 working days of receiving your request.',
    [cite('SI 2006/1738', 'reg 19(4)', 'P')],
  ),
  // Suspensions and permanent exclusions (School Discipline Regs 2012; reference §5).
  boardReviewBy: kind(
    'exclusion-board-review-by',
    'Governing board must consider the exclusion',
    'governing board',
    `The governing board must consider a permanent exclusion (or a long suspension) within 15 school days of being told about it. You can go and speak. ${SCHOOL_DAYS}`,
    [cite('School Discipline Regs 2012', 'regs 6, 15 and 24', 'S', 'Wording of the 15-day meeting limit not read; from council pages (reference §5.3)')],
  ),
  reviewApplicationBy: kind(
    'exclusion-review-application-by',
    'Last day to ask for an independent review panel',
    'you',
    `Ask for an independent review panel within 15 school days after the day you were told in writing that the board would not reinstate your child. Ask for an SEN expert in the same application if you want one; you can have one whether or not your child has recognised special educational needs, at no cost to you. ${SCHOOL_DAYS}`,
    [cite('School Discipline Regs 2012', 'Sch 1 para 2(1)', 'P')],
  ),
  reviewApplicationPostBy: kind(
    'exclusion-review-application-post-by',
    'Last day to post the application first class',
    'you',
    'An application sent by first class post counts as made on the second working day after posting, so post it no later than this day, or deliver it by hand or email by the last day.',
    [cite('School Discipline Regs 2012', 'Sch 1 para 1(2)', 'P')],
  ),
  reviewApplicationMade: kind(
    'exclusion-review-application-made',
    'Application for a review panel counts as made',
    'you',
    'The day your application counts as made: the day it was delivered, or the second working day after it was posted first class.',
    [cite('School Discipline Regs 2012', 'Sch 1 para 1(2)', 'P')],
  ),
  panelBy: kind(
    'exclusion-panel-by',
    'Independent review panel must meet',
    'review panel',
    `The independent review panel must meet by the 15th school day after the day your application was made. ${SCHOOL_DAYS}`,
    [cite('School Discipline Regs 2012', 'Sch 1 para 1(1)', 'P', '"Closing date for reviews" read; its use as the meeting limit is inferred (reference §5.2)')],
  ),
  // Home-to-school travel: not a Tribunal matter.
  transportReviewRequestBy: kind(
    'transport-review-request-by',
    'Last day to ask for a stage 1 review of the travel decision',
    'you',
    "Ask the council in writing for a review within 20 working days of its travel decision. Say why the decision is wrong and send any evidence. Until the review is decided, you have to arrange your child's travel.",
    [TRAVEL('20 working days from the decision')],
  ),
  transportReviewReplyDue: kind(
    'transport-review-reply-due',
    'Stage 1 review decision due',
    'local authority',
    'A senior officer who did not make the first decision should send you the review decision within 20 working days of receiving your request.',
    [TRAVEL('20 working days from the request')],
  ),
  transportAppealRequestBy: kind(
    'transport-appeal-request-by',
    'Last day to ask for a stage 2 independent appeal panel',
    'you',
    'If you still disagree, ask for stage 2 within 20 working days of the stage 1 decision. An independent appeal panel then looks at the case.',
    [TRAVEL('20 working days from the stage 1 decision')],
  ),
  transportPanelDecisionDue: kind(
    'transport-panel-decision-due',
    'Stage 2 panel decision due',
    'local authority',
    "The independent appeal panel should decide within 40 working days of receiving your stage 2 request. After that, you can complain to the Local Government and Social Care Ombudsman.",
    [TRAVEL('40 working days from the stage 2 request')],
  ),
  // Disability discrimination by a college or council goes to the County Court.
  countyCourtClaimBy: kind(
    'county-court-claim-by',
    'Last day to make a discrimination claim in the County Court',
    'you',
    'A disability discrimination claim against a college or council goes to the County Court, not the Tribunal. It must be started within 6 months, starting with the day it happened, so the last day is the day before the same date 6 months later. The court can allow a late claim if it is just and equitable, but do not rely on it.',
    [
      cite('Equality Act 2010', 's.118(1)', 'P', 'Read in a copy of the current text (LexisNexis): 6 months starting with the date of the act, or a longer period the court thinks just and equitable; (2)-(3) give 9 months for some claims about a "qualifying institution", not modelled (the copy read is cut off there)'),
      cite('Equality Act 2010', 's.114(1)', 'P'),
    ],
  ),
} as const
