import { sender, recipient, child, letterDate, type LetterForm } from '../shared/form-parts.js'

// The guided form for this letter: labels and hints in the GOV.UK style.

export const disagreementResolutionRequestForm: LetterForm = {
  type: 'disagreement-resolution-request',
  title: 'Ask for disagreement resolution',
  description:
    'Ask the council’s free, independent disagreement resolution service for help to settle a disagreement.',
  recipientHint: 'Send it to the disagreement resolution service your council pays for.',
  sections: [
    {
      kind: 'fields',
      heading: 'The disagreement',
      fields: [
        {
          kind: 'text',
          path: 'disagreementWith',
          label: 'Who you disagree with',
          hint: 'For example, Oak Primary School, or Liverpool City Council',
        },
        {
          kind: 'textarea',
          path: 'triedSoFar',
          label: 'What you have tried so far',
          optional: true,
          hint: 'For example, meetings or letters, and when.',
          rows: 4,
        },
      ],
    },
    {
      kind: 'group',
      path: 'issues',
      heading: 'What the disagreement is about',
      hint: 'Put each thing you disagree about in its own box.',
      itemLegend: 'Thing you disagree about',
      fields: [{ kind: 'textarea', path: '', label: 'What you disagree about', optional: true, rows: 3 }],
      shown: 3,
      max: 10,
      addText: 'Add another thing',
    },
    sender,
    recipient('Send it to the disagreement resolution service your council pays for.', 'Name of the service'),
    child(),
    letterDate,
  ],
}
