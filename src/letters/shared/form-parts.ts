import type { LetterType } from '../types.js'

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

export const sender: FieldSection = {
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

export const recipient = (hint: string, organisationLabel = 'Name of the school, council or organisation'): FieldSection => ({
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

export const child = (heading = 'Your child', whose = 'Your child’s'): FieldSection => ({
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

/** The hint for letters sent to the council's SEN team, on the form and above "who you are writing to". */
export const SEN_TEAM_HINT = 'Send it to the council’s special educational needs (SEN) team.'

/** "Who you are writing to" for a letter to the council's SEN team. */
export const councilSenTeam = (): FieldSection => recipient(SEN_TEAM_HINT, 'Name of the council or its SEN team')

/** An optional reference number the letter quotes (the council's, unless `label` says whose). */
export const referenceNumber = (label = 'The council’s reference number'): TextField => ({
  kind: 'text',
  path: 'referenceNumber',
  label,
  optional: true,
  width: 'govuk-input--width-20',
  spellcheck: false,
})

/** When the council sent proposed changes to an EHC plan: the reply and the amended plan both count from it. */
export const amendmentNoticeSentOn: DateField = {
  kind: 'date',
  path: 'amendmentNoticeSentOn',
  label: 'Date the council sent the proposed changes',
  noun: 'the date the proposed changes were sent',
  hint: 'It is on the council’s letter or email with the changes. For example, 26 10 2026',
}

export const letterDate: FieldSection = {
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

export const yesNo = (yes: string, no: string) => [
  { value: 'yes', text: yes },
  { value: 'no', text: no },
]
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
