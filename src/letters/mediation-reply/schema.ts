import { z } from 'zod'
import { blankToUndefined, isoDate, optionalBoolean, textList, common } from '../shared/fields.js'
import { councilName, optionalDecision } from '../shared/decisions.js'

export const MEDIATION_CHOICES = ['mediation', 'certificate-only'] as const

export const mediationReplySchema = z
  .strictObject({
    ...common,
    choice: z.enum(MEDIATION_CHOICES, {
      error: 'Select whether you want mediation or only a mediation certificate',
    }),
    decisionDate: isoDate('the date of the decision letter'),
    council: councilName(),
    decision: optionalDecision('Select what the council decided'),
    issues: z.preprocess(
      (v) => (Array.isArray(v) ? v.filter((item) => blankToUndefined(item) !== undefined) : v),
      textList({
        noun: 'what you want mediation to cover',
        max: 1000,
        multiline: true,
        items: 'things for mediation to cover',
        min: 1,
        maxItems: 10,
        tooFew: 'Add at least one thing you want mediation to cover',
      }).optional(),
    ),
    healthOrSocialCareMustAttend: optionalBoolean('Select yes if the disagreement includes health or social care'),
  })
  .superRefine((fields, ctx) => {
    if (fields.choice === 'mediation' && (fields.issues === undefined || fields.issues.length === 0)) {
      ctx.addIssue({ code: 'custom', path: ['issues'], message: 'Add at least one thing you want mediation to cover' })
    }
  })

export type MediationReplyFields = z.output<typeof mediationReplySchema>
