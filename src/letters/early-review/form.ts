import { child, letterDate, sender, type LetterForm, councilSenTeam, referenceNumber, SEN_TEAM_HINT } from '../shared/form-parts.js'

// The guided form for this letter: labels and hints in the GOV.UK style.

export const earlyReviewForm: LetterForm = {
  type: 'early-review',
  title: 'Ask for an early review of an EHC plan',
  description: 'When needs or circumstances have changed and the EHC plan should be looked at before the next annual review.',
  recipientHint: SEN_TEAM_HINT,
  sections: [
    {
      kind: 'fields',
      heading: 'Why the plan needs an early review',
      fields: [
        {
          kind: 'textarea',
          path: 'whatChanged',
          label: 'What has changed',
          hint: 'For example, a new diagnosis, a school place that is breaking down, or a change in health or at home. Say when it happened.',
          rows: 8,
        },
        {
          kind: 'textarea',
          path: 'whatShouldChange',
          label: 'What you think should change in the plan',
          optional: true,
          rows: 6,
        },
        {
          kind: 'date',
          path: 'lastReviewOn',
          label: 'Date of the last review',
          noun: 'the date of the last review',
          optional: true,
          hint: 'Or the date the plan was made, if it has not been reviewed yet. For example, 20 11 2025',
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
