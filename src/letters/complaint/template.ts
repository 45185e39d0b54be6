import type { Temporal } from 'temporal-polyfill'
import { formatDate, periodEnds, periodInWords, type Period } from '../../law/index.js'
import { heading, paragraph, paragraphsOf, type Block, type LetterModel } from '../model.js'
import type { ComplaintFields } from './schema.js'
import { SCHOOL_HOLIDAY_NOTE } from '../shared/asks.js'
import { aboutChild, citationsOf, frame, labelled, within } from '../shared/template-parts.js'

export const COMPLAINT_VERSION = 1

/** A formal complaint to a school, academy trust or council, one section per issue. */
export function complaint(fields: ComplaintFields, today: Temporal.PlainDate): LetterModel {
  const { letterDate, parts } = frame({ fields, today })
  const asked: Period = { amount: fields.respondWithinWorkingDays, unit: 'working days' }
  const replyBy = periodEnds(letterDate, asked)
  const reply = formatDate(replyBy)
  const count = fields.issues.length

  const blocks: Block[] = [
    paragraph(
      `I am writing to make a formal complaint on behalf of ${aboutChild(fields.child)}. ` +
        'Please deal with this letter under your complaints procedure.',
    ),
    paragraph(
      count === 1
        ? 'My complaint is set out below. I have said what happened and what I would like you to do to put it right.'
        : `My complaint is about ${count} issues, set out below. For each one I have said what happened and what I would like you to do to put it right.`,
    ),
  ]

  fields.issues.forEach((issue, i) => {
    blocks.push(heading(count === 1 ? 'What I am complaining about' : `Issue ${i + 1} of ${count}`))
    blocks.push(...labelled('What happened', issue.what))
    if (issue.when !== undefined) blocks.push(paragraph(`When it happened: ${issue.when}`))
    blocks.push(...labelled('What I would like you to do', issue.wantedOutcome))
  })

  if (fields.alreadyTried !== undefined) {
    blocks.push(heading('What I have already tried'), ...paragraphsOf(fields.alreadyTried))
  }

  blocks.push(
    heading('Your reply'),
    paragraph(
      'Please confirm that you have received this complaint and tell me who is dealing with it. ' +
        'Please also send me a copy of your complaints procedure.',
    ),
    paragraph(
      `Please send me your full written response by ${reply}, which is ${periodInWords(asked)} from the date of this letter. ` +
        'If you cannot reply in full by then, please write to me before that date to explain why and to tell me when you will reply.',
    ),
    paragraph('I am happy to meet to talk about this if that would help to put things right.'),
  )

  return {
    type: 'complaint',
    templateVersion: COMPLAINT_VERSION,
    title: `Complaint to ${fields.recipient.organisation}`,
    subject: `Formal complaint about the support for ${fields.child.name}`,
    ...parts,
    blocks,
    citations: citationsOf('schoolComplaintsProcedure', 'ombudsmanComplaint', 'ombudsmanAfterCouncilProcedure'),
    nextSteps: {
      replyBy: replyBy.toString(),
      text: [
        'Keep a copy of this letter and a note of the date you sent it.',
        `You should get a full reply by ${reply}.`,
        `If you are writing to a school: ${SCHOOL_HOLIDAY_NOTE}`,
        "If you get no reply by then, or you are unhappy with the reply, ask for your complaint to go to the next stage of the complaints procedure. Depending on who you complained to, that may be the governing board, the academy trust or the council's complaints team.",
        `If your complaint is about the council and you are still unhappy when its complaints procedure has finished, you can complain to the Local Government and Social Care Ombudsman. You must do this in writing within ${within('ombudsmanComplaint')} of first knowing about the problem.`,
        'Some decisions, such as refusing an EHC needs assessment or what an EHC plan says, are challenged by appealing to the SEND Tribunal, not by complaining. The Ombudsman cannot usually look at something you could appeal. Check the time limit for appealing too.',
      ],
    },
  }
}
