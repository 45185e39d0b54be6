import { within } from '../shared/template-parts.js'
import { sender, recipient, child, letterDate, yesNo, type LetterForm } from '../shared/form-parts.js'

// The guided form for this letter: labels and hints in the GOV.UK style.

export const recordsRequestForm: LetterForm = {
  type: 'records-request',
  title: 'Ask for your child’s records',
  description: `A subject access request for the records a school or council holds. They must reply within ${within('subjectAccessReply')}.`,
  recipientHint: 'Send it to the school or the council that holds the records.',
  sections: [
    {
      kind: 'fields',
      heading: 'The records',
      fields: [
        {
          kind: 'radios',
          path: 'recordsHeldBy',
          label: 'Who holds the records?',
          items: [
            { value: 'school', text: 'The school or college' },
            { value: 'local authority', text: 'The council (local authority)' },
          ],
        },
        {
          kind: 'textarea',
          path: 'whatRecords',
          label: 'Which records you want',
          optional: true,
          hint: 'Leave this blank to ask for everything. For example, emails about my child’s support since September 2025.',
          rows: 4,
        },
        {
          kind: 'radios',
          path: 'requesterIsYoungPerson',
          label: 'Are the records about you?',
          hint: 'Choose yes if you are the young person asking for your own records.',
          boolean: true,
          optional: true,
          inline: true,
          items: yesNo('Yes', 'No'),
        },
      ],
    },
    sender,
    recipient('Send it to the school or the council that holds the records. Many have a data protection officer.'),
    child(),
    letterDate,
  ],
}
