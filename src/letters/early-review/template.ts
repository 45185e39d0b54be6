import type { Temporal } from 'temporal-polyfill'
import { formatDate, periodEnds, periodInWords } from '../../law/index.js'
import { REPLY_ASK } from '../shared/asks.js'
import { heading, paragraph, paragraphsOf, type Block, type LetterModel } from '../model.js'
import { aboutChild, capitalised, citationsOf, frame, isoToDate, lawOf, possessive, within } from '../shared/template-parts.js'
import type { EarlyReviewFields } from './schema.js'

export const EARLY_REVIEW_VERSION = 1

/** A request to the council to review an EHC plan before the yearly review is due. */
export function earlyReview(fields: EarlyReviewFields, today: Temporal.PlainDate): LetterModel {
  const { letterDate, parts } = frame({ fields, today })
  const { child } = fields
  const replyBy = periodEnds(letterDate, REPLY_ASK)
  const reply = formatDate(replyBy)
  const subject = `Request for an early review of ${possessive(child.name)} EHC plan`

  const blocks: Block[] = [
    paragraph(
      `I am writing to ask you to review the education, health and care (EHC) plan of ${aboutChild(child)} now, without waiting for the next annual review.` +
        (fields.lastReviewOn !== undefined ? ` The plan was last reviewed on ${formatDate(isoToDate(fields.lastReviewOn))}.` : ''),
    ),
    paragraph(
      `${capitalised(lawOf('annualReview'))} says you must review the plan at least once in every ${within('annualReview')}; nothing in it stops you reviewing it sooner. I ask you to review it now because of the changes below.`,
    ),
    heading('What has changed'),
    ...paragraphsOf(fields.whatChanged),
  ]
  if (fields.whatShouldChange !== undefined) {
    blocks.push(heading('What I think should change in the plan'), ...paragraphsOf(fields.whatShouldChange))
  }
  blocks.push(
    paragraph(
      `Please tell me within ${periodInWords(REPLY_ASK)} of the date of this letter, that is by ${reply}, whether you will hold an early review and when the meeting will be. If you decide not to, please tell me why.`,
    ),
  )

  const model: LetterModel = {
    type: 'early-review',
    templateVersion: EARLY_REVIEW_VERSION,
    title: subject,
    subject,
    ...parts,
    blocks,
    citations: citationsOf('annualReview', 'earlyReview', 'reviewDecision'),
    nextSteps: {
      replyBy: replyBy.toString(),
      text: [
        `You have asked the council to reply by ${reply}.`,
        `After a review meeting, the council must tell you within ${within('reviewDecision')} whether it will keep, change or stop the plan. If it decides not to change it, you can appeal.`,
        'If the council will not hold an early review and things are getting worse, you can ask for a new assessment (a re-assessment), or make a complaint.',
      ],
    },
  }
  if (fields.referenceNumber !== undefined) model.reference = `Your reference: ${fields.referenceNumber}`
  return model
}
