import type { Temporal } from 'temporal-polyfill'
import { formatDate, periodEnds } from '../../law/index.js'
import { REPLY_ASK } from '../shared/asks.js'
import { heading, list, paragraph, paragraphsOf, type Block, type LetterModel } from '../model.js'
import type { DisagreementResolutionRequestFields } from './schema.js'
import { aboutChild, citationsOf, frame, lawOf } from '../shared/template-parts.js'

export const DISAGREEMENT_RESOLUTION_REQUEST_VERSION = 1

/** A request to the local authority's independent disagreement resolution service (CoP 11.6-11.10). */
export function disagreementResolutionRequest(
  fields: DisagreementResolutionRequestFields,
  today: Temporal.PlainDate,
): LetterModel {
  const { letterDate, parts } = frame({ fields, today })
  const replyBy = periodEnds(letterDate, REPLY_ASK)
  const reply = formatDate(replyBy)
  const { child } = fields

  const blocks: Block[] = [
    paragraph(
      `I am asking to use your disagreement resolution service. I have a disagreement with ${fields.disagreementWith} ` +
        `about the special educational needs of ${aboutChild(child)}, and the support they get.`,
    ),
    paragraph(
      `Local authorities must make independent disagreement resolution services available to help families settle disagreements like this, as ${lawOf('disagreementResolution')} explains.`,
    ),
    heading('What the disagreement is about'),
    list(fields.issues),
  ]
  if (fields.triedSoFar !== undefined) {
    blocks.push(heading('What I have tried so far'), ...paragraphsOf(fields.triedSoFar))
  }
  blocks.push(
    heading('What I am asking you to do'),
    paragraph(
      `Please arrange a meeting with an independent facilitator and ${fields.disagreementWith}, and tell me what happens next. ` +
        `I would be grateful for a reply by ${reply}.`,
    ),
    paragraph(
      'I understand that using this service is voluntary, and that it does not affect my right to appeal to the SEND Tribunal or to make a complaint.',
    ),
  )

  return {
    type: 'disagreement-resolution-request',
    templateVersion: DISAGREEMENT_RESOLUTION_REQUEST_VERSION,
    title: `Request for disagreement resolution about ${child.name}`,
    subject: `Request for disagreement resolution about ${child.name}`,
    ...parts,
    blocks,
    citations: citationsOf('disagreementResolution'),
    nextSteps: {
      replyBy: replyBy.toString(),
      text: [
        `You have asked for a reply by ${reply}. No law sets a time limit for this, so be ready to follow it up.`,
        'If you hear nothing by then, phone the service or send this letter again.',
        'Disagreement resolution does not stop the clock on an appeal. If you might appeal to the SEND Tribunal, keep track of that deadline separately.',
        'If the disagreement is about a decision you can appeal, such as what an EHC plan says, you can ask for mediation instead, which is linked to the appeal.',
      ],
    },
  }
}
