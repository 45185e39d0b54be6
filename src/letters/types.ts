// The letter types, by id. Each has its own folder under src/letters: template, schema and form.

export const LETTER_TYPES = [
  'complaint',
  'assessment-request',
  'mediation-reply',
  'meeting-request',
  'records-request',
  'disagreement-resolution-request',
  'chase-late-decision',
  'chase-certificate',
  'late-appeal',
  'amendment-response',
  'chase-amended-plan',
  'chase-tribunal-order',
  'early-review',
  'exclusion-review-panel',
  'transport-review',
] as const
export type LetterType = (typeof LETTER_TYPES)[number]

export const isLetterType = (value: unknown): value is LetterType =>
  typeof value === 'string' && (LETTER_TYPES as readonly string[]).includes(value)
