import { z } from 'zod'
import { common, isoDate, optionalText, text } from '../shared/fields.js'

export const transportReviewSchema = z.strictObject({
  ...common,
  decisionDate: isoDate("the date of the council's travel decision letter"),
  reasons: text({ noun: 'why you think the decision is wrong', max: 10_000, multiline: true }),
  circumstances: optionalText({ noun: "your family's circumstances", max: 10_000, multiline: true }),
  referenceNumber: optionalText({ noun: 'the reference number', max: 50 }),
})

export type TransportReviewFields = z.output<typeof transportReviewSchema>
