import { z } from 'zod'
import { common, isoDate, optionalDate, optionalText } from '../shared/fields.js'

export const chaseAmendedPlanSchema = z.strictObject({
  ...common,
  amendmentNoticeSentOn: isoDate('the date the proposed changes were sent'),
  reviewMeetingOn: optionalDate('the date of the annual review meeting'),
  referenceNumber: optionalText({ noun: 'the reference number', max: 50 }),
})

export type ChaseAmendedPlanFields = z.output<typeof chaseAmendedPlanSchema>
