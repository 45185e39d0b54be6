import { sender, recipient, child, letterDate, type LetterForm, referenceNumber } from '../shared/form-parts.js'
import { DECISION_CHOICES } from '../shared/decisions.js'
import { within } from '../shared/template-parts.js'

// The guided form for this letter: labels and hints in the GOV.UK style.

export const chaseCertificateForm: LetterForm = {
  type: 'chase-certificate',
  title: 'Chase a late mediation certificate',
  description:
    'When the mediation adviser has not sent the certificate you need to appeal to the SEND Tribunal.',
  recipientHint: 'Send it to the mediation adviser who should send your certificate.',
  sections: [
    {
      kind: 'fields',
      heading: 'Your certificate',
      fields: [
        {
          kind: 'radios',
          path: 'reason',
          label: 'Why is the certificate due?',
          items: [
            {
              value: 'no-mediation',
              text: 'I told the mediation adviser I did not want mediation',
              hint: `They must send the certificate within ${within('certificateWithoutMediation')} of being told.`,
            },
            {
              value: 'after-mediation',
              text: 'The mediation has ended',
              hint: `They must send the certificate within ${within('certificateAfterMediation')} of it ending.`,
            },
          ],
        },
        {
          kind: 'date',
          path: 'since',
          label: 'When you told the mediation adviser, or when the mediation ended',
          noun: 'the date you told the mediation adviser or the mediation ended',
          hint: 'For example, 2 3 2026',
        },
      ],
    },
    {
      kind: 'fields',
      heading: 'The council’s decision',
      hint: 'The letter says which decision you want to appeal, so the adviser can find your case.',
      fields: [
        {
          kind: 'text',
          path: 'council',
          label: 'Name of the council',
          optional: true,
          hint: 'For example, Liverpool City Council',
        },
        { kind: 'radios', path: 'decision', label: 'What did the council decide?', optional: true, items: DECISION_CHOICES },
        {
          kind: 'date',
          path: 'decisionDate',
          label: 'Date of the council’s decision letter',
          noun: 'the date of the decision letter',
          optional: true,
          hint: 'For example, 5 1 2026',
        },
        referenceNumber('The mediation service’s reference number'),
      ],
    },
    sender,
    recipient('Send it to the mediation adviser who should send your certificate. The council’s decision letter gives their details.', 'Name of the mediation service'),
    child(),
    letterDate,
  ],
}
