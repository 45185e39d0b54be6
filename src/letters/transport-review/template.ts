import { Temporal } from 'temporal-polyfill'
import { formatDate, periodEnds, periodOf } from '../../law/index.js'
import { heading, paragraph, paragraphsOf, type Block, type LetterModel } from '../model.js'
import { sourceOf } from '../shared/lifecycle-parts.js'
import { aboutChild, citationsOf, frame, isoToDate, possessive, within } from '../shared/template-parts.js'
import type { TransportReviewFields } from './schema.js'

export const TRANSPORT_REVIEW_VERSION = 1

/** A stage 1 request to the council to review its home-to-school travel decision. */
export function transportReview(fields: TransportReviewFields, today: Temporal.PlainDate): LetterModel {
  const { letterDate, parts } = frame({ fields, today })
  const { child } = fields
  const decidedOn = isoToDate(fields.decisionDate)
  // Counted from the date of the decision letter, the safe end (some councils count from receipt).
  const lastDay = periodEnds(decidedOn, periodOf('transportReviewRequest'))
  const late = Temporal.PlainDate.compare(letterDate, lastDay) > 0
  const replyBy = periodEnds(letterDate, periodOf('transportReviewReply'))
  const reply = formatDate(replyBy)
  const subject = `Stage 1 review of the travel decision for ${child.name}`

  const blocks: Block[] = [
    paragraph(
      `On ${formatDate(decidedOn)} you decided about help with travel to school or college for ${aboutChild(child)}. I ask for a stage 1 review of that decision.`,
    ),
    paragraph(
      `The ${sourceOf('transportReviewRequest')} sets out a review by a senior officer who was not involved in the first decision. Please arrange that review.`,
    ),
    heading('Why I think the decision is wrong'),
    ...paragraphsOf(fields.reasons),
  ]
  if (fields.circumstances !== undefined) {
    blocks.push(heading('Our circumstances'), ...paragraphsOf(fields.circumstances))
  }
  blocks.push(
    paragraph(
      `Please send me your review decision, with reasons, within ${within('transportReviewReply')} of receiving this request, that is by ${reply}. If you need more information from me, please ask straight away.`,
    ),
  )

  const text = [
    `The council should send you its stage 1 decision by ${reply}.`,
    `If you still disagree, ask for stage 2, an independent appeal panel, within ${within('transportAppeal')} of the stage 1 decision. After that, you can complain to the Local Government and Social Care Ombudsman.`,
    `Travel to school is not a matter for the SEND Tribunal. Until the review is decided, you have to arrange ${possessive(child.name)} travel.`,
  ]
  if (late) {
    text.unshift(
      `The guidance gives ${within('transportReviewRequest')} from the decision to ask for a review, and that time ended on ${formatDate(lastDay)}. Send this letter now, say why it is late and ask the council to accept it.`,
    )
  }

  const model: LetterModel = {
    type: 'transport-review',
    templateVersion: TRANSPORT_REVIEW_VERSION,
    title: subject,
    subject,
    ...parts,
    blocks,
    citations: citationsOf('transportReviewRequest', 'transportReviewReply', 'transportAppeal'),
    nextSteps: { replyBy: replyBy.toString(), text },
  }
  if (fields.referenceNumber !== undefined) model.reference = `Your reference: ${fields.referenceNumber}`
  return model
}
