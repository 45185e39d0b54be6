import type { Temporal } from 'temporal-polyfill'
import { formatDate, periodEnds, periodInWords } from '../../law/index.js'
import { REPLY_ASK } from '../shared/asks.js'
import { heading, paragraph, paragraphsOf, type Block, type LetterModel } from '../model.js'
import { aboutChild, capitalised, citationsOf, frame, isoToDate, lawOf, within } from '../shared/template-parts.js'
import type { ExclusionReviewPanelFields } from './schema.js'

export const EXCLUSION_REVIEW_PANEL_VERSION = 1

/** An application for an independent review panel after a permanent exclusion, with an SEN expert if wanted. */
export function exclusionReviewPanel(fields: ExclusionReviewPanelFields, today: Temporal.PlainDate): LetterModel {
  const { letterDate, parts } = frame({ fields, today })
  const { child } = fields
  const replyBy = periodEnds(letterDate, REPLY_ASK)
  const reply = formatDate(replyBy)
  const told = formatDate(isoToDate(fields.boardDecisionNoticeOn))
  const subject = `Application for an independent review panel: permanent exclusion of ${child.name}`

  const blocks: Block[] = [
    paragraph(
      `I am writing about ${aboutChild(child)}, who was permanently excluded on ${formatDate(isoToDate(fields.excludedOn))}. On ${told} I was told in writing that the governing board had decided not to reinstate my child.`,
    ),
    paragraph(
      `I apply for an independent review panel to review that decision. ${capitalised(lawOf('exclusionReviewApplication'))} allows ${within('exclusionReviewApplication')} after the day I was told of the decision to apply, and I am applying within that time.`,
    ),
  ]
  if (fields.senExpert) {
    blocks.push(
      heading('Special educational needs (SEN) expert'),
      paragraph(
        `I ask you to appoint an SEN expert to advise the panel (${lawOf('exclusionSenExpert')}). I make this request in writing, with my application, as the law requires.`,
      ),
    )
  }
  blocks.push(
    heading('Why I think the decision is wrong'),
    ...paragraphsOf(fields.reasons),
    heading('The panel'),
    paragraph(
      `The law sets a closing date for the review ${within('exclusionPanel')} after the day this application is made (${lawOf('exclusionPanel')}). I would like to attend the panel.`,
    ),
    paragraph(
      `Please confirm within ${periodInWords(REPLY_ASK)} of the date of this letter, that is by ${reply}, that you have received this application, and tell me the date, time and place of the panel and how to send you any further evidence.`,
    ),
  )

  const model: LetterModel = {
    type: 'exclusion-review-panel',
    templateVersion: EXCLUSION_REVIEW_PANEL_VERSION,
    title: subject,
    subject,
    ...parts,
    blocks,
    citations: citationsOf('exclusionReviewApplication', ...(fields.senExpert ? (['exclusionSenExpert'] as const) : []), 'exclusionPanel'),
    nextSteps: {
      replyBy: replyBy.toString(),
      text: [
        `Send this application so that it arrives within ${within('exclusionReviewApplication')} after the day you were told of the board's decision. If you post it first class, it only counts as made on the second working day after posting, so deliver it by hand or email if time is short. Your plan gives the last days.`,
        `You have asked for a reply by ${reply}. Keep a copy of this letter and a note of when and how you sent it.`,
        'Your plan shows the other routes open to you, such as a disability discrimination claim if you think the exclusion was because of your child’s disability.',
      ],
    },
  }
  if (fields.referenceNumber !== undefined) model.reference = `Your reference: ${fields.referenceNumber}`
  return model
}
