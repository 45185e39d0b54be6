import { z } from 'zod'
import { common, isoDate, optionalText, text } from '../shared/fields.js'

export const exclusionReviewPanelSchema = z.strictObject({
  ...common,
  excludedOn: isoDate('the date your child was excluded'),
  boardDecisionNoticeOn: isoDate("the date you were told in writing of the governing board's decision"),
  senExpert: z.boolean({ error: 'Select yes if you want an SEN expert at the review panel' }),
  reasons: text({ noun: 'why you think the decision is wrong', max: 10_000, multiline: true }),
  referenceNumber: optionalText({ noun: 'the reference number', max: 50 }),
})

export type ExclusionReviewPanelFields = z.output<typeof exclusionReviewPanelSchema>
