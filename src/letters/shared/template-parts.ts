import type { Temporal } from 'temporal-polyfill'
import {
  citationInWords,
  DUTIES,
  formatDate,
  parseIsoDate,
  periodInWords,
  periodOf,
  type DutyId,
  type Grade,
  type SourceId,
} from '../../law/index.js'
import { paragraphsOf, type Block, type LetterCitation, type LetterModel } from '../model.js'
import type { Child, Recipient, Sender } from './fields.js'

// Pieces every template shares. The family's own words are only ever placed into strings
// here, never parsed: a "{{ }}" or "<b>" typed in a form stays exactly that.

export const cite = (source: SourceId, ref: string, grade: Grade): LetterCitation => ({ source, ref, grade })

/** A date the schema has already checked. */
export function isoToDate(iso: string): Temporal.PlainDate {
  const date = parseIsoDate(iso)
  if (date === undefined) throw new RangeError(`Not a checked ISO date: ${iso}`)
  return date
}

/** The date on the letter: the one the family chose, or today. */
export const letterDateOf = (fields: { date?: string | undefined }, today: Temporal.PlainDate): Temporal.PlainDate =>
  fields.date === undefined ? today : isoToDate(fields.date)

const linesOf = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0)

export function senderOf(sender: Sender): LetterModel['sender'] {
  const lines = linesOf(sender.address)
  if (sender.phone !== undefined) lines.push(`Phone: ${sender.phone}`)
  if (sender.email !== undefined) lines.push(`Email: ${sender.email}`)
  return { name: sender.name, lines }
}

export function recipientOf(recipient: Recipient): string[] {
  const lines: string[] = []
  if (recipient.name !== undefined) lines.push(recipient.name)
  if (recipient.role !== undefined) lines.push(recipient.role)
  lines.push(recipient.organisation, ...linesOf(recipient.address))
  return lines
}

const TITLE = String.raw`(Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?`

/**
 * The name after "Dear", exactly as typed ("Mrs A Brown" stays "Mrs A Brown"), without what
 * would double up: a "Dear" typed into the name box, a title typed twice, a trailing comma.
 */
export const addressee = (name: string): string =>
  name
    .replace(/^dear\s+/i, '')
    .replace(new RegExp(`^${TITLE}\\s+(?=${TITLE}\\s)`, 'i'), '')
    .replace(/[\s,]+$/, '')

/** British convention: "Dear Ms Khan ... Yours sincerely"; without a name, "Dear Sir or Madam ... Yours faithfully". */
export function greetingFor(recipient: Recipient, senderName: string) {
  return recipient.name !== undefined
    ? { salutation: `Dear ${addressee(recipient.name)},`, signOff: { closing: 'Yours sincerely,', name: senderName } }
    : { salutation: 'Dear Sir or Madam,', signOff: { closing: 'Yours faithfully,', name: senderName } }
}

export const possessive = (name: string) => `${name}'s`

/** "my child, Sam Jones (date of birth 4 May 2015), who attends Oak Primary School" */
export function aboutChild(child: Child): string {
  let s = `my child, ${child.name}`
  if (child.dateOfBirth !== undefined) s += ` (date of birth ${formatDate(isoToDate(child.dateOfBirth))})`
  if (child.school !== undefined) s += `, who attends ${child.school}`
  return s
}

/**
 * A labelled answer: "What happened: ..." with the family's words kept as typed. Where the
 * answer has several paragraphs, the label goes on the first.
 */
export function labelled(label: string, answer: string): Block[] {
  const blocks = paragraphsOf(answer)
  const first = blocks[0]
  if (first?.kind === 'paragraph') blocks[0] = { kind: 'paragraph', text: `${label}: ${first.text}` }
  return blocks
}

export interface Frame {
  fields: { sender: Sender; recipient: Recipient; date?: string | undefined }
  today: Temporal.PlainDate
}

/** The parts of the model that come straight from the sender, recipient and date. */
export function frame({ fields, today }: Frame) {
  const date = letterDateOf(fields, today)
  const { salutation, signOff } = greetingFor(fields.recipient, fields.sender.name)
  return {
    letterDate: date,
    parts: {
      sender: senderOf(fields.sender),
      recipient: recipientOf(fields.recipient),
      date: formatDate(date),
      dateIso: date.toString(),
      salutation,
      signOff,
    },
  }
}

/** "6 weeks": the time limit of a duty, in the words the law engine gives it. */
export const within = (id: DutyId): string => periodInWords(periodOf(id))

/** "regulation 5(1) of the Special Educational Needs and Disability Regulations 2014": a duty's first rule. */
export function lawOf(id: DutyId): string {
  const first = DUTIES[id].citations[0]
  if (first === undefined) throw new RangeError(`${id} has no citation`)
  return citationInWords(first)
}

/** The citations of several duties, in order, each rule once. */
export function citationsOf(...ids: DutyId[]): LetterCitation[] {
  const seen = new Set<string>()
  return ids
    .flatMap((id) => DUTIES[id].citations)
    .filter((c) => {
      const key = `${c.source} ${c.ref}`
      return seen.has(key) ? false : (seen.add(key), true)
    })
    .map((c) => ({ ...c }))
}

/** The first letter in capitals, for a rule that starts a sentence. */
export const capitalised = (s: string) => s.charAt(0).toUpperCase() + s.slice(1)
