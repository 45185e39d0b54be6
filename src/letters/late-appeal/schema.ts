import { z } from 'zod'
import { common, isoDate, optionalDate, text } from '../shared/fields.js'
import { councilName, decisionSchema } from '../shared/decisions.js'

/** Whether the decision letter told the family of the right to appeal and its time limit. */
export const RIGHTS_EXPLAINED = ['yes', 'no', 'not-sure'] as const

export const lateAppealSchema = z.strictObject({
  ...common,
  decision: decisionSchema('Select what the council decided'),
  council: councilName(),
  decisionDate: isoDate('the date of the decision letter'),
  certificateDate: optionalDate('the date of the mediation certificate'),
  rightsExplained: z.preprocess(
    (v) => (v === '' ? undefined : v),
    z
      .enum(RIGHTS_EXPLAINED, { error: 'Select whether the decision letter told you about your right to appeal' })
      .optional(),
  ),
  reasons: text({ noun: 'why your appeal is late', max: 4000, multiline: true }),
})

export type LateAppealFields = z.output<typeof lateAppealSchema>
