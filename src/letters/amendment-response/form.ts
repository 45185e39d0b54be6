import { amendmentNoticeSentOn, child, letterDate, sender, yesNo, type LetterForm, councilSenTeam, referenceNumber, SEN_TEAM_HINT } from '../shared/form-parts.js'
import { within } from '../shared/template-parts.js'

// The guided form for this letter: labels and hints in the GOV.UK style.

export const amendmentResponseForm: LetterForm = {
  type: 'amendment-response',
  title: 'Reply to proposed changes to an EHC plan',
  description: `When the council has sent you proposed changes to an EHC plan: give your comments and ask for a school or college, within the ${within('amendmentResponse')} you have.`,
  recipientHint: SEN_TEAM_HINT,
  sections: [
    {
      kind: 'fields',
      heading: 'The proposed changes',
      fields: [
        amendmentNoticeSentOn,
        {
          kind: 'textarea',
          path: 'comments',
          label: 'Your comments on the proposed changes',
          hint: 'Say which parts you agree with, which you do not, and what they should say instead. Name the section of the plan, such as section B (needs) or section F (help).',
          rows: 10,
        },
        {
          kind: 'text',
          path: 'schoolRequested',
          label: 'The school or college you want named in the plan',
          optional: true,
          hint: 'Leave this blank if you are happy with the school or college the plan names.',
        },
        {
          kind: 'radios',
          path: 'wantsMeeting',
          label: 'Do you want a meeting with the council to talk about the changes?',
          boolean: true,
          inline: true,
          optional: true,
          items: yesNo('Yes', 'No'),
        },
        referenceNumber(),
      ],
    },
    sender,
    councilSenTeam(),
    child(),
    letterDate,
  ],
}
