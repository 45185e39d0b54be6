import { Temporal } from 'temporal-polyfill'
import { formatDate, periodEnds, periodInWords, periodOf, type DutyId } from '../../law/index.js'
import { REPLY_ASK } from '../shared/asks.js'
import { paragraph, type Block, type LetterCitation, type LetterModel } from '../model.js'
import type { ChaseLateDecisionFields, LateLimit } from './schema.js'
import { aboutChild, capitalised, citationsOf, frame, isoToDate, lawOf, possessive, within } from '../shared/template-parts.js'

export const CHASE_LATE_DECISION_VERSION = 1

interface Limit {
  /** The duty in the law engine whose time limit has passed. */
  duty: DutyId
  /** What is late, after "I have not received": "your decision on ..." */
  what: string
  subject: (child: string) => string
  started: (child: ChaseLateDecisionFields['child'], startedOn: string) => string
  law: () => string
  exceptions: boolean
  citations: () => LetterCitation[]
}

/** The three EHC time limits a family can chase (rules reference §3.1, §3.5, §3.9). */
export const LIMITS: Record<LateLimit, Limit> = {
  'assessment-decision': {
    duty: 'assessmentDecision',
    what: 'your decision on whether to carry out an EHC needs assessment',
    subject: (child) => `Late decision on the request for an EHC needs assessment for ${child}`,
    started: (child, on) =>
      `On ${on} you received the request for an education, health and care (EHC) needs assessment for ${aboutChild(child)}.`,
    law: () =>
      `${capitalised(lawOf('assessmentDecision'))} says you must decide whether to carry out an assessment as soon as practicable, and in any event within ${within('assessmentDecision')} of receiving the request.`,
    exceptions: true,
    citations: () => citationsOf('assessmentDecision', 'assessmentDecisionExceptions'),
  },
  'final-plan': {
    duty: 'finalPlan',
    what: 'the final EHC plan',
    subject: (child) => `Late final EHC plan for ${child}`,
    started: (child, on) =>
      `On ${on} you received the request for an education, health and care (EHC) needs assessment for ${aboutChild(child)}.`,
    law: () =>
      `${capitalised(lawOf('finalPlan'))} says you must send the final EHC plan as soon as practicable, and in any event within ${within('finalPlan')} of receiving the request for an assessment.`,
    exceptions: true,
    citations: () => citationsOf('finalPlan', 'finalPlanExceptions'),
  },
  'review-decision': {
    duty: 'reviewDecision',
    what: 'your decision after the annual review',
    subject: (child) => `Late decision after the annual review of ${possessive(child)} EHC plan`,
    started: (child, on) => `The annual review meeting for ${aboutChild(child)} was held on ${on}.`,
    law: () =>
      `Within ${within('reviewDecision')} of the review meeting, you must tell me whether you intend to keep the EHC plan as it is, amend it or stop maintaining it (${lawOf('reviewDecision')}).`,
    exceptions: false,
    citations: () => citationsOf('reviewDecision'),
  },
}

/** The last day the council had: the start date plus the limit's weeks, as the engine counts them. */
export const lateLimitEnds = (limit: LateLimit, startedOn: Temporal.PlainDate) =>
  periodEnds(startedOn, periodOf(LIMITS[limit].duty))

/** Problems that need the letter's date: the limit must already have passed. */
export function checkChaseLateDecision(fields: ChaseLateDecisionFields, letterDate: Temporal.PlainDate) {
  const ends = lateLimitEnds(fields.limit, isoToDate(fields.startedOn))
  if (Temporal.PlainDate.compare(letterDate, ends) <= 0) {
    return [
      {
        field: 'startedOn',
        message:
          `The time limit has not passed yet: ${LIMITS[fields.limit].what.replace(/^your /, 'the ')} ` +
          `is due by ${formatDate(ends)}. You can send this letter from ${formatDate(ends.add({ days: 1 }))}`,
      },
    ]
  }
  return []
}

/** A firm letter to the council when an EHC time limit has passed without a decision. */
export function chaseLateDecision(fields: ChaseLateDecisionFields, today: Temporal.PlainDate): LetterModel {
  const { letterDate, parts } = frame({ fields, today })
  const limit = LIMITS[fields.limit]
  const startedOn = isoToDate(fields.startedOn)
  const ended = formatDate(lateLimitEnds(fields.limit, startedOn))
  const replyBy = periodEnds(letterDate, REPLY_ASK)
  const reply = formatDate(replyBy)
  const { child } = fields

  const blocks: Block[] = [
    paragraph(limit.started(child, formatDate(startedOn))),
    paragraph(limit.law()),
    paragraph(`That time limit passed on ${ended}. I have still not received ${limit.what}.`),
    paragraph(
      `Please send me ${limit.what} within ${periodInWords(REPLY_ASK)} of the date of this letter, that is by ${reply}. ` +
        'If you cannot, please tell me by then why it is late and the date by which you will send it.',
    ),
  ]
  if (limit.exceptions) {
    blocks.push(
      paragraph('If you believe one of the exceptions in the regulations applies, please tell me which one and why.'),
    )
  }
  blocks.push(
    paragraph(
      `If I do not hear from you by ${reply}, I will make a formal complaint. If that does not put things right, I may complain to the Local Government and Social Care Ombudsman.`,
    ),
  )

  const model: LetterModel = {
    type: 'chase-late-decision',
    templateVersion: CHASE_LATE_DECISION_VERSION,
    title: limit.subject(child.name),
    subject: limit.subject(child.name),
    ...parts,
    blocks,
    citations: [...limit.citations(), ...citationsOf('ombudsmanComplaint')],
    nextSteps: {
      replyBy: replyBy.toString(),
      text: [
        `You have asked the council to reply by ${reply}.`,
        'If you get no reply, or the reply does not give a date you can accept, make a formal complaint to the council using the complaint letter, and say that the decision is late.',
        `If the council's complaints procedure does not put things right, you can complain to the Local Government and Social Care Ombudsman. You must do this in writing within ${within('ombudsmanComplaint')} of first knowing about the problem.`,
      ],
    },
  }
  if (fields.referenceNumber !== undefined) model.reference = `Your reference: ${fields.referenceNumber}`
  return model
}
