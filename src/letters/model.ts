import type { Grade, SourceId } from '../law/index.js'
import type { LetterType } from './types.js'

// A letter as data: what it says, in order, with nothing about how it looks. Templates build
// it; the docx, pdf and html renderers draw it. Strings are plain text, never markup: a
// renderer escapes or encodes every one of them. A "\n" inside a string is a line break.

export type Block =
  | { kind: 'paragraph'; text: string }
  | { kind: 'heading'; text: string }
  | { kind: 'list'; items: string[] }

export interface LetterCitation {
  source: SourceId
  ref: string
  grade: Grade
}

export interface LetterModel {
  type: LetterType
  /** Bump when a template's wording changes, so a saved letter can be rebuilt as it was sent. */
  templateVersion: number
  /** The document title, for the PDF and Word properties and the browser tab. */
  title: string
  sender: { name: string; lines: string[] }
  /** The recipient's name, role, organisation and address, one line each. */
  recipient: string[]
  /** The letter's date, written out: "4 January 2027". */
  date: string
  /** The letter's date as YYYY-MM-DD. */
  dateIso: string
  /** "Your reference: ...", when the family has one. */
  reference?: string
  subject: string
  salutation: string
  blocks: Block[]
  signOff: { closing: string; name: string }
  /** The law the letter relies on, with the evidence grade from the rules reference. Not printed in the letter. */
  citations: LetterCitation[]
  /** For the family, not the recipient: when to expect a reply and what to do if none comes. */
  nextSteps: { replyBy?: string; text: string[] }
}

export const paragraph = (text: string): Block => ({ kind: 'paragraph', text })
export const heading = (text: string): Block => ({ kind: 'heading', text })
export const list = (items: string[]): Block => ({ kind: 'list', items })

/**
 * A long answer typed by the family, as paragraphs: a blank line starts a new paragraph, a
 * single line break stays a line break. The text itself is kept exactly as typed.
 */
export const paragraphsOf = (text: string): Block[] =>
  text
    .split(/\n[^\S\n]*\n\s*/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0)
    .map(paragraph)
