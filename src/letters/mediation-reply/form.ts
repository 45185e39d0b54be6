import { within } from '../shared/template-parts.js'
import { sender, recipient, child, letterDate, yesNo, type LetterForm } from '../shared/form-parts.js'
import { DECISION_CHOICES } from '../shared/decisions.js'

// The guided form for this letter: labels and hints in the GOV.UK style.

export const mediationReplyForm: LetterForm = {
  type: 'mediation-reply',
  title: 'Reply to the mediation adviser',
  description:
    'Before appealing, tell the mediation adviser that you want mediation, or ask for the certificate you need to appeal.',
  recipientHint: 'Send it to the mediation adviser named in the council’s decision letter.',
  sections: [
    {
      kind: 'fields',
      heading: 'Your answer',
      fields: [
        {
          kind: 'radios',
          path: 'choice',
          label: 'Do you want mediation?',
          items: [
            {
              value: 'mediation',
              text: 'Yes, I want mediation',
              hint: 'A meeting with the council, run by an independent mediator.',
            },
            {
              value: 'certificate-only',
              text: 'No, send me the certificate',
              hint: `You need a certificate to appeal. The adviser must send it within ${within('certificateWithoutMediation')}.`,
            },
          ],
        },
        {
          kind: 'date',
          path: 'decisionDate',
          label: 'Date of the council’s decision letter',
          noun: 'the date of the decision letter',
          hint: 'For example, 26 10 2026',
        },
        {
          kind: 'text',
          path: 'council',
          label: 'Name of the council',
          optional: true,
          hint: 'For example, Liverpool City Council',
        },
        { kind: 'radios', path: 'decision', label: 'What did the council decide?', optional: true, items: DECISION_CHOICES },
      ],
    },
    sender,
    recipient(
      'Send it to the mediation adviser named in the council’s decision letter.',
      'Name of the mediation service',
    ),
    child(),
    {
      kind: 'group',
      path: 'issues',
      heading: 'What you want mediation to cover',
      hint: 'Only if you want mediation. Put each thing you disagree with in its own box.',
      itemLegend: 'Thing to cover',
      fields: [{ kind: 'textarea', path: '', label: 'What you disagree with', optional: true, rows: 3 }],
      shown: 3,
      max: 10,
      addText: 'Add another thing to cover',
    },
    {
      kind: 'fields',
      heading: 'Health and social care',
      fields: [
        {
          kind: 'radios',
          path: 'healthOrSocialCareMustAttend',
          label: 'Is any of the disagreement about health care or social care?',
          hint: 'If it is, the letter asks for people from health or social care to take part in the mediation.',
          boolean: true,
          optional: true,
          inline: true,
          items: yesNo('Yes', 'No'),
        },
      ],
    },
    letterDate,
  ],
}
