import { cite } from '../citations.js'
import { kind } from './milestones.js'

// The EHC plan after it is made: annual reviews, proposed amendments, re-assessment and ceasing
// (CFA 2014 ss.44-45; SEND Regs 2014 regs 18-31; reference §9.2 L1-L5).
export const LIFECYCLE_MILESTONES = {
  reviewDue: kind(
    'review-due',
    'Annual review of the plan due',
    'local authority',
    'The local authority must review the plan at least once in every 12 months, counting from the day the plan was made or last reviewed. This is the last day of those 12 months.',
    [
      cite('CFA 2014', 's.44(1)', 'S', 'Section text not read at legislation.gov.uk; "12 months starting with" the date the plan was made or last reviewed, quoted in the same words by a law firm and SEND Advice Surrey (reference §9.2 L1)'),
    ],
  ),
  amendmentResponseBy: kind(
    'amendment-response-by',
    'Reply to the proposed changes and ask for a school',
    'you',
    'You have at least 15 days, counting the day the proposed changes were sent, to comment, ask for a particular school or college to be named and ask for a meeting.',
    [cite('SEND Regs 2014', 'reg 22(2)(c)', 'P', 'The 15 days begin with the day the draft was served; the engine uses the date it was sent')],
  ),
  amendedPlanOverallDue: kind(
    'amended-plan-overall-due',
    'Amended plan due: overall limit after the review meeting',
    'local authority',
    'The High Court has said that, added together, the time limits after a review meeting mean the final amended plan should be issued within 12 weeks of the meeting (4 weeks to propose changes, then 8 weeks).',
    [
      cite('Devon case', '[2022] EWHC 493 (Admin)', 'S', 'Judgment not read; holding as reported by advice services (reference §9.2 L3)'),
      cite('SEND Regs 2014', 'reg 22(3)', 'P'),
    ],
  ),
  reassessmentDecisionDue: kind(
    'reassessment-decision-due',
    'Decision on the re-assessment request due',
    'local authority',
    'The local authority must tell you within 15 days of receiving a request for a re-assessment whether it will carry one out.',
    [cite('SEND Regs 2014', 'reg 25(1)', 'S', 'Regulation text not read; 15 days from council pages (reference §9.2 L4)')],
  ),
  reassessmentFinalPlanDue: kind(
    'reassessment-final-plan-due',
    'Final plan after the re-assessment due',
    'local authority',
    'The final amended or new plan must be sent within 14 weeks of the local authority deciding to re-assess.',
    [cite('SEND Regs 2014', 'reg 27(2)', 'P')],
  ),
} as const

/** A plan the local authority decides to cease is kept until the appeal time passes or the appeal ends. */
export const PLAN_CONTINUES_CITATIONS = [
  cite('CFA 2014', 's.45', 'P', 'Read in the Act\'s explanatory notes (para 247), not the section text (reference §9.2 L5)'),
  cite('SEND Regs 2014', 'reg 31', 'P'),
]
