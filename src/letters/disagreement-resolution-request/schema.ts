import { z } from 'zod'
import { blankToUndefined, text, optionalText, textList, common } from '../shared/fields.js'

export const disagreementResolutionRequestSchema = z.strictObject({
  ...common,
  disagreementWith: text({ noun: 'who you disagree with', max: 200 }),
  issues: z.preprocess(
    (v) => (Array.isArray(v) ? v.filter((item) => blankToUndefined(item) !== undefined) : v),
    textList({
      noun: 'what the disagreement is about',
      max: 1000,
      multiline: true,
      items: 'things the disagreement is about',
      min: 1,
      maxItems: 10,
      tooFew: 'Add at least one thing the disagreement is about',
    }),
  ),
  triedSoFar: optionalText({ noun: 'what you have tried so far', max: 2000, multiline: true }),
})

export type DisagreementResolutionRequestFields = z.output<typeof disagreementResolutionRequestSchema>
