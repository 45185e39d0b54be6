import { z } from 'zod'
import { optionalText, isoDate, common } from '../shared/fields.js'

export const LATE_LIMITS = ['assessment-decision', 'final-plan', 'review-decision'] as const
export type LateLimit = (typeof LATE_LIMITS)[number]

export const chaseLateDecisionSchema = z.strictObject({
  ...common,
  limit: z.enum(LATE_LIMITS, {
    error: 'Select which decision is late: the assessment decision, the final EHC plan or the decision after an annual review',
  }),
  startedOn: isoDate('the date the request was received or the review meeting was held'),
  referenceNumber: optionalText({ noun: 'the reference number', max: 50 }),
})

export type ChaseLateDecisionFields = z.output<typeof chaseLateDecisionSchema>
