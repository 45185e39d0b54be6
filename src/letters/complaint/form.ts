import { periodInWords } from '../../law/index.js'
import { COMPLAINT_REPLY_ASK } from '../shared/asks.js'
import { sender, recipient, child, letterDate, type LetterForm } from '../shared/form-parts.js'

// The guided form for this letter: labels and hints in the GOV.UK style.

export const complaintForm: LetterForm = {
  type: 'complaint',
  title: 'Make a formal complaint',
  description:
    'Complain to a school, college or council: what went wrong, what you want done about each thing, and when to reply by.',
  recipientHint: 'Send it to the person named in the complaints procedure, or to the headteacher or the council.',
  sections: [
    sender,
    recipient(
      'Send it to the person the complaints procedure names. If it names nobody, write to the headteacher or the council.',
    ),
    child(),
    {
      kind: 'group',
      path: 'issues',
      heading: 'What you are complaining about',
      hint: 'Put each thing you are unhappy about in its own issue. Leave any issue you do not need blank.',
      itemLegend: 'Issue',
      fields: [
        { kind: 'textarea', path: 'what', label: 'What happened', rows: 5 },
        {
          kind: 'text',
          path: 'when',
          label: 'When it happened',
          optional: true,
          hint: 'For example, 4 September 2026, or since January',
        },
        { kind: 'textarea', path: 'wantedOutcome', label: 'What you want them to do about it', rows: 3 },
      ],
      shown: 3,
      max: 10,
      addText: 'Add another issue',
    },
    {
      kind: 'fields',
      heading: 'What you have tried, and when to reply',
      fields: [
        {
          kind: 'textarea',
          path: 'alreadyTried',
          label: 'What you have already tried',
          optional: true,
          hint: 'Who you spoke to or wrote to, and when. For example, I spoke to the class teacher on 12 October.',
          rows: 4,
        },
        {
          kind: 'number',
          path: 'respondWithinWorkingDays',
          label: 'How many working days they have to reply',
          hint: `We suggest ${periodInWords(COMPLAINT_REPLY_ASK)}. Schools often reply sooner: check the complaints procedure.`,
          initial: String(COMPLAINT_REPLY_ASK.amount),
          suffix: 'working days',
        },
      ],
    },
    letterDate,
  ],
}
