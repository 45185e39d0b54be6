// Every rule carries where it comes from, with the evidence grade given in
// shared/reference/send-law-rules.md, so pages can show unverified rules as such.

/** P: primary text read. P-part: primary text read but cut short. S: secondary sources only. U: unverified. */
export type Grade = 'P' | 'P-part' | 'S' | 'U'

// The one list of legal sources: the id every rule, guidance page, plan and letter cites, and the
// one spelling of its name that people read. Adding a source here adds it everywhere (guidance
// front matter takes its ids from this list). Statutory instrument numbers are in the comments.
export const SOURCES = {
  'CFA 2014': 'Children and Families Act 2014',
  // SI 2014/1530
  'SEND Regs 2014': 'Special Educational Needs and Disability Regulations 2014',
  // SI 2008/2699
  'HESC Rules 2008': 'Tribunal Procedure (First-tier Tribunal) (Health, Education and Social Care Chamber) Rules 2008',
  'SEND Code of Practice 2015': 'SEND Code of Practice 2015',
  'Equality Act 2010': 'Equality Act 2010',
  'LGA 1974': 'Local Government Act 1974',
  // SI 2012/1033
  'School Discipline Regs 2012': 'School Discipline (Pupil Exclusions and Reviews) (England) Regulations 2012',
  'SI 2009/309': 'Local Authority Social Services and National Health Service Complaints (England) Regulations 2009',
  'SI 2017/1306': 'Special Educational Needs and Disability (First-tier Tribunal Recommendations Power) Regulations 2017',
  'Education Act 2002': 'Education Act 2002',
  'Banking and Financial Dealings Act 1971': 'Banking and Financial Dealings Act 1971',
  'Dodds v Walker': 'Dodds v Walker [1981] 1 WLR 1027 (HL)',
  'UK GDPR': 'UK General Data Protection Regulation',
  'HSCA 1993': 'Health Service Commissioners Act 1993',
  'Children Act 1989': 'Children Act 1989',
  'SI 2006/1738': 'Children Act 1989 Representations Procedure (England) Regulations 2006',
  'SI 2015/359': 'Special Educational Needs and Disability (Amendment) Regulations 2015',
  'ERRA 2013': 'Enterprise and Regulatory Reform Act 2013',
  'Devon case': 'R (L) v Devon County Council [2022] EWHC 493 (Admin)',
  'DfE travel guidance': 'Travel to school for children of compulsory school age (Department for Education statutory guidance)',
} as const

export type SourceId = keyof typeof SOURCES

/** Every source id, for schemas that accept a citation (such as guidance front matter). */
export const SOURCE_IDS = Object.keys(SOURCES) as [SourceId, ...SourceId[]]

export const isSourceId = (value: string): value is SourceId => Object.hasOwn(SOURCES, value)

/**
 * A reference in words: "s.51(2)(a)" -> "section 51(2)(a)", "regs 34-39" -> "regulations 34-39",
 * "r20(1)(c)" -> "rule 20(1)(c)", "Art. 15" -> "Article 15", "Sch 17 para 4" -> "Schedule 17,
 * paragraph 4", and Code of Practice paragraphs as "paragraph 11.13-11.38".
 */
export function refInWords(source: string, ref: string): string {
  if (source === 'SEND Code of Practice 2015') return `paragraph ${ref}`
  return ref
    .replace(/^ss\.\s*/, 'sections ')
    .replace(/^s\.\s*/, 'section ')
    .replace(/^regs\s+/, 'regulations ')
    .replace(/^reg\s+/, 'regulation ')
    .replace(/^r\.?\s*(\d)/, 'rule $1')
    .replace(/^Art\.\s*/, 'Article ')
    .replace(/^Sch\s+(\w+)\s+para\s+/, 'Schedule $1, paragraph ')
    .replace(/^Sch\s+/, 'Schedule ')
}

export interface Citation {
  source: SourceId
  ref: string
  grade: Grade
  /** Why a rule is graded S or U, in a few words, for advisers reading the code or the page. */
  note?: string
}

export const cite = (source: SourceId, ref: string, grade: Grade, note?: string): Citation =>
  note ? { source, ref, grade, note } : { source, ref, grade }

/** The API contract exposes {source, ref}; the grade travels alongside for pages that show it. */
export const publicCitation = (c: Citation) => ({ source: c.source, ref: c.ref, grade: c.grade })
