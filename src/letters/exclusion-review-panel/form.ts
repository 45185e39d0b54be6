import { child, letterDate, recipient, sender, yesNo, type LetterForm, referenceNumber } from '../shared/form-parts.js'
import { within } from '../shared/template-parts.js'

// The guided form for this letter: labels and hints in the GOV.UK style.

const RECIPIENT_HINT =
  'For a council school or a pupil referral unit, send it to the council. For an academy, send it to the academy trust. The board’s letter says where to send it.'

export const exclusionReviewPanelForm: LetterForm = {
  type: 'exclusion-review-panel',
  title: 'Ask for an independent review panel after a permanent exclusion',
  description: `When the governing board has decided not to reinstate your child: apply within ${within('exclusionReviewApplication')}, and ask for an SEN expert.`,
  recipientHint: RECIPIENT_HINT,
  sections: [
    {
      kind: 'fields',
      heading: 'The exclusion',
      fields: [
        {
          kind: 'date',
          path: 'excludedOn',
          label: 'Date your child was excluded',
          noun: 'the date your child was excluded',
          hint: 'For example, 1 10 2026',
        },
        {
          kind: 'date',
          path: 'boardDecisionNoticeOn',
          label: 'Date you were told in writing of the governing board’s decision',
          noun: "the date you were told in writing of the governing board's decision",
          hint: 'The date you got the board’s letter saying it would not reinstate your child. For example, 20 10 2026',
        },
        {
          kind: 'radios',
          path: 'senExpert',
          label: 'Do you want an SEN expert at the review panel?',
          hint: 'An SEN expert advises the panel on special educational needs. You can ask for one even if your child has no diagnosis. It costs you nothing.',
          boolean: true,
          inline: true,
          items: yesNo('Yes', 'No'),
        },
        {
          kind: 'textarea',
          path: 'reasons',
          label: 'Why you think the decision is wrong',
          hint: 'For example, what happened, whether the school followed the rules, and whether your child’s needs were taken into account.',
          rows: 10,
        },
        referenceNumber('Reference number'),
      ],
    },
    sender,
    recipient(RECIPIENT_HINT, 'Name of the council or academy trust'),
    child(),
    letterDate,
  ],
}
