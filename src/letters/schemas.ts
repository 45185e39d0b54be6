import { z } from 'zod'
import { FIRST_SUPPORTED_YEAR, isIsoDate, LAST_SUPPORTED_YEAR } from '../law/index.js'
import { hasDirectionControls, hasUnusableCharacters } from './characters.js'

// One strict schema per letter type. Every message is written for the family filling in the
// form, in the GOV.UK error message style: say what to do, name the field, no jargon.

export const LETTER_TYPES = [
  'complaint',
  'assessment-request',
  'mediation-reply',
  'meeting-request',
  'records-request',
  'disagreement-resolution-request',
  'chase-late-decision',
] as const
export type LetterType = (typeof LETTER_TYPES)[number]

export const isLetterType = (value: unknown): value is LetterType =>
  typeof value === 'string' && (LETTER_TYPES as readonly string[]).includes(value)

/** Dates outside the years the engine's working-day calendar covers are refused. */
const FIRST_YEAR = FIRST_SUPPORTED_YEAR
const LAST_YEAR = LAST_SUPPORTED_YEAR - 1

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1)

/** Blank strings from a form's empty optional field mean "not given". */
const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v)

interface TextSpec {
  /** The field in the words of the message "Enter ...": "your name", "what happened". */
  noun: string
  max: number
  /** Addresses and longer answers may have line breaks; names and titles may not. */
  multiline?: boolean
}

function text({ noun, max, multiline = false }: TextSpec) {
  const Noun = capitalise(noun)
  let schema = z
    .string({ error: (iss) => (iss.input === undefined ? `Enter ${noun}` : `${Noun} must be text`) })
    .overwrite((s) => s.replace(/\r\n?/g, '\n'))
    .trim()
    .min(1, `Enter ${noun}`)
    .max(max, `${Noun} must be ${max} characters or fewer`)
    .refine((s) => !hasDirectionControls(s), `${Noun} contains a hidden character that changes the direction of the text, so it may not read as it looks. Remove it`)
    .refine((s) => !hasUnusableCharacters(s), `${Noun} contains a hidden character that cannot be printed. Remove it`)
  if (!multiline) schema = schema.refine((s) => !s.includes('\n'), `${Noun} must be on one line`)
  return schema
}

const optionalText = (spec: TextSpec) => z.preprocess(blankToUndefined, text(spec).optional())

function isoDate(noun: string) {
  const Noun = capitalise(noun)
  return z
    .string({
      error: (iss) => (iss.input === undefined ? `Enter ${noun}` : `${Noun} must be a date in the form YYYY-MM-DD`),
    })
    .trim()
    .min(1, `Enter ${noun}`)
    .refine(isIsoDate, {
      message: `${Noun} must be a real date in the form YYYY-MM-DD`,
      abort: true,
    })
    .refine(
      (s) => {
        const year = isIsoDate(s) ? Number(s.slice(0, 4)) : 0
        return year >= FIRST_YEAR && year <= LAST_YEAR
      },
      `${Noun} must be between ${FIRST_YEAR} and ${LAST_YEAR}`,
    )
    .meta({ format: 'date', examples: ['2026-11-02'] })
}

const optionalDate = (noun: string) => z.preprocess(blankToUndefined, isoDate(noun).optional())

const optionalBoolean = (message: string) => z.preprocess(blankToUndefined, z.boolean({ error: message }).optional())

function textList(spec: TextSpec & { items: string; min: number; maxItems: number; tooFew: string }) {
  return z
    .array(text(spec), {
      error: (iss) => (iss.input === undefined ? spec.tooFew : `${capitalise(spec.items)} must be a list`),
    })
    .min(spec.min, spec.tooFew)
    .max(spec.maxItems, `You can list up to ${spec.maxItems} ${spec.items}`)
}

// ---------------------------------------------------------------------------------------------
// Parts shared by every letter

export const senderSchema = z.strictObject(
  {
    name: text({ noun: 'your name', max: 100 }),
    address: text({ noun: 'your address', max: 500, multiline: true }),
    email: z.preprocess(
      blankToUndefined,
      z
        .email({ error: 'Enter an email address in the correct format, like name@example.com' })
        .max(254, 'Your email address must be 254 characters or fewer')
        .optional(),
    ),
    phone: z.preprocess(
      blankToUndefined,
      z
        .string({ error: 'Your phone number must be text' })
        .trim()
        .max(30, 'Your phone number must be 30 characters or fewer')
        .regex(/^\+?[\d\s()-]*$/, 'Enter a phone number, like 01632 960 001 or 07700 900 982')
        .refine((s) => {
          const digits = s.replace(/\D/g, '').length
          return digits >= 7 && digits <= 15
        }, 'Enter a phone number, like 01632 960 001 or 07700 900 982')
        .optional(),
    ),
  },
  { error: 'Enter your details' },
)

export const recipientSchema = z.strictObject(
  {
    name: optionalText({ noun: 'the name of the person you are writing to', max: 100 }),
    role: optionalText({ noun: 'the job title of the person you are writing to', max: 100 }),
    organisation: text({ noun: 'the name of the school, council or organisation', max: 150 }),
    address: text({ noun: 'the address you are writing to', max: 500, multiline: true }),
  },
  { error: 'Enter who you are writing to' },
)

export const childSchema = z.strictObject(
  {
    name: text({ noun: "your child's name", max: 100 }),
    dateOfBirth: optionalDate('date of birth'),
    school: optionalText({ noun: "the name of your child's school or college", max: 150 }),
  },
  { error: "Enter your child's details" },
)

const letterDate = optionalDate('the date of the letter')

/** What every letter has: who writes, to whom, about which child, and when. */
const common = {
  sender: senderSchema,
  recipient: recipientSchema,
  child: childSchema,
  date: letterDate,
}

// ---------------------------------------------------------------------------------------------
// The letters

export const complaintIssueSchema = z.strictObject(
  {
    what: text({ noun: 'what happened', max: 2000, multiline: true }),
    when: optionalText({ noun: 'when it happened', max: 200 }),
    wantedOutcome: text({ noun: 'what you want to happen', max: 1000, multiline: true }),
  },
  { error: 'Enter what happened and what you want to happen' },
)

export const complaintSchema = z.strictObject({
  ...common,
  issues: z
    .array(complaintIssueSchema, { error: 'Add at least one thing you are complaining about' })
    .min(1, 'Add at least one thing you are complaining about')
    .max(10, 'You can list up to 10 things you are complaining about. Put related things together'),
  alreadyTried: optionalText({ noun: 'what you have already tried', max: 2000, multiline: true }),
  respondWithinWorkingDays: z.preprocess(
    (v) => (typeof v === 'string' && /^\s*\d+\s*$/.test(v) ? Number(v) : blankToUndefined(v)),
    z
      .int({ error: 'Enter the number of working days as a whole number, like 20' })
      .min(5, 'Give them at least 5 working days to reply')
      .max(40, 'Give them no more than 40 working days to reply')
      .default(20),
  ),
})

export const assessmentRequestSchema = z.strictObject({
  ...common,
  difficulties: text({ noun: 'the difficulties your child has', max: 4000, multiline: true }),
  supportGiven: text({ noun: 'the support your child has had so far', max: 4000, multiline: true }),
  whyMoreNeeded: text({ noun: 'why more support is needed', max: 4000, multiline: true }),
  evidence: z.preprocess(
    (v) => (Array.isArray(v) ? v.filter((item) => blankToUndefined(item) !== undefined) : v),
    textList({
      noun: 'the name of each document you are sending',
      max: 300,
      items: 'documents',
      min: 0,
      maxItems: 20,
      tooFew: 'Add a document',
    }).optional(),
  ),
  requesterIsYoungPerson: optionalBoolean('Select yes if you are the young person asking for the assessment'),
})

export const MEDIATION_CHOICES = ['mediation', 'certificate-only'] as const

export const mediationReplySchema = z
  .strictObject({
    ...common,
    choice: z.enum(MEDIATION_CHOICES, {
      error: 'Select whether you want mediation or only a mediation certificate',
    }),
    decisionDate: isoDate('the date of the decision letter'),
    issues: z.preprocess(
      (v) => (Array.isArray(v) ? v.filter((item) => blankToUndefined(item) !== undefined) : v),
      textList({
        noun: 'what you want mediation to cover',
        max: 1000,
        multiline: true,
        items: 'things for mediation to cover',
        min: 1,
        maxItems: 10,
        tooFew: 'Add at least one thing you want mediation to cover',
      }).optional(),
    ),
    healthOrSocialCareMustAttend: optionalBoolean('Select yes if the disagreement includes health or social care'),
  })
  .superRefine((fields, ctx) => {
    if (fields.choice === 'mediation' && (fields.issues === undefined || fields.issues.length === 0)) {
      ctx.addIssue({ code: 'custom', path: ['issues'], message: 'Add at least one thing you want mediation to cover' })
    }
  })

export const MEETING_WITH = ['class teacher', 'SENCO', 'headteacher'] as const

export const meetingRequestSchema = z.strictObject({
  ...common,
  withRole: z.enum(MEETING_WITH, {
    error: 'Select who you want to meet: the class teacher, the SENCO or the headteacher',
  }),
  concerns: text({ noun: 'what you want to talk about', max: 3000, multiline: true }),
  suggestedTimes: optionalText({ noun: 'the days and times that suit you', max: 500, multiline: true }),
})

export const RECORDS_HELD_BY = ['school', 'local authority'] as const

export const recordsRequestSchema = z.strictObject({
  ...common,
  recordsHeldBy: z.enum(RECORDS_HELD_BY, {
    error: 'Select whether the school or the local authority holds the records',
  }),
  whatRecords: optionalText({ noun: 'which records you want', max: 2000, multiline: true }),
  requesterIsYoungPerson: optionalBoolean('Select yes if the records are about you'),
})

export const disagreementResolutionRequestSchema = z.strictObject({
  ...common,
  disagreementWith: text({ noun: 'who you disagree with', max: 200 }),
  issues: z.preprocess(
    (v) => (Array.isArray(v) ? v.filter((item) => blankToUndefined(item) !== undefined) : v),
    textList({
      noun: 'what the disagreement is about',
      max: 1000,
      multiline: true,
      items: 'things the disagreement is about',
      min: 1,
      maxItems: 10,
      tooFew: 'Add at least one thing the disagreement is about',
    }),
  ),
  triedSoFar: optionalText({ noun: 'what you have tried so far', max: 2000, multiline: true }),
})

export const LATE_LIMITS = ['assessment-decision', 'final-plan', 'review-decision'] as const
export type LateLimit = (typeof LATE_LIMITS)[number]

export const chaseLateDecisionSchema = z.strictObject({
  ...common,
  limit: z.enum(LATE_LIMITS, {
    error: 'Select which decision is late: the assessment decision, the final EHC plan or the decision after an annual review',
  }),
  startedOn: isoDate('the date the request was received or the review meeting was held'),
  referenceNumber: optionalText({ noun: 'the reference number', max: 50 }),
})

export const letterSchemas = {
  complaint: complaintSchema,
  'assessment-request': assessmentRequestSchema,
  'mediation-reply': mediationReplySchema,
  'meeting-request': meetingRequestSchema,
  'records-request': recordsRequestSchema,
  'disagreement-resolution-request': disagreementResolutionRequestSchema,
  'chase-late-decision': chaseLateDecisionSchema,
} as const satisfies Record<LetterType, z.ZodType>

export type Sender = z.output<typeof senderSchema>
export type Recipient = z.output<typeof recipientSchema>
export type Child = z.output<typeof childSchema>
export type ComplaintFields = z.output<typeof complaintSchema>
export type AssessmentRequestFields = z.output<typeof assessmentRequestSchema>
export type MediationReplyFields = z.output<typeof mediationReplySchema>
export type MeetingRequestFields = z.output<typeof meetingRequestSchema>
export type RecordsRequestFields = z.output<typeof recordsRequestSchema>
export type DisagreementResolutionRequestFields = z.output<typeof disagreementResolutionRequestSchema>
export type ChaseLateDecisionFields = z.output<typeof chaseLateDecisionSchema>

/** The validated fields of one letter type. */
export type LetterFields<T extends LetterType = LetterType> = z.output<(typeof letterSchemas)[T]>
/** What a caller may send for one letter type (before defaults and trimming). */
export type LetterInput<T extends LetterType = LetterType> = z.input<(typeof letterSchemas)[T]>
