import { amendmentNoticeSentOn, child, letterDate, sender, type LetterForm, councilSenTeam, referenceNumber, SEN_TEAM_HINT } from '../shared/form-parts.js'
import { within } from '../shared/template-parts.js'

// The guided form for this letter: labels and hints in the GOV.UK style.

export const chaseAmendedPlanForm: LetterForm = {
  type: 'chase-amended-plan',
  title: 'Chase a late amended EHC plan',
  description: `When the council sent proposed changes to an EHC plan more than ${within('amendedPlan')} ago and you still have no final amended plan.`,
  recipientHint: SEN_TEAM_HINT,
  sections: [
    {
      kind: 'fields',
      heading: 'The proposed changes',
      fields: [
        amendmentNoticeSentOn,
        {
          kind: 'date',
          path: 'reviewMeetingOn',
          label: 'Date of the annual review meeting',
          noun: 'the date of the annual review meeting',
          optional: true,
          hint: 'If the changes followed an annual review. For example, 1 10 2026',
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
