import { Temporal } from 'temporal-polyfill'
import { appealLastDate, formatDate, periodEnds } from '../../law/index.js'
import { REPLY_ASK } from '../shared/asks.js'
import { theDecision } from '../shared/decisions.js'
import { heading, list, paragraph, paragraphsOf, type Block, type LetterModel } from '../model.js'
import type { LateAppealFields } from './schema.js'
import { aboutChild, citationsOf, frame, isoToDate, lawOf, possessive } from '../shared/template-parts.js'

export const LATE_APPEAL_VERSION = 1

const certificateOf = (fields: LateAppealFields) =>
  fields.certificateDate === undefined ? undefined : isoToDate(fields.certificateDate)

/** The last day the Tribunal had to receive the appeal, as the engine counts it. */
export const lastDayToAppeal = (fields: LateAppealFields) =>
  appealLastDate(isoToDate(fields.decisionDate), certificateOf(fields))

/** Problems that need the letter's date: a certificate after the decision, and an appeal that is late. */
export function checkLateAppeal(fields: LateAppealFields, letterDate: Temporal.PlainDate) {
  const certificate = certificateOf(fields)
  if (certificate !== undefined && Temporal.PlainDate.compare(certificate, isoToDate(fields.decisionDate)) < 0) {
    return [
      {
        field: 'certificateDate',
        message: 'The date of the mediation certificate must be on or after the date of the decision letter',
      },
    ]
  }
  const last = lastDayToAppeal(fields)
  if (Temporal.PlainDate.compare(letterDate, last) > 0) return []
  return [
    {
      field: 'decisionDate',
      message: `Your appeal is not late: the Tribunal must receive it by ${formatDate(last)}. Send your appeal now, without this letter`,
    },
  ]
}

/** To the Tribunal, with a late appeal: please extend time and admit it, for these reasons. */
export function lateAppeal(fields: LateAppealFields, today: Temporal.PlainDate): LetterModel {
  const { letterDate, parts } = frame({ fields, today })
  const { child } = fields
  const certificate = certificateOf(fields)
  const last = formatDate(lastDayToAppeal(fields))
  const followUpBy = periodEnds(letterDate, REPLY_ASK)
  const followUp = formatDate(followUpBy)

  const blocks: Block[] = [
    paragraph(
      `I am appealing against ${theDecision(fields.council, fields.decision)} for ${aboutChild(child)}. ` +
        `The decision letter is dated ${formatDate(isoToDate(fields.decisionDate))}.` +
        (certificate === undefined ? '' : ` My mediation certificate is dated ${formatDate(certificate)}.`),
    ),
    paragraph(
      `My appeal is late: the last day for the Tribunal to receive it was ${last}. My appeal is sent with this letter.`,
    ),
    paragraph(
      `I ask the Tribunal to extend the time for appealing and to admit my appeal, using its power to extend time (${lawOf('extendTime')}). I explain below why my appeal is late (${lawOf('lateAppeal')}).`,
    ),
    heading('Why my appeal is late'),
    ...paragraphsOf(fields.reasons),
  ]
  if (fields.rightsExplained === 'no') {
    blocks.push(paragraph('The decision letter did not tell me that I could appeal, or by when.'))
  }
  blocks.push(
    heading('Why it is fair to accept my appeal'),
    paragraph(
      `I believe it is in the interests of justice to admit my appeal. It is about ${possessive(child.name)} special educational needs and the help they need, which matter a great deal to their education. ` +
        'The local authority can still answer the appeal in full, so admitting it would not be unfair to them. If it is not admitted, the Tribunal will not look at the decision at all.',
    ),
    heading('What I am sending'),
    list([
      'My appeal',
      'The decision letter',
      ...(certificate === undefined ? [] : ['My mediation certificate']),
      'Evidence of the reasons my appeal is late, where I have it',
    ]),
  )

  return {
    type: 'late-appeal',
    templateVersion: LATE_APPEAL_VERSION,
    title: `Late appeal for ${child.name}: request to extend time`,
    subject: `Late appeal: request to extend time (${child.name})`,
    ...parts,
    blocks,
    citations: citationsOf('appealAfterDecision', 'appealAfterCertificate', 'extendTime', 'lateAppeal'),
    nextSteps: {
      replyBy: followUpBy.toString(),
      text: [
        'Send this letter with your appeal as soon as you can: today if possible. Every extra day late is one more day to explain.',
        'Attach your appeal, the decision letter, your mediation certificate if you have one, and evidence of why you are late: for example a letter from a doctor or hospital, or emails showing you were waiting for the certificate or for information from the council. Keep a copy of everything.',
        'A Tribunal judge decides whether to accept your appeal late, and the Tribunal will write to tell you.',
        `If you have not heard from the Tribunal by ${followUp}, contact it to check that it has your appeal. Your local SEND information, advice and support service (SENDIASS) can help with the appeal.`,
      ],
    },
  }
}
