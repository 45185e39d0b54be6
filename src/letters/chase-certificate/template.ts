import { Temporal } from 'temporal-polyfill'
import { appealLastDate, formatDate, periodEnds, periodInWords, periodOf, type DutyId } from '../../law/index.js'
import { OVERDUE_REPLY_ASK } from '../shared/asks.js'
import { theDecision } from '../shared/decisions.js'
import { paragraph, type Block, type LetterModel } from '../model.js'
import type { CertificateReason, ChaseCertificateFields } from './schema.js'
import { aboutChild, capitalised, citationsOf, frame, isoToDate, lawOf, within } from '../shared/template-parts.js'

export const CHASE_CERTIFICATE_VERSION = 1

/** The duty behind each reason the certificate is due. */
const DUTY: Record<CertificateReason, DutyId> = {
  'no-mediation': 'certificateWithoutMediation',
  'after-mediation': 'certificateAfterMediation',
}

/** The last day the mediation adviser had to send the certificate. */
export const certificateDueBy = (fields: Pick<ChaseCertificateFields, 'reason' | 'since'>) =>
  periodEnds(isoToDate(fields.since), periodOf(DUTY[fields.reason]))

/** Problems that need the letter's date: the certificate must already be late. */
export function checkChaseCertificate(fields: ChaseCertificateFields, letterDate: Temporal.PlainDate) {
  const due = certificateDueBy(fields)
  if (Temporal.PlainDate.compare(letterDate, due) > 0) return []
  return [
    {
      field: 'since',
      message:
        `The certificate is not late yet: the mediation adviser has until ${formatDate(due)} to send it. ` +
        `You can send this letter from ${formatDate(due.add({ days: 1 }))}`,
    },
  ]
}

/** To the mediation adviser: the certificate the family needs to appeal has not come in time. */
export function chaseCertificate(fields: ChaseCertificateFields, today: Temporal.PlainDate): LetterModel {
  const { letterDate, parts } = frame({ fields, today })
  const { child } = fields
  const duty = DUTY[fields.reason]
  const since = formatDate(isoToDate(fields.since))
  const due = formatDate(certificateDueBy(fields))
  const askBy = periodEnds(letterDate, OVERDUE_REPLY_ASK)
  const ask = formatDate(askBy)
  const decision = theDecision(fields.council, fields.decision)
  const dated = fields.decisionDate === undefined ? '' : `, in its letter dated ${formatDate(isoToDate(fields.decisionDate))}`

  const blocks: Block[] =
    fields.reason === 'no-mediation'
      ? [
          paragraph(
            `On ${since} I told you that I want to appeal to the First-tier Tribunal (Special Educational Needs and Disability) against ${decision} for ${aboutChild(child)}${dated}, and that I do not want mediation.`,
          ),
          paragraph(
            `${capitalised(lawOf(duty))} says you must send me a mediation certificate within ${within(duty)} of my telling you this. That time ended on ${due}, and I have not received the certificate.`,
          ),
        ]
      : [
          paragraph(
            `The mediation about ${decision} for ${aboutChild(child)}${dated} ended on ${since}. It did not settle everything, and I want to appeal to the First-tier Tribunal (Special Educational Needs and Disability).`,
          ),
          paragraph(
            `${capitalised(lawOf(duty))} says you must send me a mediation certificate within ${within(duty)} of the mediation ending. That time ended on ${due}, and I have not received the certificate.`,
          ),
        ]
  blocks.push(
    paragraph(
      `I cannot appeal without the certificate (${lawOf('mediationCertificate')}). The last day for my appeal is worked out from the date the certificate is issued (${lawOf('appealAfterCertificate')}), so every day it is late leaves me unsure of my own deadline.`,
    ),
    paragraph(
      `Please send the certificate straight away, by email if you can, and by ${ask} at the latest. If you cannot, please tell me by then why it is late and when you will send it.`,
    ),
    paragraph(
      `If I do not hear from you by ${ask}, I will ask the local authority, which arranges the mediation adviser service, to make sure the certificate is sent.`,
    ),
  )

  const floor =
    fields.decisionDate === undefined
      ? []
      : [
          `Whatever date the certificate has, you have until at least ${formatDate(appealLastDate(isoToDate(fields.decisionDate)))} to appeal, counting from the decision letter. A later certificate gives you longer.`,
        ]
  const model: LetterModel = {
    type: 'chase-certificate',
    templateVersion: CHASE_CERTIFICATE_VERSION,
    title: `Late mediation certificate for ${child.name}`,
    subject: `Late mediation certificate: ${child.name}`,
    ...parts,
    blocks,
    citations: citationsOf(duty, 'mediationCertificate', 'appealAfterDecision', 'appealAfterCertificate'),
    nextSteps: {
      replyBy: askBy.toString(),
      text: [
        `You have asked for the certificate by ${ask}, ${periodInWords(OVERDUE_REPLY_ASK)} after the date of this letter.`,
        `When it arrives, check its date of issue. Your appeal must reach the Tribunal by the later of ${within('appealAfterDecision')} after the decision letter was sent and ${within('appealAfterCertificate')} after the certificate was issued. Our plan page works out the exact date, because deadlines in August or over Christmas move.`,
        ...floor,
        'If it has still not come, phone the mediation adviser, then the council’s SEN team, and tell your local SEND information, advice and support service (SENDIASS). If the last day for your appeal is close, get advice straight away.',
      ],
    },
  }
  if (fields.referenceNumber !== undefined) model.reference = `Your reference: ${fields.referenceNumber}`
  return model
}
