import { z } from 'zod'

// Sources a guidance page may cite. These match the ids in src/law/citations.ts so
// pages and rules name the law the same way (checked in schema.test.ts).
export const CONTENT_SOURCES = [
  'CFA 2014',
  'SEND Regs 2014',
  'HESC Rules 2008',
  'SEND Code of Practice 2015',
  'Equality Act 2010',
  'LGA 1974',
  'School Discipline Regs 2012',
  'SI 2009/309',
  'SI 2017/1306',
  'Education Act 2002',
  'SI 2015/359',
  'DfE travel guidance',
  'Devon case',
] as const

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
  'annual-reviews',
  'moving-school',
  'after-you-appeal',
  'tribunal-orders',
  'school-travel',
  'young-people',
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
})

/** Front matter for one file: the slug must equal the file name so URLs and files never drift apart. */
export const guidanceFrontMatterFor = (fileSlug: string) =>
  GuidanceFrontMatter.refine((fm) => fm.slug === fileSlug, {
    message: `must equal the file name ("${fileSlug}")`,
    path: ['slug'],
  })

const Contactable = z.strictObject({ name: oneLine, description: text, website: url.optional() })

export const Area = z.strictObject({
  id: slug,
  name: oneLine,
  /** Where the area comes in lists (lower first); areas without one follow, by name. */
  order: z.number().int().nonnegative().optional(),
  localAuthority: oneLine,
  sendiass: z.strictObject({
    name: oneLine,
    address: oneLine,
    phone,
    email: z.email(),
    website: url,
    opening: oneLine,
  }),
  localOffer: z.strictObject({ name: oneLine, website: url }),
  senTeam: z.strictObject({
    name: oneLine,
    phone: phone.optional(),
    email: z.email().optional(),
    website: url.optional(),
  }),
  mediation: Contactable,
  disagreementResolution: Contactable,
  complaints: z.strictObject({ council: z.strictObject({ name: oneLine, website: url.optional() }) }),
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
export type Grade = (typeof GRADES)[number]
export type ContentSource = (typeof CONTENT_SOURCES)[number]
