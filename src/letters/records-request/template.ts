import type { Temporal } from 'temporal-polyfill'
import { formatDate, periodEnds, periodOf } from '../../law/index.js'
import { heading, list, paragraph, paragraphsOf, type Block, type LetterModel } from '../model.js'
import type { RecordsRequestFields } from './schema.js'
import { aboutChild, capitalised, citationsOf, frame, isoToDate, lawOf, within } from '../shared/template-parts.js'

export const RECORDS_REQUEST_VERSION = 1

/**
 * A subject access request to a school or local authority. The reply is due within the time the
 * law engine's subjectAccessReply duty gives, counted by its corresponding-date rule.
 */
export function recordsRequest(fields: RecordsRequestFields, today: Temporal.PlainDate): LetterModel {
  const { letterDate, parts } = frame({ fields, today })
  const replyBy = periodEnds(letterDate, periodOf('subjectAccessReply'))
  const due = formatDate(replyBy)
  const { child } = fields
  const self = fields.requesterIsYoungPerson === true
  const about = self ? 'me' : child.name
  const holder = fields.recordsHeldBy === 'school' ? 'the school' : 'the council'

  const opening = self
    ? `I am making a subject access request under ${lawOf('subjectAccess')} for the personal data you hold about me, ` +
      child.name +
      (child.dateOfBirth === undefined ? '' : ` (date of birth ${formatDate(isoToDate(child.dateOfBirth))})`) +
      '.'
    : `I am making a subject access request under ${lawOf('subjectAccess')} for the personal data you hold about ${aboutChild(child)}. ` +
      "I am making this request on my child's behalf, as their parent."

  const usual =
    fields.recordsHeldBy === 'school'
      ? [
          'records of special educational needs, including SEN support plans, provision maps and reviews',
          'reports and assessments by teachers, the SENCO and visiting professionals',
          'notes and minutes of meetings',
          `emails, letters and messages that mention ${about}`,
          'attendance, behaviour and exclusion records',
        ]
      : [
          'the SEN casework file, including any EHC needs assessment and the advice gathered for it',
          `papers and minutes from any panel or meeting that discussed ${about}`,
          'notes of phone calls and meetings',
          `emails, letters and internal messages that mention ${about}`,
        ]

  const blocks: Block[] = [
    paragraph(opening),
    paragraph('Please send me a copy of all of this information, including:'),
    list(usual),
  ]
  if (fields.whatRecords !== undefined) {
    blocks.push(heading('Records I particularly want'), ...paragraphsOf(fields.whatRecords))
  }
  blocks.push(
    heading('Your reply'),
    paragraph(
      `${capitalised(lawOf('subjectAccessReply'))} says you must reply without undue delay, and at the latest within ${within('subjectAccessReply')} of receiving this request. ` +
        `If you receive it on ${parts.date}, that is by ${due}.`,
    ),
    paragraph(
      'Please send the information in electronic form if you can. ' +
        (self
          ? 'If you need proof of my identity, please tell me straight away so that your reply is not delayed.'
          : `If you need proof of my identity or that I am ${child.name}'s parent, please tell me straight away so that your reply is not delayed.`),
    ),
    paragraph('If you decide not to send some information, please tell me what you have held back and why.'),
  )

  return {
    type: 'records-request',
    templateVersion: RECORDS_REQUEST_VERSION,
    title: self ? `Subject access request from ${child.name}` : `Subject access request for ${child.name}'s records`,
    subject: self ? 'Subject access request for my records' : `Subject access request for ${child.name}'s records`,
    ...parts,
    blocks,
    citations: citationsOf('subjectAccess', 'subjectAccessReply'),
    nextSteps: {
      replyBy: replyBy.toString(),
      text: [
        `If ${holder} receives your request on ${parts.date}, you should get the records by ${due}.`,
        `For a complex request, ${holder} can take up to ${within('subjectAccessExtension')} more, but it must tell you so within ${within('subjectAccessReply')} of receiving your request.`,
        `If nothing arrives by ${due}, write to remind them and ask when you will get the records.`,
        "If you are still unhappy, you can complain to the Information Commissioner's Office (ICO).",
      ],
    },
  }
}
