import type { Temporal } from 'temporal-polyfill'
import { formatDate, periodEnds } from '../../law/index.js'
import { REPLY_ASK, SCHOOL_HOLIDAY_NOTE } from '../shared/asks.js'
import { heading, paragraph, paragraphsOf, type Block, type LetterModel } from '../model.js'
import type { MeetingRequestFields } from './schema.js'
import { citationsOf, frame, possessive } from '../shared/template-parts.js'

export const MEETING_REQUEST_VERSION = 1

/** A request to meet the class teacher, SENCO or headteacher about a child's needs. */
export function meetingRequest(fields: MeetingRequestFields, today: Temporal.PlainDate): LetterModel {
  const { letterDate, parts } = frame({ fields, today })
  const replyBy = periodEnds(letterDate, REPLY_ASK)
  const reply = formatDate(replyBy)
  const { child } = fields
  const who =
    fields.withRole === 'class teacher'
      ? `${possessive(child.name)} class teacher`
      : fields.withRole === 'SENCO'
        ? 'the special educational needs co-ordinator (SENCO)'
        : 'the headteacher'
  const where = child.school === undefined ? 'at school' : `at ${child.school}`

  const blocks: Block[] = [
    paragraph(
      `I would like to arrange a meeting with ${who} to talk about my child, ${child.name}: ` +
        `their special educational needs and the support they get ${where}.`,
    ),
    heading('What I would like to talk about'),
    ...paragraphsOf(fields.concerns),
    heading('When I can meet'),
    ...(fields.suggestedTimes === undefined
      ? [paragraph('Please suggest some days and times for the meeting.')]
      : paragraphsOf(fields.suggestedTimes)),
    paragraph(`Please reply by ${reply} to arrange the meeting.`),
    paragraph(
      'After the meeting, please send me a short note of what we agreed, including who will do what and by when.',
    ),
  ]

  return {
    type: 'meeting-request',
    templateVersion: MEETING_REQUEST_VERSION,
    title: `Request for a meeting about ${child.name}`,
    subject: `Request for a meeting about ${child.name}`,
    ...parts,
    blocks,
    citations: citationsOf('schoolComplaintsProcedure'),
    nextSteps: {
      replyBy: replyBy.toString(),
      text: [
        `You have asked for a reply by ${reply}. No law sets a time limit for this, so be ready to follow it up.`,
        SCHOOL_HOLIDAY_NOTE,
        fields.withRole === 'headteacher'
          ? 'If you have not heard back by then, phone the school office and ask when the headteacher can meet you.'
          : 'If you have not heard back by then, phone the school office, or send this letter again to the headteacher.',
        "If you are unhappy with how the school deals with your concerns, you can make a complaint under the school's complaints procedure, using the complaint letter.",
        'If you think your child needs more help than the school can give, you can ask the council for an EHC needs assessment, using the assessment request letter.',
      ],
    },
  }
}
