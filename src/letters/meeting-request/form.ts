import { sender, recipient, child, letterDate, type LetterForm } from '../shared/form-parts.js'

// The guided form for this letter: labels and hints in the GOV.UK style.

export const meetingRequestForm: LetterForm = {
  type: 'meeting-request',
  title: 'Ask for a meeting at school',
  description: 'Ask the class teacher, SENCO or headteacher for a meeting about the support your child is getting.',
  recipientHint: 'Send it to the person you want to meet, at the school.',
  sections: [
    {
      kind: 'fields',
      heading: 'The meeting',
      fields: [
        {
          kind: 'radios',
          path: 'withRole',
          label: 'Who do you want to meet?',
          items: [
            { value: 'class teacher', text: 'The class teacher' },
            { value: 'SENCO', text: 'The SENCO (special educational needs co-ordinator)' },
            { value: 'headteacher', text: 'The headteacher' },
          ],
        },
        { kind: 'textarea', path: 'concerns', label: 'What you want to talk about', rows: 6 },
        {
          kind: 'textarea',
          path: 'suggestedTimes',
          label: 'Days and times that suit you',
          optional: true,
          hint: 'For example, Tuesday or Thursday after 3pm',
          rows: 2,
        },
      ],
    },
    sender,
    recipient('Send it to the person you want to meet, at the school.', 'Name of the school or college'),
    child(),
    letterDate,
  ],
}
