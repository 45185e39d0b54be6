import { sender, child, letterDate, type LetterForm, councilSenTeam, referenceNumber, SEN_TEAM_HINT } from '../shared/form-parts.js'
import { within } from '../shared/template-parts.js'
import { LATE_LIMITS, type LateLimit } from './schema.js'

// The guided form for this letter: labels and hints in the GOV.UK style.

export const LATE_LIMIT_TEXT: Record<LateLimit, string> = {
  'assessment-decision': `The decision on whether to carry out an EHC needs assessment (${within('assessmentDecision')})`,
  'final-plan': `The final EHC plan (${within('finalPlan')} from the request for an assessment)`,
  'review-decision': `The decision after an annual review meeting (${within('reviewDecision')})`,
}

export const chaseLateDecisionForm: LetterForm = {
  type: 'chase-late-decision',
  title: 'Chase a late decision',
  description:
    'When the council has missed a legal time limit: an assessment decision, a final EHC plan or a decision after an annual review.',
  recipientHint: SEN_TEAM_HINT,
  sections: [
    {
      kind: 'fields',
      heading: 'What is late',
      fields: [
        {
          kind: 'radios',
          path: 'limit',
          label: 'What has the council not sent you?',
          items: LATE_LIMITS.map((value) => ({ value, text: LATE_LIMIT_TEXT[value] })),
        },
        {
          kind: 'date',
          path: 'startedOn',
          label: 'When the time limit started',
          noun: 'the date the request was received or the review meeting was held',
          hint: 'The date the council got your request for an assessment, or the date of the annual review meeting. For example, 1 9 2026',
        },
        referenceNumber(),
      ],
    },
    sender,
    councilSenTeam(),
    child(),
    letterDate,
  ],
}
