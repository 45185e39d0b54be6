import { child, letterDate, recipient, sender, type LetterForm } from '../shared/form-parts.js'

// The guided form for this letter: labels and hints in the GOV.UK style.

export const earlyReviewForm: LetterForm = {
  type: 'early-review',
  title: 'Ask for an early review of an EHC plan',
  description: 'When needs or circumstances have changed and the EHC plan should be looked at before the next annual review.',
  recipientHint: 'Send it to the council’s special educational needs (SEN) team.',
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
        {
          kind: 'text',
          path: 'referenceNumber',
          label: 'The council’s reference number',
          optional: true,
          width: 'govuk-input--width-20',
          spellcheck: false,
        },
      ],
    },
    sender,
    recipient('Send it to the council’s special educational needs (SEN) team.', 'Name of the council or its SEN team'),
    child(),
    letterDate,
  ],
}
