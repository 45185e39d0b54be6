import type { Temporal } from 'temporal-polyfill'
import { formatDate } from '../../law/index.js'
import { heading, paragraph, paragraphsOf, type Block, type LetterModel } from '../model.js'
import { engineDate, engineMilestones } from '../shared/lifecycle-parts.js'
import { aboutChild, capitalised, citationsOf, frame, isoToDate, lawOf, possessive, within } from '../shared/template-parts.js'
import type { AmendmentResponseFields } from './schema.js'

export const AMENDMENT_RESPONSE_VERSION = 1

/** The engine's dates for proposed changes sent on a day: the last day to reply and the final plan's. */
export function amendmentDates(sentOn: Temporal.PlainDate, letterDate: Temporal.PlainDate) {
  const milestones = engineMilestones({ decision: 'la-conduct', ehc: { amendmentNoticeSentOn: sentOn.toString() } }, letterDate)
  const replyBy = engineDate(milestones, 'amendment-response-by')
  const finalBy = engineDate(milestones, 'amended-plan-due')
  if (replyBy === undefined || finalBy === undefined) throw new RangeError('The engine gave no dates for proposed changes')
  return { replyBy, finalBy }
}

/** The family's reply to a notice of proposed changes to an EHC plan, within the time the law gives them. */
export function amendmentResponse(fields: AmendmentResponseFields, today: Temporal.PlainDate): LetterModel {
  const { letterDate, parts } = frame({ fields, today })
  const { child } = fields
  const sentOn = isoToDate(fields.amendmentNoticeSentOn)
  const { replyBy, finalBy } = amendmentDates(sentOn, letterDate)
  const late = letterDate.until(replyBy).sign < 0
  const subject = `Reply to the proposed changes to ${possessive(child.name)} EHC plan`

  const blocks: Block[] = [
    paragraph(
      `On ${formatDate(sentOn)} you sent me a notice of proposed changes to the education, health and care (EHC) plan of ${aboutChild(child)}. This letter is my reply.`,
    ),
    paragraph(
      `${capitalised(lawOf('amendmentResponse'))} gives me at least ${within('amendmentResponse')}, beginning with the day you sent the notice, to comment on the changes: until ${formatDate(replyBy)}.`,
    ),
    heading('My comments on the proposed changes'),
    ...paragraphsOf(fields.comments),
  ]
  if (fields.schoolRequested !== undefined) {
    blocks.push(
      heading('The school or college I ask you to name'),
      paragraph(
        `I ask you to name ${fields.schoolRequested} in section I of the plan. I make this request under ${lawOf('requestSchoolInPlan')}.`,
      ),
    )
  }
  if (fields.wantsMeeting === true) {
    blocks.push(
      paragraph(
        `I would also like to meet an officer of the council to explain my views in person (${lawOf('amendmentMeeting')}). Please contact me to arrange a time.`,
      ),
    )
  }
  blocks.push(
    heading('The final plan'),
    paragraph(
      `Please take my comments into account and send me the final amended plan. ${capitalised(lawOf('amendedPlan'))} says you must send it within ${within('amendedPlan')} of sending the notice, that is by ${formatDate(finalBy)}.`,
    ),
  )

  const nextSteps = [
    `The council must send you the final amended plan by ${formatDate(finalBy)}.`,
    'If it has not arrived by then, write to chase a late amended plan.',
    'When the final plan arrives, check it. If you disagree with it, you can appeal to the Tribunal. The letter with the plan must tell you how and by when.',
  ]
  if (late) {
    nextSteps.unshift(
      `The time to reply ended on ${formatDate(replyBy)}. Send this letter today anyway: the council may still take your comments into account before it finalises the plan.`,
    )
  }

  const model: LetterModel = {
    type: 'amendment-response',
    templateVersion: AMENDMENT_RESPONSE_VERSION,
    title: subject,
    subject,
    ...parts,
    blocks,
    citations: citationsOf(
      'amendmentResponse',
      ...(fields.schoolRequested !== undefined ? (['requestSchoolInPlan'] as const) : []),
      ...(fields.wantsMeeting === true ? (['amendmentMeeting'] as const) : []),
      'amendedPlan',
    ),
    nextSteps: { replyBy: finalBy.toString(), text: nextSteps },
  }
  if (fields.referenceNumber !== undefined) model.reference = `Your reference: ${fields.referenceNumber}`
  return model
}
