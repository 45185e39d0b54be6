import type { LetterForm } from './shared/form-parts.js'
import type { LetterType } from './types.js'
import { complaintForm } from './complaint/form.js'
import { assessmentRequestForm } from './assessment-request/form.js'
import { mediationReplyForm } from './mediation-reply/form.js'
import { meetingRequestForm } from './meeting-request/form.js'
import { recordsRequestForm } from './records-request/form.js'
import { disagreementResolutionRequestForm } from './disagreement-resolution-request/form.js'
import { chaseLateDecisionForm } from './chase-late-decision/form.js'
import { chaseCertificateForm } from './chase-certificate/form.js'
import { lateAppealForm } from './late-appeal/form.js'
import { amendmentResponseForm } from './amendment-response/form.js'
import { chaseAmendedPlanForm } from './chase-amended-plan/form.js'
import { chaseTribunalOrderForm } from './chase-tribunal-order/form.js'
import { earlyReviewForm } from './early-review/form.js'
import { exclusionReviewPanelForm } from './exclusion-review-panel/form.js'
import { transportReviewForm } from './transport-review/form.js'

export * from './shared/form-parts.js'
export { LATE_LIMIT_TEXT } from './chase-late-decision/form.js'

/** The guided form of each letter type, by id. Each form lives in its letter's folder. */
export const LETTER_FORMS: Record<LetterType, LetterForm> = {
  'complaint': complaintForm,
  'assessment-request': assessmentRequestForm,
  'mediation-reply': mediationReplyForm,
  'meeting-request': meetingRequestForm,
  'records-request': recordsRequestForm,
  'disagreement-resolution-request': disagreementResolutionRequestForm,
  'chase-late-decision': chaseLateDecisionForm,
  'chase-certificate': chaseCertificateForm,
  'late-appeal': lateAppealForm,
  'amendment-response': amendmentResponseForm,
  'chase-amended-plan': chaseAmendedPlanForm,
  'chase-tribunal-order': chaseTribunalOrderForm,
  'early-review': earlyReviewForm,
  'exclusion-review-panel': exclusionReviewPanelForm,
  'transport-review': transportReviewForm,
}
