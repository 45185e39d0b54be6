import { z } from 'zod'
import { APPEAL_ABOUT, DECISION_IDS, FIRST_SUPPORTED_YEAR, isIsoDate, LAST_SUPPORTED_YEAR } from '../law/index.js'

/** An ISO date that exists: 2026-02-30 is refused with a sentence a person can act on. */
export const isoDate = (label: string) =>
  z
    .string({ error: `${label} must be a date written as YYYY-MM-DD` })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: `${label} must be a date written as YYYY-MM-DD` })
    .refine(isIsoDate, { error: `${label} is not a real date` })
    .meta({ format: 'date', examples: ['2026-01-15'] })

export const timelineRequestSchema = z
  .strictObject({
    decision: z.enum(DECISION_IDS, { error: `decision must be one of: ${DECISION_IDS.join(', ')}` }).meta({
      description: 'The decision or situation the family disagrees with.',
    }),
    noticeSentOn: isoDate('noticeSentOn')
      .optional()
      .meta({ description: 'The date the written notice of decision was sent (the date on the letter by default). Required for the six appealable decisions.' }),
    actOn: isoDate('actOn')
      .optional()
      .meta({ description: 'The date of the act: for disability-discrimination (required), la-conduct, health-provision and social-care-provision.' }),
    appealAbout: z
      .array(z.enum(APPEAL_ABOUT, { error: `appealAbout items must be one of: ${APPEAL_ABOUT.join(', ')}` }))
      .max(APPEAL_ABOUT.length)
      .optional()
      .meta({ description: 'For plan-contents: the parts of the plan in dispute.' }),
    mediation: z
      .strictObject({
        choice: z.enum(['mediation', 'certificate-only'], { error: 'mediation.choice must be "mediation" or "certificate-only"' }),
        adviserInformedOn: isoDate('mediation.adviserInformedOn').optional(),
        laInformedOn: isoDate('mediation.laInformedOn').optional(),
        concludedOn: isoDate('mediation.concludedOn').optional(),
        certificateSentOn: isoDate('mediation.certificateSentOn').optional(),
      })
      .optional(),
    ehc: z
      .strictObject({
        requestReceivedOn: isoDate('ehc.requestReceivedOn').optional(),
        draftPlanServedOn: isoDate('ehc.draftPlanServedOn').optional(),
        reviewMeetingOn: isoDate('ehc.reviewMeetingOn').optional(),
        amendmentNoticeSentOn: isoDate('ehc.amendmentNoticeSentOn').optional(),
        transfer: z
          .strictObject({
            year: z.int({ error: 'ehc.transfer.year must be a whole year' }).min(1990).max(2099),
            kind: z.enum(['secondary-to-post-16', 'other']),
          })
          .optional(),
      })
      .optional()
      .meta({ description: 'EHC process dates, for the time limits the local authority must meet.' }),
    today: isoDate('today').optional().meta({ description: "The date to measure statuses against. Defaults to today's date in London." }),
  })
  .meta({ id: 'TimelineRequest' })

export type TimelineRequest = z.infer<typeof timelineRequestSchema>

const citation = z.object({ source: z.string(), ref: z.string(), grade: z.enum(['P', 'P-part', 'S', 'U']) })

export const timelineResponseSchema = z
  .object({
    decision: z.enum(DECISION_IDS),
    appealable: z.boolean().meta({ description: 'A right of appeal under s.51 of the Children and Families Act 2014.' }),
    mediationAdviceRequired: z.boolean().meta({ description: 'Whether a mediation certificate is needed before that appeal.' }),
    routes: z.array(z.object({ id: z.string(), title: z.string(), summary: z.string(), citations: z.array(citation) })),
    closedRoutes: z.array(z.object({ id: z.string(), reason: z.string(), citations: z.array(citation) })),
    milestones: z.array(
      z.object({
        id: z.string(),
        date: z.string().meta({ format: 'date' }),
        title: z.string(),
        explanation: z.string(),
        actor: z.string(),
        status: z.enum(['passed', 'due-today', 'upcoming']),
        citations: z.array(citation),
        provisional: z.boolean().optional(),
      }),
    ),
    lateAppeal: z.object({ explanation: z.string(), citations: z.array(citation) }).optional(),
  })
  .meta({ id: 'Timeline' })

export const problemSchema = z
  .object({
    error: z.string().meta({ description: 'A plain sentence saying what is wrong.' }),
    details: z.array(z.object({ field: z.string(), message: z.string() })),
  })
  .meta({ id: 'Problem' })

export const bankHolidaysResponseSchema = z
  .object({ year: z.int(), provisional: z.boolean(), dates: z.array(z.string().meta({ format: 'date' })) })
  .meta({ id: 'BankHolidays' })

/** A calendar year the engine covers; "2026" from a query string or the command line. */
export const yearSchema = z
  .string({ error: 'year must be a number such as 2026' })
  .regex(/^\d{4}$/, { error: 'year must be four digits, such as 2026' })
  .transform(Number)
  .pipe(
    z
      .number()
      .min(FIRST_SUPPORTED_YEAR, { error: `year must be ${FIRST_SUPPORTED_YEAR} or later` })
      .max(LAST_SUPPORTED_YEAR - 1, { error: `year must be ${LAST_SUPPORTED_YEAR - 1} or earlier` }),
  )
