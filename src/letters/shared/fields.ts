import { z } from 'zod'
import { isoDate } from '../../dates.js'
import { hasDirectionControls, hasUnusableCharacters } from '../characters.js'

// The building blocks of every letter's schema. Every message is written for the family filling
// in the form, in the GOV.UK error message style: say what to do, name the field, no jargon.

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1)

/** Blank strings from a form's empty optional field mean "not given". */
export const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v)

interface TextSpec {
  /** The field in the words of the message "Enter ...": "your name", "what happened". */
  noun: string
  max: number
  /** Addresses and longer answers may have line breaks; names and titles may not. */
  multiline?: boolean
}

export function text({ noun, max, multiline = false }: TextSpec) {
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

export const optionalText = (spec: TextSpec) => z.preprocess(blankToUndefined, text(spec).optional())

/** A date in a letter's JSON: the one ISO-date schema, named in the family's words ("the date of the letter"). */
export { isoDate }

export const optionalDate = (noun: string) => z.preprocess(blankToUndefined, isoDate(noun).optional())

export const optionalBoolean = (message: string) => z.preprocess(blankToUndefined, z.boolean({ error: message }).optional())

export function textList(spec: TextSpec & { items: string; min: number; maxItems: number; tooFew: string }) {
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
export const common = {
  sender: senderSchema,
  recipient: recipientSchema,
  child: childSchema,
  date: letterDate,
}


export type Sender = z.output<typeof senderSchema>
export type Recipient = z.output<typeof recipientSchema>
export type Child = z.output<typeof childSchema>
