import { z } from 'zod'
import { common, isoDate, optionalBoolean, optionalText, text } from '../shared/fields.js'

export const amendmentResponseSchema = z.strictObject({
  ...common,
  amendmentNoticeSentOn: isoDate('the date the proposed changes were sent'),
  comments: text({ noun: 'your comments on the proposed changes', max: 10_000, multiline: true }),
  schoolRequested: optionalText({ noun: 'the name of the school or college you want named in the plan', max: 150 }),
  wantsMeeting: optionalBoolean('Select yes if you want a meeting with the council about the changes'),
  referenceNumber: optionalText({ noun: 'the reference number', max: 50 }),
})

export type AmendmentResponseFields = z.output<typeof amendmentResponseSchema>
