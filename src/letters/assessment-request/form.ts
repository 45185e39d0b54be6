import { sender, child, letterDate, type LetterForm, councilSenTeam, SEN_TEAM_HINT } from '../shared/form-parts.js'

// The guided form for this letter: labels and hints in the GOV.UK style.

export const assessmentRequestForm: LetterForm = {
  type: 'assessment-request',
  title: 'Ask for an EHC needs assessment',
  description:
    'Ask the council to assess your child’s needs: their difficulties, the support so far, why more is needed and your evidence.',
  recipientHint: SEN_TEAM_HINT,
  sections: [
    {
      kind: 'fields',
      heading: 'Who is asking',
      fields: [
        {
          kind: 'radios',
          path: 'requesterIsYoungPerson',
          label: 'Who is asking for the assessment?',
          boolean: true,
          optional: true,
          items: [
            { value: 'no', text: 'I am the parent or carer' },
            { value: 'yes', text: 'I am the young person (aged 16 to 25)' },
          ],
        },
      ],
    },
    sender,
    councilSenTeam(),
    child('The child or young person', 'Their'),
    {
      kind: 'fields',
      heading: 'Why you are asking',
      fields: [
        {
          kind: 'textarea',
          path: 'difficulties',
          label: 'The difficulties your child has',
          hint: 'For example, with learning, communication, behaviour, or physical or sensory needs.',
          rows: 6,
        },
        {
          kind: 'textarea',
          path: 'supportGiven',
          label: 'The support your child has had so far',
          hint: 'What the school or college has done, and for how long.',
          rows: 6,
        },
        {
          kind: 'textarea',
          path: 'whyMoreNeeded',
          label: 'Why more support is needed',
          hint: 'What has not worked, or what is getting worse.',
          rows: 6,
        },
      ],
    },
    {
      kind: 'group',
      path: 'evidence',
      heading: 'Documents you are sending with the letter',
      hint: 'For example, reports from the school, a doctor or an educational psychologist. Leave blank if you have none.',
      itemLegend: 'Document',
      fields: [{ kind: 'text', path: '', label: 'Name of the document', optional: true }],
      shown: 3,
      max: 20,
      addText: 'Add another document',
    },
    letterDate,
  ],
}
