import { refInWords, SOURCES } from '../../../law/index.js'

// Citations written for people: "SEND Code of Practice 2015, paragraph 11.13-11.38". Rules not
// checked against the law's own words carry a visible mark: grade U (unverified) and grade S
// (secondary sources only: what advice services say the law says, the text itself not read).

export interface CitationLike {
  source: string
  ref: string
  grade: string
}

export interface CitationView {
  text: string
  /** Grades U and S: marked as not yet checked against the original text. */
  unchecked: boolean
}

export const UNCHECKED_NOTE = '(not yet checked against the original text)'

/** The law's one spelling of each source. */
const NAMES: Record<string, string> = SOURCES

/** References in words, as the law engine writes them. */
export const readableRef = refInWords

// The law cites a few hundred references in all; writing each in words is the dearest part of a
// plan's citations, so each is written once. The bound is a guard, not a cache policy.
const written = new Map<string, CitationView>()

export function citationView(c: CitationLike): CitationView {
  const key = `${c.source}\n${c.ref}\n${c.grade}`
  let view = written.get(key)
  if (view === undefined) {
    const name = NAMES[c.source]
    // Case law and anything unknown: the source and reference as written.
    const text = name ? `${name}, ${readableRef(c.source, c.ref)}` : `${c.source} ${c.ref}`
    view = Object.freeze({ text, unchecked: c.grade === 'U' || c.grade === 'S' })
    if (written.size < 5000) written.set(key, view)
  }
  return view
}

/** One line of text, for calendars and other plain-text places. */
export const citationText = (c: CitationLike): string => {
  const v = citationView(c)
  return v.unchecked ? `${v.text} ${UNCHECKED_NOTE}` : v.text
}
