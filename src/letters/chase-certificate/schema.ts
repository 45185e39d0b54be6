import { z } from 'zod'
import { common, isoDate, optionalDate, optionalText } from '../shared/fields.js'
import { councilName, optionalDecision } from '../shared/decisions.js'

/** Why the certificate is due: the family said no to mediation, or the mediation has ended. */
export const CERTIFICATE_REASONS = ['no-mediation', 'after-mediation'] as const
export type CertificateReason = (typeof CERTIFICATE_REASONS)[number]

export const chaseCertificateSchema = z.strictObject({
  ...common,
  reason: z.enum(CERTIFICATE_REASONS, {
    error: 'Select whether you said you did not want mediation, or the mediation has ended',
  }),
  since: isoDate('the date you told the mediation adviser or the mediation ended'),
  council: councilName(),
  decision: optionalDecision('Select what the council decided'),
  decisionDate: optionalDate('the date of the decision letter'),
  referenceNumber: optionalText({ noun: 'the reference number', max: 50 }),
})

export type ChaseCertificateFields = z.output<typeof chaseCertificateSchema>
