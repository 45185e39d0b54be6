// Citations written for people: "SEND Code of Practice 2015, paragraph 11.13-11.38". Rules the
// reference could not check against the law's own words (grade U) carry a visible note.

export interface CitationLike {
  source: string
  ref: string
  grade: string
}

export interface CitationView {
  text: string
  /** Grade U: show "(not yet checked against the original text)". */
  unchecked: boolean
}

export const UNCHECKED_NOTE = '(not yet checked against the original text)'

const NAMES: Record<string, string> = {
  'CFA 2014': 'Children and Families Act 2014',
  'SEND Regs 2014': 'SEND Regulations 2014',
  'HESC Rules 2008': 'Tribunal Procedure (First-tier Tribunal) (HESC) Rules 2008',
  'SEND Code of Practice 2015': 'SEND Code of Practice 2015',
  'Equality Act 2010': 'Equality Act 2010',
  'LGA 1974': 'Local Government Act 1974',
  'School Discipline Regs 2012': 'School Discipline (Pupil Exclusions and Reviews) Regulations 2012',
  'SI 2009/309': 'NHS and Social Care Complaints Regulations 2009',
  'SI 2017/1306': 'SEND Tribunal Recommendations Power Regulations 2017',
  'Education Act 2002': 'Education Act 2002',
  'Banking and Financial Dealings Act 1971': 'Banking and Financial Dealings Act 1971',
  'UK GDPR': 'UK General Data Protection Regulation',
  'HSCA 1993': 'Health Service Commissioners Act 1993',
}

/**
 * References in words: "s.51(2)(a)" -> "section 51(2)(a)", "regs 34-39" -> "regulations 34-39",
 * "Sch 17 para 4" -> "Schedule 17, paragraph 4", and Code of Practice paragraphs as "paragraph 11.13-11.38".
 */
export function readableRef(source: string, ref: string): string {
  if (source === 'SEND Code of Practice 2015') return `paragraph ${ref}`
  return ref
    .replace(/^ss\.\s*/, 'sections ')
    .replace(/^s\.\s*/, 'section ')
    .replace(/^regs\s+/, 'regulations ')
    .replace(/^reg\s+/, 'regulation ')
    .replace(/^r(\d)/, 'rule $1')
    .replace(/^Sch\s+(\w+)\s+para\s+/, 'Schedule $1, paragraph ')
    .replace(/^Sch\s+/, 'Schedule ')
}

export function citationView(c: CitationLike): CitationView {
  const name = NAMES[c.source]
  // Case law and anything unknown: the source and reference as written.
  const text = name ? `${name}, ${readableRef(c.source, c.ref)}` : `${c.source} ${c.ref}`
  return { text, unchecked: c.grade === 'U' }
}

/** One line of text, for calendars and other plain-text places. */
export const citationText = (c: CitationLike): string => {
  const v = citationView(c)
  return v.unchecked ? `${v.text} ${UNCHECKED_NOTE}` : v.text
}
