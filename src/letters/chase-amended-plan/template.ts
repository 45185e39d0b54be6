import { Temporal } from 'temporal-polyfill'
import { formatDate, periodEnds, periodInWords } from '../../law/index.js'
import { REPLY_ASK } from '../shared/asks.js'
import { paragraph, type Block, type LetterModel } from '../model.js'
import { engineDate, engineMilestones, sourceOf } from '../shared/lifecycle-parts.js'
import { aboutChild, capitalised, citationsOf, frame, isoToDate, lawOf, possessive, within } from '../shared/template-parts.js'
import type { ChaseAmendedPlanFields } from './schema.js'

export const CHASE_AMENDED_PLAN_VERSION = 1

/** The engine's limits for the amended plan: from the notice, and the overall limit from the meeting. */
export function amendedPlanLimits(fields: ChaseAmendedPlanFields, letterDate: Temporal.PlainDate) {
  const ehc = {
    amendmentNoticeSentOn: fields.amendmentNoticeSentOn,
    ...(fields.reviewMeetingOn !== undefined ? { reviewMeetingOn: fields.reviewMeetingOn } : {}),
  }
  const milestones = engineMilestones({ decision: 'la-conduct', ehc }, letterDate)
  const afterNotice = engineDate(milestones, 'amended-plan-due')
  if (afterNotice === undefined) throw new RangeError('The engine gave no date for the amended plan')
  return { afterNotice, overall: engineDate(milestones, 'amended-plan-overall-due') }
}

const passed = (date: Temporal.PlainDate | undefined, letterDate: Temporal.PlainDate) =>
  date !== undefined && Temporal.PlainDate.compare(letterDate, date) > 0

/** The letter waits until a limit has passed: the earlier of the two, when both apply. */
export function checkChaseAmendedPlan(fields: ChaseAmendedPlanFields, letterDate: Temporal.PlainDate) {
  const { afterNotice, overall } = amendedPlanLimits(fields, letterDate)
  if (passed(afterNotice, letterDate) || passed(overall, letterDate)) return []
  const first = overall !== undefined && Temporal.PlainDate.compare(overall, afterNotice) < 0 ? overall : afterNotice
  return [
    {
      field: 'amendmentNoticeSentOn',
      message: `The time limit has not passed yet: the amended plan is due by ${formatDate(first)}. You can send this letter from ${formatDate(first.add({ days: 1 }))}`,
    },
  ]
}

/** A firm letter to the council when the final amended plan has not come in time. */
export function chaseAmendedPlan(fields: ChaseAmendedPlanFields, today: Temporal.PlainDate): LetterModel {
  const { letterDate, parts } = frame({ fields, today })
  const { child } = fields
  const { afterNotice, overall } = amendedPlanLimits(fields, letterDate)
  const replyBy = periodEnds(letterDate, REPLY_ASK)
  const reply = formatDate(replyBy)
  const subject = `Late amended EHC plan for ${child.name}`

  const blocks: Block[] = [
    paragraph(
      `On ${formatDate(isoToDate(fields.amendmentNoticeSentOn))} you sent me proposed changes to the education, health and care (EHC) plan of ${aboutChild(child)}.` +
        (fields.reviewMeetingOn !== undefined ? ` They followed the annual review meeting held on ${formatDate(isoToDate(fields.reviewMeetingOn))}.` : ''),
    ),
    paragraph(
      `${capitalised(lawOf('amendedPlan'))} says you must send the final amended plan as soon as practicable, and in any event within ${within('amendedPlan')} of sending the proposed changes: by ${formatDate(afterNotice)}.`,
    ),
  ]
  if (overall !== undefined) {
    blocks.push(
      paragraph(
        `The High Court has said that the time limits after a review meeting, taken together, mean the final amended plan should be issued within ${within('amendedPlanOverall')} of the meeting (${sourceOf('amendedPlanOverall')}): by ${formatDate(overall)}.`,
      ),
    )
  }
  const both = overall !== undefined && passed(overall, letterDate) && passed(afterNotice, letterDate)
  blocks.push(
    paragraph(`${both ? 'Both dates have' : 'That time has'} passed. I have still not received the final amended plan.`),
    paragraph(
      `Please send me the final amended plan within ${periodInWords(REPLY_ASK)} of the date of this letter, that is by ${reply}. If you cannot, please tell me by then why it is late and the date by which you will send it.`,
    ),
    paragraph(
      `If I do not hear from you by ${reply}, I will make a formal complaint. If that does not put things right, I may complain to the Local Government and Social Care Ombudsman.`,
    ),
  )

  const model: LetterModel = {
    type: 'chase-amended-plan',
    templateVersion: CHASE_AMENDED_PLAN_VERSION,
    title: subject,
    subject,
    ...parts,
    blocks,
    citations: citationsOf('amendedPlan', ...(overall !== undefined ? (['amendedPlanOverall'] as const) : []), 'ombudsmanComplaint'),
    nextSteps: {
      replyBy: replyBy.toString(),
      text: [
        `You have asked the council to send the amended plan, or to reply, by ${reply}.`,
        `If nothing comes, make a formal complaint to the council using the complaint letter, and say that ${possessive(child.name)} amended plan is late.`,
        `If the council's complaints procedure does not put things right, you can complain to the Local Government and Social Care Ombudsman. You must do this in writing within ${within('ombudsmanComplaint')} of first knowing about the problem.`,
      ],
    },
  }
  if (fields.referenceNumber !== undefined) model.reference = `Your reference: ${fields.referenceNumber}`
  return model
}
