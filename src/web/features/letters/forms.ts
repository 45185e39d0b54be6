import { LATE_LIMITS, type LateLimit, type LetterType } from '../../../letters/index.js'

// The guided form for each letter, as data: sections of fields, each field named by the dot
// path of the letter's JSON field (the API's names), so the form, the errors and the API agree.
// Labels and hints follow the GOV.UK style: short, plain, one idea each.

interface Base {
  /** The letter field's dot path, such as "sender.name"; inside a group, relative to the item. */
  path: string
  label: string
  hint?: string
  optional?: boolean
}

export interface TextField extends Base {
  kind: 'text'
  type?: 'email' | 'tel'
  autocomplete?: string
  /** A GOV.UK width class, such as "govuk-input--width-10". */
  width?: string
  spellcheck?: boolean
}

export interface TextareaField extends Base {
  kind: 'textarea'
  rows?: number
  autocomplete?: string
}

export interface NumberField extends Base {
  kind: 'number'
  /** What the form shows before the family changes it. */
  initial: string
  suffix?: string
}

export interface DateField extends Base {
  kind: 'date'
  /** The date in the words of an error message: "the date of birth". */
  noun: string
}

export interface RadiosField extends Base {
  kind: 'radios'
  items: { value: string; text: string; hint?: string }[]
  /** Yes or no questions: the values "yes" and "no" become true and false. */
  boolean?: true
  inline?: boolean
}

export type Field = TextField | TextareaField | NumberField | DateField | RadiosField

/** A part of the form under its own heading. Labels make sense on their own, for screen readers. */
export interface FieldSection {
  kind: 'fields'
  heading: string
  hint?: string
  fields: Field[]
}

/** A list the family can add to: the same fields for each item, as in GOV.UK's "add another" pattern. */
export interface Group {
  kind: 'group'
  /** The letter field holding the list: "issues", "evidence". */
  path: string
  heading: string
  hint?: string
  /** The legend of each item: "Issue 2". */
  itemLegend: string
  /** Object items have fields; a list of strings has one field whose path is "". */
  fields: Field[]
  /** How many items the form shows at first, and the most it can show. */
  shown: number
  max: number
  addText: string
}

export type Section = FieldSection | Group

export interface LetterForm {
  type: LetterType
  /** The page heading and the list's link text. */
  title: string
  /** One line for the list of letters. */
  description: string
  /** Who the letter goes to, in words for the "who you are writing to" hint. */
  recipientHint: string
  sections: Section[]
}

const sender: FieldSection = {
  kind: 'fields',
  heading: 'Your details',
  hint: 'These go at the top of the letter, so they can reply to you.',
  fields: [
    { kind: 'text', path: 'sender.name', label: 'Your full name', autocomplete: 'name', spellcheck: false },
    { kind: 'textarea', path: 'sender.address', label: 'Your address', rows: 4, autocomplete: 'street-address' },
    {
      kind: 'text',
      path: 'sender.email',
      label: 'Your email address',
      optional: true,
      type: 'email',
      autocomplete: 'email',
      spellcheck: false,
    },
    {
      kind: 'text',
      path: 'sender.phone',
      label: 'Your phone number',
      optional: true,
      type: 'tel',
      autocomplete: 'tel',
      width: 'govuk-input--width-20',
    },
  ],
}

const recipient = (hint: string, organisationLabel = 'Name of the school, council or organisation'): FieldSection => ({
  kind: 'fields',
  heading: 'Who you are writing to',
  hint,
  fields: [
    {
      kind: 'text',
      path: 'recipient.name',
      label: 'Name of the person you are writing to',
      optional: true,
      hint: 'If you leave this out, the letter starts “Dear Sir or Madam”.',
      spellcheck: false,
    },
    {
      kind: 'text',
      path: 'recipient.role',
      label: 'Their job title',
      optional: true,
      hint: 'For example, Headteacher or SEN team manager',
    },
    { kind: 'text', path: 'recipient.organisation', label: organisationLabel },
    { kind: 'textarea', path: 'recipient.address', label: 'The address you are writing to', rows: 4 },
  ],
})

const child = (heading = 'Your child', whose = 'Your child’s'): FieldSection => ({
  kind: 'fields',
  heading,
  fields: [
    { kind: 'text', path: 'child.name', label: `${whose} full name`, spellcheck: false },
    {
      kind: 'date',
      path: 'child.dateOfBirth',
      label: `${whose} date of birth`,
      noun: 'date of birth',
      optional: true,
      hint: 'For example, 27 3 2015',
    },
    { kind: 'text', path: 'child.school', label: `${whose} school or college`, optional: true },
  ],
})

const letterDate: FieldSection = {
  kind: 'fields',
  heading: 'The date on the letter',
  fields: [
    {
      kind: 'date',
      path: 'date',
      label: 'Date of the letter',
      noun: 'the date of the letter',
      optional: true,
      hint: 'Leave this blank to use today’s date. Dates in the letter, such as when to reply by, are worked out from it.',
    },
  ],
}

const yesNo = (yes: string, no: string) => [
  { value: 'yes', text: yes },
  { value: 'no', text: no },
]

export const LATE_LIMIT_TEXT: Record<LateLimit, string> = {
  'assessment-decision': 'The decision on whether to carry out an EHC needs assessment (6 weeks)',
  'final-plan': 'The final EHC plan (20 weeks from the request for an assessment)',
  'review-decision': 'The decision after an annual review meeting (4 weeks)',
}

export const LETTER_FORMS: Record<LetterType, LetterForm> = {
  complaint: {
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
            hint: 'We suggest 20 working days. Schools often reply within 10 school days: check the complaints procedure.',
            initial: '20',
            suffix: 'working days',
          },
        ],
      },
      letterDate,
    ],
  },
  'assessment-request': {
    type: 'assessment-request',
    title: 'Ask for an EHC needs assessment',
    description:
      'Ask the council to assess your child’s needs: their difficulties, the support so far, why more is needed and your evidence.',
    recipientHint: 'Send it to the council’s special educational needs (SEN) team.',
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
      recipient(
        'Send it to the council’s special educational needs (SEN) team.',
        'Name of the council or its SEN team',
      ),
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
  },
  'mediation-reply': {
    type: 'mediation-reply',
    title: 'Reply to the mediation adviser',
    description:
      'Before appealing, tell the mediation adviser that you want mediation, or ask for the certificate you need to appeal.',
    recipientHint: 'Send it to the mediation adviser named in the council’s decision letter.',
    sections: [
      {
        kind: 'fields',
        heading: 'Your answer',
        fields: [
          {
            kind: 'radios',
            path: 'choice',
            label: 'Do you want mediation?',
            items: [
              {
                value: 'mediation',
                text: 'Yes, I want mediation',
                hint: 'A meeting with the council, run by an independent mediator.',
              },
              {
                value: 'certificate-only',
                text: 'No, send me the certificate',
                hint: 'You need a certificate to appeal. The adviser must send it within 3 working days.',
              },
            ],
          },
          {
            kind: 'date',
            path: 'decisionDate',
            label: 'Date of the council’s decision letter',
            noun: 'the date of the decision letter',
            hint: 'For example, 26 10 2026',
          },
        ],
      },
      sender,
      recipient(
        'Send it to the mediation adviser named in the council’s decision letter.',
        'Name of the mediation service',
      ),
      child(),
      {
        kind: 'group',
        path: 'issues',
        heading: 'What you want mediation to cover',
        hint: 'Only if you want mediation. Put each thing you disagree with in its own box.',
        itemLegend: 'Thing to cover',
        fields: [{ kind: 'textarea', path: '', label: 'What you disagree with', optional: true, rows: 3 }],
        shown: 3,
        max: 10,
        addText: 'Add another thing to cover',
      },
      {
        kind: 'fields',
        heading: 'Health and social care',
        fields: [
          {
            kind: 'radios',
            path: 'healthOrSocialCareMustAttend',
            label: 'Is any of the disagreement about health care or social care?',
            hint: 'If it is, the letter asks for people from health or social care to take part in the mediation.',
            boolean: true,
            optional: true,
            inline: true,
            items: yesNo('Yes', 'No'),
          },
        ],
      },
      letterDate,
    ],
  },
  'meeting-request': {
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
  },
  'records-request': {
    type: 'records-request',
    title: 'Ask for your child’s records',
    description: 'A subject access request for the records a school or council holds. They must reply within one month.',
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
  },
  'disagreement-resolution-request': {
    type: 'disagreement-resolution-request',
    title: 'Ask for disagreement resolution',
    description:
      'Ask the council’s free, independent disagreement resolution service for help to settle a disagreement.',
    recipientHint: 'Send it to the disagreement resolution service your council pays for.',
    sections: [
      {
        kind: 'fields',
        heading: 'The disagreement',
        fields: [
          {
            kind: 'text',
            path: 'disagreementWith',
            label: 'Who you disagree with',
            hint: 'For example, Oak Primary School, or Liverpool City Council',
          },
          {
            kind: 'textarea',
            path: 'triedSoFar',
            label: 'What you have tried so far',
            optional: true,
            hint: 'For example, meetings or letters, and when.',
            rows: 4,
          },
        ],
      },
      {
        kind: 'group',
        path: 'issues',
        heading: 'What the disagreement is about',
        hint: 'Put each thing you disagree about in its own box.',
        itemLegend: 'Thing you disagree about',
        fields: [{ kind: 'textarea', path: '', label: 'What you disagree about', optional: true, rows: 3 }],
        shown: 3,
        max: 10,
        addText: 'Add another thing',
      },
      sender,
      recipient('Send it to the disagreement resolution service your council pays for.', 'Name of the service'),
      child(),
      letterDate,
    ],
  },
  'chase-late-decision': {
    type: 'chase-late-decision',
    title: 'Chase a late decision',
    description:
      'When the council has missed a legal time limit: an assessment decision, a final EHC plan or a decision after an annual review.',
    recipientHint: 'Send it to the council’s special educational needs (SEN) team.',
    sections: [
      {
        kind: 'fields',
        heading: 'What is late',
        fields: [
          {
            kind: 'radios',
            path: 'limit',
            label: 'What has the council not sent you?',
            items: LATE_LIMITS.map((value) => ({ value, text: LATE_LIMIT_TEXT[value] })),
          },
          {
            kind: 'date',
            path: 'startedOn',
            label: 'When the time limit started',
            noun: 'the date the request was received or the review meeting was held',
            hint: 'The date the council got your request for an assessment, or the date of the annual review meeting. For example, 1 9 2026',
          },
          {
            kind: 'text',
            path: 'referenceNumber',
            label: 'The council’s reference number',
            optional: true,
            width: 'govuk-input--width-20',
            spellcheck: false,
          },
        ],
      },
      sender,
      recipient(
        'Send it to the council’s special educational needs (SEN) team.',
        'Name of the council or its SEN team',
      ),
      child(),
      letterDate,
    ],
  },
}

/** Every single field of a form with its full path, group fields once per item shown. */
export function fieldsOf(form: LetterForm, counts: Record<string, number>): { field: Field; path: string }[] {
  return form.sections.flatMap((section) => {
    if (section.kind === 'fields') return section.fields.map((field) => ({ field, path: field.path }))
    const n = counts[section.path] ?? section.shown
    return Array.from({ length: n }, (_, i) =>
      section.fields.map((field) => ({ field, path: itemPath(section.path, i, field.path) })),
    ).flat()
  })
}

/** "issues.2.what", or "evidence.2" for a list of strings. */
export const itemPath = (group: string, index: number, field: string) =>
  field === '' ? `${group}.${index}` : `${group}.${index}.${field}`

/** The HTML id of a field: dots become hyphens ("issues-2-what"), so ids need no escaping anywhere. */
export const fieldId = (path: string) => path.replace(/\./g, '-')
