import { Temporal } from 'temporal-polyfill'
import { formatDate, periodEnds, periodInWords, type DecisionId, type Milestone, type TimelineFacts } from '../../law/index.js'
import { REPLY_ASK } from '../shared/asks.js'
import { list, paragraph, type Block, type LetterModel } from '../model.js'
import { engineMilestones } from '../shared/lifecycle-parts.js'
import { aboutChild, capitalised, citationsOf, frame, isoToDate, lawOf, within } from '../shared/template-parts.js'
import type { ChasedOrder, ChaseTribunalOrderFields } from './schema.js'

export const CHASE_TRIBUNAL_ORDER_VERSION = 1

/** What the council had to do by each of the engine's limits, after "you had to". */
const STEP_WORDS: Record<string, string> = {
  'assessment-notice-due': 'tell me that you will carry out the EHC needs assessment',
  'final-plan-due': 'send me the final EHC plan',
  'draft-plan-due': 'send me the draft EHC plan',
  'amended-plan-due': 'send me the amended EHC plan',
  'plan-continues': 'keep the EHC plan in place',
}
// After an assessment the council either sends a plan or says none is needed: the notice alone is not chased.
const NOT_CHASED = 'no-plan-notice-due'

/** What was ordered, in words after "the Tribunal ordered you to". */
const ORDER_WORDS: Record<ChasedOrder, string> = {
  assess: 'carry out an EHC needs assessment',
  'make-plan': 'make an EHC plan',
  'amend-plan': 'change the EHC plan',
  'name-school': 'name a different school or college in the EHC plan',
  'continue-plan': 'keep the EHC plan',
}

/** For an unopposed appeal, the engine works out what was conceded from the decision appealed. */
const CONCEDED_BY: Record<ChasedOrder, { decision: DecisionId; appealAbout?: TimelineFacts['appealAbout'] }> = {
  assess: { decision: 'refuse-assessment' },
  'make-plan': { decision: 'refuse-plan' },
  'amend-plan': { decision: 'refuse-amend' },
  'name-school': { decision: 'plan-contents', appealAbout: ['placement'] },
  'continue-plan': { decision: 'cease-plan' },
}

/** The engine's `order-*` or `unopposed-*` milestones for these fields. */
export function orderLimits(fields: Pick<ChaseTribunalOrderFields, 'basis' | 'order' | 'startedOn'>, letterDate: Temporal.PlainDate): Milestone[] {
  const prefix = `${fields.basis}-`
  const facts: Omit<TimelineFacts, 'today'> =
    fields.basis === 'order'
      ? { decision: 'la-conduct', tribunal: { order: fields.order, orderSentOn: fields.startedOn } }
      : { ...CONCEDED_BY[fields.order], noticeSentOn: fields.startedOn, tribunal: { unopposedOn: fields.startedOn } }
  return engineMilestones(facts, letterDate).filter((m) => m.id.startsWith(prefix) && !m.id.endsWith(NOT_CHASED))
}

const stepOf = (m: Milestone, basis: string) => m.id.slice(basis.length + 1)
const passedBy = (letterDate: Temporal.PlainDate) => (m: Milestone) => Temporal.PlainDate.compare(letterDate, isoToDate(m.date)) > 0

/** The letter waits until the first time limit has passed. */
export function checkChaseTribunalOrder(fields: ChaseTribunalOrderFields, letterDate: Temporal.PlainDate) {
  const limits = orderLimits(fields, letterDate)
  const first = limits[0]
  if (first === undefined || limits.some(passedBy(letterDate))) return []
  const due = isoToDate(first.date)
  return [
    {
      field: 'startedOn',
      message: `The time limit has not passed yet: the council has until ${formatDate(due)}. You can send this letter from ${formatDate(due.add({ days: 1 }))}`,
    },
  ]
}

/** A firm letter to a council that has not done what the Tribunal ordered, or what it conceded. */
export function chaseTribunalOrder(fields: ChaseTribunalOrderFields, today: Temporal.PlainDate): LetterModel {
  const { letterDate, parts } = frame({ fields, today })
  const { child, basis } = fields
  const duty = basis === 'order' ? 'tribunalOrder' : 'unopposedAppeal'
  const passed = orderLimits(fields, letterDate).filter(passedBy(letterDate))
  const replyBy = periodEnds(letterDate, REPLY_ASK)
  const reply = formatDate(replyBy)
  const started = formatDate(isoToDate(fields.startedOn))
  const subject = `Tribunal ${basis === 'order' ? 'order' : 'appeal'} not carried out for ${child.name}`

  const blocks: Block[] = [
    paragraph(
      basis === 'order'
        ? `On ${started} the First-tier Tribunal (Special Educational Needs and Disability) decided the appeal about ${aboutChild(child)}. It ordered you to ${ORDER_WORDS[fields.order]}.`
        : `On ${started} you told the First-tier Tribunal (Special Educational Needs and Disability) that you would not oppose the appeal about ${aboutChild(child)}. That means you must ${ORDER_WORDS[fields.order]}.`,
    ),
    paragraph(
      `${capitalised(lawOf(duty))} sets the time you have to do this, counted from ${basis === 'order' ? 'the date of the order' : 'the day you told the Tribunal'}. The time has passed:`,
    ),
    list(passed.map((m) => `you had to ${STEP_WORDS[stepOf(m, basis)] ?? m.title.toLowerCase()} by ${formatDate(isoToDate(m.date))}`)),
    paragraph('I have not received this. The Tribunal’s decision is binding on you, and carrying it out is not optional.'),
    paragraph(
      `Please do what the ${basis === 'order' ? 'order requires' : 'law requires'} within ${periodInWords(REPLY_ASK)} of the date of this letter, that is by ${reply}, and write to tell me when it is done.`,
    ),
    paragraph(
      `If I do not hear from you by ${reply}, I will make a formal complaint, and then complain to the Local Government and Social Care Ombudsman. I may also take legal advice.`,
    ),
  ]

  const model: LetterModel = {
    type: 'chase-tribunal-order',
    templateVersion: CHASE_TRIBUNAL_ORDER_VERSION,
    title: subject,
    subject,
    ...parts,
    blocks,
    citations: [...citationsOf(duty), ...passed.flatMap((m) => m.citations), ...citationsOf('ombudsmanComplaint')]
      .filter((c, i, all) => all.findIndex((d) => d.source === c.source && d.ref === c.ref) === i)
      .map((c) => ({ ...c })),
    nextSteps: {
      replyBy: replyBy.toString(),
      text: [
        `You have asked the council to act, and to tell you, by ${reply}.`,
        'If it does not, make a formal complaint to the council using the complaint letter, and send a copy of the Tribunal’s decision.',
        `Then complain to the Local Government and Social Care Ombudsman, in writing within ${within('ombudsmanComplaint')} of first knowing about the problem. The Tribunal itself cannot make the council act.`,
      ],
    },
  }
  if (fields.referenceNumber !== undefined) model.reference = `Your reference: ${fields.referenceNumber}`
  return model
}
