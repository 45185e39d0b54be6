import { sender, recipient, child, letterDate, type LetterForm } from '../shared/form-parts.js'
import { DECISION_CHOICES } from '../shared/decisions.js'

// The guided form for this letter: labels and hints in the GOV.UK style.

export const lateAppealForm: LetterForm = {
  type: 'late-appeal',
  title: 'Ask the Tribunal to accept a late appeal',
  description:
    'When the last day to appeal to the SEND Tribunal has passed: ask for more time, and say why you are late.',
  recipientHint: 'Send it to the First-tier Tribunal (Special Educational Needs and Disability), with your appeal.',
  sections: [
    {
      kind: 'fields',
      heading: 'The decision you are appealing',
      fields: [
        { kind: 'radios', path: 'decision', label: 'What did the council decide?', items: DECISION_CHOICES },
        {
          kind: 'text',
          path: 'council',
          label: 'Name of the council',
          optional: true,
          hint: 'For example, Liverpool City Council',
        },
        {
          kind: 'date',
          path: 'decisionDate',
          label: 'Date of the council’s decision letter',
          noun: 'the date of the decision letter',
          hint: 'For example, 5 1 2026',
        },
        {
          kind: 'date',
          path: 'certificateDate',
          label: 'Date on your mediation certificate',
          noun: 'the date of the mediation certificate',
          optional: true,
          hint: 'Leave this blank if you do not have one. For example, 9 3 2026',
        },
        {
          kind: 'radios',
          path: 'rightsExplained',
          label: 'Did the decision letter tell you that you could appeal, and by when?',
          optional: true,
          items: [
            { value: 'yes', text: 'Yes' },
            { value: 'no', text: 'No' },
            { value: 'not-sure', text: 'I am not sure' },
          ],
        },
      ],
    },
    {
      kind: 'fields',
      heading: 'Why your appeal is late',
      fields: [
        {
          kind: 'textarea',
          path: 'reasons',
          label: 'Why is your appeal late?',
          hint: 'Say what happened and when, in date order: for example illness, waiting for the mediation certificate, or not being told about the time limit. Say what evidence you can send.',
          rows: 8,
        },
      ],
    },
    sender,
    recipient(
      'Send it to the First-tier Tribunal (Special Educational Needs and Disability), with your appeal. GOV.UK gives its address.',
      'Name of the Tribunal',
    ),
    child(),
    letterDate,
  ],
}
