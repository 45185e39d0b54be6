import { z } from 'zod'
import { common, optionalDate, optionalText, text } from '../shared/fields.js'

export const earlyReviewSchema = z.strictObject({
  ...common,
  whatChanged: text({ noun: 'what has changed', max: 10_000, multiline: true }),
  whatShouldChange: optionalText({ noun: 'what you think should change in the plan', max: 10_000, multiline: true }),
  lastReviewOn: optionalDate('the date of the last review'),
  referenceNumber: optionalText({ noun: 'the reference number', max: 50 }),
})

export type EarlyReviewFields = z.output<typeof earlyReviewSchema>
