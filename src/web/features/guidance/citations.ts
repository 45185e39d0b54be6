import type { Citation, ContentSource, Grade } from '../../../content/schema.js'
import { SOURCES } from '../../../law/index.js'

// Guidance citations written out in words: "SEND Code of Practice 2015, paragraphs 11.13 to 11.38".
// The evidence grade decides the note a reader sees after it (shared/reference/send-law-rules.md).

export interface CitationWords {
  text: string
  /** Shown after the citation so nobody mistakes a second-hand or unchecked source for the law's own words. */
  note?: string
  grade: Grade
}

/** Full names, so a reader can find the document: the law's one spelling of each source. */
export const SOURCE_NAMES: Record<ContentSource, string> = SOURCES

export const GRADE_NOTES: Partial<Record<Grade, string>> = {
  U: '(not yet checked against the original text)',
  S: '(from secondary sources)',
  'P-part': '(only part of the original text was checked)',
}

// The abbreviation a reference starts with, and the word for it.
const KINDS: [RegExp, string][] = [
  [/^ss?\.\s*/, 'section'],
  [/^r\.\s*/, 'rule'],
  [/^regs?\s+/, 'regulation'],
  [/^paras?\s+/, 'paragraph'],
]

const listInWords = (items: string[]) =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`

/** "11.6-11.10" -> "11.6 to 11.10"; "51(2)(a)-(b)" -> "51(2)(a) to (b)". */
const spellRange = (item: string) => item.replace(/^([^\s-]+)-([^\s-]+)/, '$1 to $2')

// A range between whole numbers ("35-39", "11.6-11.10") names more than one; "51(2)(a)-(b)" stays within one.
const isPluralRange = (item: string) => /^[^\s-]+-[^(\s-]/.test(item)

/** A list of references of one kind: "reg 5(4), reg 10(4), reg 13(3)" -> "regulations 5(4), 10(4) and 13(3)". */
function refList(ref: string, defaultKind: string | undefined): string {
  const parts = ref.split(/,\s*|\s+and\s+/).filter((p) => p !== '')
  let kind = defaultKind
  const items = parts.map((part) => {
    for (const [pattern, word] of KINDS) {
      if (pattern.test(part)) {
        kind ??= word
        return part.replace(pattern, '')
      }
    }
    return part
  })
  if (!kind) return ref
  const plural = items.length > 1 || items.some(isPluralRange)
  return `${kind}${plural ? 's' : ''} ${listInWords(items.map(spellRange))}`
}

/** A reference in words: "s.51" -> "section 51", "Sch 17 para 4" -> "Schedule 17, paragraph 4". */
export function refInWords(source: ContentSource, ref: string): string | undefined {
  const r = ref.trim().replace(/\(TBC\)/g, '(to be confirmed)')
  // A name rather than a reference ("recommendations power"): the document's title says it already.
  if (!/\d/.test(r)) return undefined
  const schedule = /^Sch\s+(\w+)(?:\s+(.*))?$/.exec(r)
  if (schedule) {
    const rest = schedule[2] ? `, ${refList(schedule[2], undefined)}` : ''
    return `Schedule ${schedule[1]}${rest}`
  }
  return refList(r, source === 'SEND Code of Practice 2015' ? 'paragraph' : undefined)
}

export function citationInWords(c: Citation): CitationWords {
  const name = SOURCE_NAMES[c.source]
  const ref = refInWords(c.source, c.ref)
  const note = GRADE_NOTES[c.grade]
  return { text: ref ? `${name}, ${ref}` : name, grade: c.grade, ...(note ? { note } : {}) }
}
