import { child, letterDate, sender, type LetterForm, councilSenTeam, referenceNumber, SEN_TEAM_HINT } from '../shared/form-parts.js'
import { CHASED_ORDERS, type ChasedOrder } from './schema.js'

// The guided form for this letter: labels and hints in the GOV.UK style.

const ORDER_TEXT: Record<ChasedOrder, string> = {
  assess: 'Carry out an EHC needs assessment',
  'make-plan': 'Make an EHC plan',
  'amend-plan': 'Change what the EHC plan says',
  'name-school': 'Name a different school or college in the EHC plan',
  'continue-plan': 'Keep the EHC plan',
}

export const chaseTribunalOrderForm: LetterForm = {
  type: 'chase-tribunal-order',
  title: 'Chase a Tribunal order the council has not carried out',
  description:
    'When the Tribunal decided your appeal, or the council said it would not oppose it, and the council has not done what it must by the legal time limit.',
  recipientHint: SEN_TEAM_HINT,
  sections: [
    {
      kind: 'fields',
      heading: 'Your appeal',
      fields: [
        {
          kind: 'radios',
          path: 'basis',
          label: 'How did your appeal end?',
          items: [
            { value: 'order', text: 'The Tribunal decided it and made an order' },
            { value: 'unopposed', text: 'The council told the Tribunal it would not oppose it' },
          ],
        },
        {
          kind: 'radios',
          path: 'order',
          label: 'What must the council do?',
          hint: 'The order is at the end of the Tribunal’s decision.',
          items: CHASED_ORDERS.map((value) => ({ value, text: ORDER_TEXT[value] })),
        },
        {
          kind: 'date',
          path: 'startedOn',
          label: 'Date of the order, or the date the council told the Tribunal',
          noun: "the date of the Tribunal's order, or the date the council told the Tribunal it would not oppose the appeal",
          hint: 'The date on the Tribunal’s order, or on the Tribunal’s letter saying the council will not oppose the appeal. For example, 26 10 2026',
        },
        referenceNumber('The council’s or the Tribunal’s reference number'),
      ],
    },
    sender,
    councilSenTeam(),
    child(),
    letterDate,
  ],
}
