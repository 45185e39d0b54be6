import { Temporal } from 'temporal-polyfill'
import { formatDate, periodEnds, periodOf } from '../../law/index.js'
import { heading, list, paragraph, type Block, type LetterModel } from '../model.js'
import type { MediationReplyFields } from './schema.js'
import { aboutChild, citationsOf, frame, isoToDate, within } from '../shared/template-parts.js'
import { theDecision } from '../shared/decisions.js'

export const MEDIATION_REPLY_VERSION = 2

/**
 * The family's answer to the mediation adviser (the contactMediationAdviser duty): either "I want
 * mediation" with the issues, or "I do not, please send the certificate".
 */
export function mediationReply(fields: MediationReplyFields, today: Temporal.PlainDate): LetterModel {
  const { letterDate, parts } = frame({ fields, today })
  const decisionDate = isoToDate(fields.decisionDate)
  const { child } = fields

  const blocks: Block[] = [
    paragraph(
      `I have received ${theDecision(fields.council, fields.decision)} for ${aboutChild(child)}, in its letter dated ${formatDate(decisionDate)}. ` +
        'I want to appeal to the First-tier Tribunal (Special Educational Needs and Disability) against this decision.',
    ),
  ]

  const contactBy = periodEnds(decisionDate, periodOf('contactMediationAdviser'))
  const lateContact =
    Temporal.PlainDate.compare(letterDate, contactBy) > 0
      ? [
          `You are writing after ${formatDate(contactBy)}, more than ${within('contactMediationAdviser')} after the decision letter. The law says you must contact the mediation adviser within ${within('contactMediationAdviser')}. Send this letter straight away and get advice quickly, for example from your local SEND information, advice and support service (SENDIASS).`,
        ]
      : []

  if (fields.choice === 'certificate-only') {
    const certificateBy = periodEnds(letterDate, periodOf('certificateWithoutMediation'))
    const due = formatDate(certificateBy)
    blocks.push(
      paragraph('I do not want to go to mediation. Please send me a mediation certificate so that I can appeal.'),
      paragraph(
        `I understand that you must send the certificate within ${within('certificateWithoutMediation')} of my telling you this. As this letter is dated ${parts.date}, please send it by ${due}.`,
      ),
      paragraph(
        'Please send it by email if you can, because the date on the certificate can affect the last day for my appeal.',
      ),
    )
    return {
      type: 'mediation-reply',
      templateVersion: MEDIATION_REPLY_VERSION,
      title: `Request for a mediation certificate for ${child.name}`,
      subject: `Request for a mediation certificate: ${child.name}`,
      ...parts,
      blocks,
      citations: citationsOf('contactMediationAdviser', 'certificateWithoutMediation', 'mediationCertificate', 'appealAfterDecision'),
      nextSteps: {
        replyBy: certificateBy.toString(),
        text: [
          ...lateContact,
          `If the mediation adviser gets this letter on ${parts.date}, they should send your certificate by ${due}.`,
          `If it has not arrived by ${due}, phone or email the mediation adviser on the next working day and ask for it.`,
          `When the certificate arrives, check its date of issue. Your appeal must reach the Tribunal by the later of ${within('appealAfterDecision')} after the decision letter was sent and ${within('appealAfterCertificate')} after the certificate was issued. Use the timeline tool to work out the exact date, because deadlines that fall in August or over Christmas move.`,
        ],
      },
    }
  }

  const mediationBy = periodEnds(letterDate, periodOf('mediationHeld'))
  const by = formatDate(mediationBy)
  blocks.push(
    paragraph('I would like to go to mediation first. Please tell the local authority that I want mediation.'),
    heading('What I want mediation to cover'),
    list(fields.issues ?? []),
  )
  if (fields.healthOrSocialCareMustAttend === true) {
    blocks.push(
      paragraph(
        "Some of these issues are about health care or social care. Please make sure that the integrated care board and the council's social care team take part as well, with people who can make decisions about them.",
      ),
    )
  }
  blocks.push(
    paragraph(
      `I understand that the mediation must take place within ${within('mediationHeld')} of the local authority being told that I want it. If it cannot be arranged in time, please send me a mediation certificate within ${within('certificateAfterMediation')} of finding out, so that I can appeal.`,
    ),
    paragraph(
      'Please send me the date, time and place of the mediation as soon as they are known, and tell me if you need anything else from me.',
    ),
  )

  return {
    type: 'mediation-reply',
    templateVersion: MEDIATION_REPLY_VERSION,
    title: `Mediation about the decision for ${child.name}`,
    subject: `I want mediation about the decision for ${child.name}`,
    ...parts,
    blocks,
    citations: citationsOf('contactMediationAdviser', 'mediationHeld', 'certificateAfterMediation', 'mediationCertificate'),
    nextSteps: {
      replyBy: mediationBy.toString(),
      text: [
        ...lateContact,
        `The mediation should take place within ${within('mediationHeld')} of the local authority being told you want it. If it is told on ${parts.date}, that is by ${by}.`,
        `If the mediation cannot be arranged within ${within('mediationHeld')}, the mediation adviser should send you a certificate within ${within('certificateAfterMediation')} of finding out, so that you can appeal without waiting.`,
        `After the mediation, the mediation adviser must send you a certificate within ${within('certificateAfterMediation')}. Keep it: you need it to appeal if mediation does not settle everything.`,
      ],
    },
  }
}
