import { child, letterDate, recipient, sender, type LetterForm, referenceNumber } from '../shared/form-parts.js'
import { within } from '../shared/template-parts.js'

// The guided form for this letter: labels and hints in the GOV.UK style.

export const transportReviewForm: LetterForm = {
  type: 'transport-review',
  title: 'Ask for a review of a school travel decision',
  description: `When the council said no to help with travel to school or college, or offered travel that is not suitable: ask for a stage 1 review within ${within('transportReviewRequest')}.`,
  recipientHint: 'Send it to the council’s school travel or transport team. The decision letter says where to send it.',
  sections: [
    {
      kind: 'fields',
      heading: 'The travel decision',
      fields: [
        {
          kind: 'date',
          path: 'decisionDate',
          label: 'Date of the council’s travel decision letter',
          noun: "the date of the council's travel decision letter",
          hint: 'For example, 26 10 2026',
        },
        {
          kind: 'textarea',
          path: 'reasons',
          label: 'Why you think the decision is wrong',
          hint: 'For example, the distance, a route that is not safe, or travel that does not meet your child’s needs. Say what evidence you are sending.',
          rows: 10,
        },
        {
          kind: 'textarea',
          path: 'circumstances',
          label: 'Your family’s circumstances',
          hint: 'Anything the council should take into account, such as work, other children or health.',
          optional: true,
          rows: 6,
        },
        referenceNumber(),
      ],
    },
    sender,
    recipient('Send it to the council’s school travel or transport team. The decision letter says where to send it.', 'Name of the council or its travel team'),
    child(),
    letterDate,
  ],
}
