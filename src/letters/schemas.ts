import type { z } from 'zod'
import { complaintSchema } from './complaint/schema.js'
import { assessmentRequestSchema } from './assessment-request/schema.js'
import { mediationReplySchema } from './mediation-reply/schema.js'
import { meetingRequestSchema } from './meeting-request/schema.js'
import { recordsRequestSchema } from './records-request/schema.js'
import { disagreementResolutionRequestSchema } from './disagreement-resolution-request/schema.js'
import { chaseLateDecisionSchema } from './chase-late-decision/schema.js'
import { chaseCertificateSchema } from './chase-certificate/schema.js'
import { lateAppealSchema } from './late-appeal/schema.js'
import { amendmentResponseSchema } from './amendment-response/schema.js'
import { chaseAmendedPlanSchema } from './chase-amended-plan/schema.js'
import { chaseTribunalOrderSchema } from './chase-tribunal-order/schema.js'
import { earlyReviewSchema } from './early-review/schema.js'
import { exclusionReviewPanelSchema } from './exclusion-review-panel/schema.js'
import { transportReviewSchema } from './transport-review/schema.js'
import type { LetterType } from './types.js'

// Every letter type's schema, by id. Each schema lives in its letter's folder.

export * from './types.js'
export { senderSchema, recipientSchema, childSchema, type Sender, type Recipient, type Child } from './shared/fields.js'
export * from './complaint/schema.js'
export * from './assessment-request/schema.js'
export * from './mediation-reply/schema.js'
export * from './meeting-request/schema.js'
export * from './records-request/schema.js'
export * from './disagreement-resolution-request/schema.js'
export * from './chase-late-decision/schema.js'
export * from './chase-certificate/schema.js'
export * from './late-appeal/schema.js'
export * from './amendment-response/schema.js'
export * from './chase-amended-plan/schema.js'
export * from './chase-tribunal-order/schema.js'
export * from './early-review/schema.js'
export * from './exclusion-review-panel/schema.js'
export * from './transport-review/schema.js'

export const letterSchemas = {
  complaint: complaintSchema,
  'assessment-request': assessmentRequestSchema,
  'mediation-reply': mediationReplySchema,
  'meeting-request': meetingRequestSchema,
  'records-request': recordsRequestSchema,
  'disagreement-resolution-request': disagreementResolutionRequestSchema,
  'chase-late-decision': chaseLateDecisionSchema,
  'chase-certificate': chaseCertificateSchema,
  'late-appeal': lateAppealSchema,
  'amendment-response': amendmentResponseSchema,
  'chase-amended-plan': chaseAmendedPlanSchema,
  'chase-tribunal-order': chaseTribunalOrderSchema,
  'early-review': earlyReviewSchema,
  'exclusion-review-panel': exclusionReviewPanelSchema,
  'transport-review': transportReviewSchema,
} as const satisfies Record<LetterType, z.ZodType>

/** The validated fields of one letter type. */
export type LetterFields<T extends LetterType = LetterType> = z.output<(typeof letterSchemas)[T]>
/** What a caller may send for one letter type (before defaults and trimming). */
export type LetterInput<T extends LetterType = LetterType> = z.input<(typeof letterSchemas)[T]>
