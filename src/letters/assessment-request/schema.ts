import { z } from 'zod'
import { blankToUndefined, text, optionalBoolean, textList, common } from '../shared/fields.js'

export const assessmentRequestSchema = z.strictObject({
  ...common,
  difficulties: text({ noun: 'the difficulties your child has', max: 4000, multiline: true }),
  supportGiven: text({ noun: 'the support your child has had so far', max: 4000, multiline: true }),
  whyMoreNeeded: text({ noun: 'why more support is needed', max: 4000, multiline: true }),
  evidence: z.preprocess(
    (v) => (Array.isArray(v) ? v.filter((item) => blankToUndefined(item) !== undefined) : v),
    textList({
      noun: 'the name of each document you are sending',
      max: 300,
      items: 'documents',
      min: 0,
      maxItems: 20,
      tooFew: 'Add a document',
    }).optional(),
  ),
  requesterIsYoungPerson: optionalBoolean('Select yes if you are the young person asking for the assessment'),
})

export type AssessmentRequestFields = z.output<typeof assessmentRequestSchema>
