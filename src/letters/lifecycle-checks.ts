import { Temporal } from 'temporal-polyfill'
import type { LetterFields, LetterType } from './schemas.js'
import { isoToDate } from './shared/template-parts.js'
import { checkChaseAmendedPlan } from './chase-amended-plan/template.js'
import { checkChaseTribunalOrder } from './chase-tribunal-order/template.js'

// Checks on the letters about a plan's later life, the Tribunal, exclusions and travel that need
// the letter's date: the dates they give must already have happened, and a chaser waits for its
// time limit to pass. Kept apart from templates.ts so each letter's checks sit together.

interface Problem {
  field: string
  message: string
}

/** Each letter's dates that must be on or before the letter's date, with their messages. */
const NOT_AFTER_LETTER: Partial<Record<LetterType, [field: string, message: string][]>> = {
  'amendment-response': [['amendmentNoticeSentOn', 'The date the proposed changes were sent must be on or before the date of your letter']],
  'chase-amended-plan': [
    ['amendmentNoticeSentOn', 'The date the proposed changes were sent must be on or before the date of your letter'],
    ['reviewMeetingOn', 'The date of the annual review meeting must be on or before the date of your letter'],
  ],
  'early-review': [['lastReviewOn', 'The date of the last review must be on or before the date of your letter']],
  'exclusion-review-panel': [
    ['excludedOn', 'The date your child was excluded must be on or before the date of your letter'],
    ['boardDecisionNoticeOn', "The date you were told of the governing board's decision must be on or before the date of your letter"],
  ],
  'transport-review': [['decisionDate', "The date of the council's travel decision letter must be on or before the date of your letter"]],
  'chase-tribunal-order': [['startedOn', 'The date of the order, or the date the council told the Tribunal, must be on or before the date of your letter']],
}

export function checkLifecycleLetter(type: LetterType, fields: LetterFields, letterDate: Temporal.PlainDate): Problem[] {
  const values = fields as unknown as Record<string, unknown>
  const problems: Problem[] = []
  for (const [field, message] of NOT_AFTER_LETTER[type] ?? []) {
    const iso = values[field]
    if (typeof iso === 'string' && Temporal.PlainDate.compare(isoToDate(iso), letterDate) > 0) problems.push({ field, message })
  }
  if (problems.length > 0) return problems
  if (type === 'exclusion-review-panel') {
    const ex = fields as LetterFields<'exclusion-review-panel'>
    if (ex.boardDecisionNoticeOn < ex.excludedOn) {
      return [{ field: 'boardDecisionNoticeOn', message: "The date you were told of the governing board's decision must be on or after the date your child was excluded" }]
    }
  }
  if (type === 'chase-amended-plan') return checkChaseAmendedPlan(fields as LetterFields<'chase-amended-plan'>, letterDate)
  if (type === 'chase-tribunal-order') return checkChaseTribunalOrder(fields as LetterFields<'chase-tribunal-order'>, letterDate)
  return problems
}
