import { z } from 'zod'
import { bankHolidaySet } from '../law/calendar/bank-holidays.js'
import { fromIso, isoWeekday, toIso } from '../law/calendar/day-number.js'
import { isoDate } from '../dates.js'
import { SOURCE_IDS } from '../law/citations.js'

// Sources a guidance page may cite: the law's one list (src/law/citations.ts), so pages and rules
// name the law the same way and a source added there can be cited here with no other edit.
export const CONTENT_SOURCES = SOURCE_IDS

/** Evidence grades from shared/reference/send-law-rules.md. */
export const GRADES = ['P', 'P-part', 'S', 'U'] as const

/** The pages the service links to by slug; the content must provide each one. */
export const GUIDANCE_SLUGS = [
  'first-steps',
  'ehc-needs-assessment',
  'complaints',
  'disagreement-resolution',
  'mediation',
  'appeals',
  'using-routes-together',
  'exclusions',
  'disability-discrimination',
  'still-waiting',
] as const

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens')
const text = z.string().trim().min(1, 'must not be empty')
const oneLine = text.regex(/^[^\n]*$/, 'must be on one line')
// Only http(s) links with a real domain: these end up as href attributes on public pages.
const url = z.url({ protocol: /^https?$/, hostname: z.regexes.domain })
// UK numbers as people write them: digits and single spaces, optionally starting +44.
const phone = z.string().regex(/^(?:\+44 ?|0)\d(?: ?\d){8,10}$/, 'must be a UK phone number')

export const Citation = z.strictObject({
  source: z.enum(CONTENT_SOURCES),
  // Quoted in YAML: an unquoted 11.10 would be read as the number 11.1.
  ref: oneLine,
  grade: z.enum(GRADES),
})

export const GuidanceFrontMatter = z.strictObject({
  title: oneLine,
  slug,
  summary: oneLine
    .max(200)
    .refine((s) => !/[.!?]\s+[A-Z]/.test(s), 'must be one sentence')
    .refine((s) => /[.!?]$/.test(s), 'must end with a full stop'),
  order: z.number().int().nonnegative(),
  citations: z.array(Citation).min(1, 'must cite at least one source'),
  /** Words families search with that the page itself may not use ("deadline" where the page says "time limit"). */
  keywords: z.array(oneLine).min(1).optional(),
})

/** Front matter for one file: the slug must equal the file name so URLs and files never drift apart. */
export const guidanceFrontMatterFor = (fileSlug: string) =>
  GuidanceFrontMatter.refine((fm) => fm.slug === fileSlug, {
    message: `must equal the file name ("${fileSlug}")`,
    path: ['slug'],
  })

// What the directory could not confirm from a public source, said plainly so nobody guesses:
// "Not confirmed: ask SENDIASS for their phone number."
const notConfirmedNote = oneLine.regex(/^Not confirmed: /, 'must start with "Not confirmed: "')

/**
 * The contact details a directory entry can lack. Listing one under `notConfirmed` says we looked for it on
 * public pages and could not confirm it, so the page shows "Not confirmed" rather than leaving a gap nobody
 * can read (a YAML comment beside the list names the pages and the date we read them).
 */
export const CONTACT_FIELDS = ['address', 'phone', 'email', 'website', 'openingHours'] as const
export type ContactField = (typeof CONTACT_FIELDS)[number]

const notConfirmedList = z
  .array(z.enum(CONTACT_FIELDS))
  .min(1)
  .refine((l) => new Set(l).size === l.length, 'must not list a field twice')
  .optional()

/** A field is either given or marked not confirmed, never both. */
const confirmedOrMarked = (entry: { notConfirmed?: readonly ContactField[] | undefined } & Partial<Record<ContactField, unknown>>) =>
  !(entry.notConfirmed ?? []).some((f) => entry[f] !== undefined)
const bothMessage = { message: 'must not mark a field not confirmed and also give it', path: ['notConfirmed'] }

const Contactable = z
  .strictObject({
    name: oneLine,
    description: text,
    website: url.optional(),
    phone: phone.optional(),
    email: z.email().optional(),
    address: oneLine.optional(),
    note: notConfirmedNote.optional(),
    notConfirmed: notConfirmedList,
  })
  .refine(confirmedOrMarked, bothMessage)

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const
const clockTime = z.string().regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/, 'must be a 24-hour time such as 09:30')

/** One line of opening hours: the same times on each of the listed days. */
export const OpeningHours = z
  .strictObject({ days: z.array(z.enum(WEEKDAYS)).min(1), opens: clockTime, closes: clockTime })
  .refine((h) => h.opens < h.closes, { message: 'must close after it opens', path: ['closes'] })
  .refine((h) => new Set(h.days).size === h.days.length, { message: 'must not repeat a day', path: ['days'] })

// School terms, so the engine can count school days (exclusion reviews run in school days).
// A school day is a Monday to Friday inside a term range that is not listed as a closure. Half terms
// and holidays are the gaps between ranges. Dates stay ISO strings here; the engine turns them into
// day numbers, so all checks below use the law's calendar rather than JS Date.

// The one ISO-date schema; each problem is prefixed with its path (terms.0.start: date must be ...).
const isoDay = isoDate('date')
const day = (iso: string): number => fromIso(iso) ?? NaN
const isWeekday = (iso: string): boolean => isoWeekday(day(iso)) <= 5

const TermRange = z
  .strictObject({ start: isoDay, end: isoDay })
  .refine((r) => day(r.start) <= day(r.end), { message: 'must not end before it starts', path: ['end'] })
  .refine((r) => isWeekday(r.start), { message: 'must start on a weekday', path: ['start'] })
  .refine((r) => isWeekday(r.end), { message: 'must end on a weekday', path: ['end'] })

const Closure = z.strictObject({
  date: isoDay,
  // bank-holiday: a bank holiday inside a term; inset: a training day the council publishes for every school.
  kind: z.enum(['bank-holiday', 'inset', 'other']),
  note: oneLine.optional(),
})

export const YEAR_STATUSES = ['published', 'not-yet-published', 'not-confirmed'] as const

/**
 * One academic year (1 August to 31 July). `published`: term ranges read from a public source.
 * `not-yet-published`: the council says it has not set them. `not-confirmed`: we could not read them
 * from a public source; the engine must treat both as unknown and say so.
 */
export const SchoolYear = z
  .strictObject({
    year: z.string().regex(/^\d{4}\/\d{2}$/, 'must look like 2026/27'),
    status: z.enum(YEAR_STATUSES),
    source: url,
    checkedOn: isoDay,
    note: oneLine.optional(),
    terms: z.array(TermRange).default([]),
    closures: z.array(Closure).default([]),
  })
  .superRefine((y, ctx) => {
    const first = Number(y.year.slice(0, 4))
    if (Number(y.year.slice(5)) !== (first + 1) % 100) {
      ctx.addIssue({ code: 'custom', message: 'must name two years in a row, such as 2026/27', path: ['year'] })
      return
    }
    if (y.status !== 'published') {
      if (y.terms.length > 0 || y.closures.length > 0) {
        ctx.addIssue({ code: 'custom', message: `must have no terms or closures when ${y.status}`, path: ['terms'] })
      }
      return
    }
    if (y.terms.length === 0) ctx.addIssue({ code: 'custom', message: 'a published year needs its terms', path: ['terms'] })
    const from = day(`${first}-08-01`)
    const to = day(`${first + 1}-07-31`)
    y.terms.forEach((t, i) => {
      if (day(t.start) < from || day(t.end) > to) {
        ctx.addIssue({ code: 'custom', message: `must fall between ${first}-08-01 and ${first + 1}-07-31`, path: ['terms', i] })
      }
      const before = y.terms[i - 1]
      if (before && day(t.start) <= day(before.end)) {
        ctx.addIssue({ code: 'custom', message: 'must start after the previous term ends', path: ['terms', i, 'start'] })
      }
    })
    const inTerm = (d: number) => y.terms.some((t) => day(t.start) <= d && d <= day(t.end))
    const seen = new Set<number>()
    y.closures.forEach((c, i) => {
      const d = day(c.date)
      if (seen.has(d)) ctx.addIssue({ code: 'custom', message: 'is listed twice', path: ['closures', i, 'date'] })
      seen.add(d)
      if (!inTerm(d) || isoWeekday(d) > 5) {
        ctx.addIssue({ code: 'custom', message: 'must be a weekday inside a term', path: ['closures', i, 'date'] })
      }
      if (c.kind === 'bank-holiday' && !bankHolidaySet().has(d)) {
        ctx.addIssue({ code: 'custom', message: 'is not a bank holiday in England', path: ['closures', i, 'date'] })
      }
    })
    // Every bank holiday inside a term must be listed, so the engine never counts it as a school day.
    for (let d = from; d <= to; d++) {
      if (inTerm(d) && bankHolidaySet().has(d) && !seen.has(d)) {
        ctx.addIssue({ code: 'custom', message: `must list the bank holiday on ${toIso(d)} as a closure`, path: ['closures'] })
      }
    }
  })

export const SchoolTerms = z.strictObject({
  /** Which schools the dates are for, e.g. "Community and voluntary controlled schools". */
  appliesTo: oneLine,
  years: z
    .array(SchoolYear)
    .min(1)
    .refine(
      (ys) => ys.every((y, i) => i === 0 || Number(y.year.slice(0, 4)) === Number(ys[i - 1]!.year.slice(0, 4)) + 1),
      'must list academic years in order, one after another',
    ),
})

export const Area = z.strictObject({
  id: slug,
  name: oneLine,
  /** Where the area comes in lists (lower first); areas without one follow, by name. */
  order: z.number().int().nonnegative().optional(),
  localAuthority: oneLine,
  sendiass: z
    .strictObject({
      name: oneLine,
      address: oneLine,
      phone,
      email: z.email(),
      website: url,
      opening: oneLine,
      openingHours: z.array(OpeningHours).min(1).optional(),
      note: notConfirmedNote.optional(),
      notConfirmed: notConfirmedList,
    })
    .refine(confirmedOrMarked, bothMessage),
  localOffer: z.strictObject({ name: oneLine, website: url }),
  senTeam: z
    .strictObject({
      name: oneLine,
      phone: phone.optional(),
      email: z.email().optional(),
      website: url.optional(),
      address: oneLine.optional(),
      note: notConfirmedNote.optional(),
      notConfirmed: notConfirmedList,
    })
    .refine(confirmedOrMarked, bothMessage),
  mediation: Contactable,
  disagreementResolution: Contactable,
  complaints: z.strictObject({
    council: z
      .strictObject({
        name: oneLine,
        website: url.optional(),
        phone: phone.optional(),
        email: z.email().optional(),
        note: notConfirmedNote.optional(),
        notConfirmed: notConfirmedList,
      })
      .refine(confirmedOrMarked, bothMessage),
  }),
  schoolTerms: SchoolTerms.optional(),
})

export const areaFor = (fileId: string) =>
  Area.refine((a) => a.id === fileId, { message: `must equal the file name ("${fileId}")`, path: ['id'] })

export const NationalService = z.strictObject({
  id: slug,
  name: oneLine,
  description: text,
  website: url,
  phone: phone.optional(),
})

export const NationalFile = z.strictObject({
  services: z
    .array(NationalService)
    .min(1)
    .refine((list) => new Set(list.map((s) => s.id)).size === list.length, 'ids must be unique'),
})

export type Citation = z.infer<typeof Citation>
export type GuidanceFrontMatter = z.infer<typeof GuidanceFrontMatter>
export type Area = z.infer<typeof Area>
export type NationalService = z.infer<typeof NationalService>
export type SchoolYear = z.infer<typeof SchoolYear>
export type SchoolTerms = z.infer<typeof SchoolTerms>
export type OpeningHours = z.infer<typeof OpeningHours>
export type Grade = (typeof GRADES)[number]
export type ContentSource = (typeof CONTENT_SOURCES)[number]
