import { Temporal } from 'temporal-polyfill'
import type { LetterModel } from './model.js'
import type { LetterFields, LetterType, MediationReplyFields } from './schemas.js'
import { assessmentRequest } from './assessment-request/template.js'
import { chaseLateDecision, checkChaseLateDecision } from './chase-late-decision/template.js'
import { isoToDate, letterDateOf } from './shared/template-parts.js'
import { complaint } from './complaint/template.js'
import { disagreementResolutionRequest } from './disagreement-resolution-request/template.js'
import { mediationReply } from './mediation-reply/template.js'
import { meetingRequest } from './meeting-request/template.js'
import { recordsRequest } from './records-request/template.js'
import { chaseCertificate, checkChaseCertificate } from './chase-certificate/template.js'
import { checkLateAppeal, lateAppeal } from './late-appeal/template.js'
import { amendmentResponse } from './amendment-response/template.js'
import { chaseAmendedPlan } from './chase-amended-plan/template.js'
import { chaseTribunalOrder } from './chase-tribunal-order/template.js'
import { earlyReview } from './early-review/template.js'
import { exclusionReviewPanel } from './exclusion-review-panel/template.js'
import { transportReview } from './transport-review/template.js'
import { checkLifecycleLetter } from './lifecycle-checks.js'

export type Template<T extends LetterType> = (fields: LetterFields<T>, today: Temporal.PlainDate) => LetterModel

/** The template for each letter type, looked up by id. */
export const TEMPLATES: { [T in LetterType]: Template<T> } = {
  complaint,
  'assessment-request': assessmentRequest,
  'mediation-reply': mediationReply,
  'meeting-request': meetingRequest,
  'records-request': recordsRequest,
  'disagreement-resolution-request': disagreementResolutionRequest,
  'chase-late-decision': chaseLateDecision,
  'chase-certificate': chaseCertificate,
  'late-appeal': lateAppeal,
  'amendment-response': amendmentResponse,
  'chase-amended-plan': chaseAmendedPlan,
  'chase-tribunal-order': chaseTribunalOrder,
  'early-review': earlyReview,
  'exclusion-review-panel': exclusionReviewPanel,
  'transport-review': transportReview,
}

export interface Problem {
  /** The dot path of the field: "child.dateOfBirth", "issues.0.what". */
  field: string
  message: string
}

/**
 * Checks a schema cannot make because they need the letter's date: dates that must already
 * have happened, and a chaser sent before the time limit has passed.
 */
export function checkAgainstLetterDate(type: LetterType, fields: LetterFields, today: Temporal.PlainDate): Problem[] {
  const letterDate = letterDateOf(fields, today)
  const problems: Problem[] = []
  const notAfterLetter = (iso: string | undefined, field: string, message: string) => {
    if (iso !== undefined && Temporal.PlainDate.compare(isoToDate(iso), letterDate) > 0) {
      problems.push({ field, message })
    }
  }
  notAfterLetter(
    fields.child.dateOfBirth,
    'child.dateOfBirth',
    'Date of birth must be on or before the date of the letter',
  )
  if (type === 'mediation-reply') {
    notAfterLetter(
      (fields as MediationReplyFields).decisionDate,
      'decisionDate',
      'The date of the decision letter must be on or before the date of your letter',
    )
  }
  if (type === 'chase-late-decision') {
    const chase = fields as LetterFields<'chase-late-decision'>
    notAfterLetter(
      chase.startedOn,
      'startedOn',
      'The date the request was received or the review meeting was held must be on or before the date of your letter',
    )
    if (problems.length === 0) problems.push(...checkChaseLateDecision(chase, letterDate))
  }
  if (type === 'chase-certificate') {
    const chase = fields as LetterFields<'chase-certificate'>
    notAfterLetter(chase.since, 'since', 'The date you told the mediation adviser or the mediation ended must be on or before the date of your letter')
    notAfterLetter(chase.decisionDate, 'decisionDate', 'The date of the decision letter must be on or before the date of your letter')
    if (problems.length === 0) problems.push(...checkChaseCertificate(chase, letterDate))
  }
  if (type === 'late-appeal') {
    const late = fields as LetterFields<'late-appeal'>
    notAfterLetter(late.decisionDate, 'decisionDate', 'The date of the decision letter must be on or before the date of your letter')
    notAfterLetter(late.certificateDate, 'certificateDate', 'The date of the mediation certificate must be on or before the date of your letter')
    if (problems.length === 0) problems.push(...checkLateAppeal(late, letterDate))
  }
  if (problems.length === 0) problems.push(...checkLifecycleLetter(type, fields, letterDate))
  return problems
}
