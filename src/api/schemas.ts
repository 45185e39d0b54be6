import { z } from 'zod'
import { isoDate } from '../dates.js'
import { type Milestone, type ProvisionalReason, type Timeline, APPEAL_ABOUT, DECISION_IDS, FIRST_SUPPORTED_YEAR, LAST_SUPPORTED_YEAR, TRIBUNAL_ORDERS } from '../law/index.js'

// One schema for an ISO date everywhere; here each is named by its field ("ehc.planMadeOn").
export { isoDate }

const TRANSFER_KINDS = ['secondary-to-post-16', 'other', 'post-16-other'] as const
const DISCRIMINATORS = ['school', 'college', 'local authority'] as const

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
    firstKnewOn: isoDate('firstKnewOn')
      .optional()
      .meta({ description: 'The day the family first knew of the matter: both Ombudsmen count their 12 months from it.' }),
    ehc: z
      .strictObject({
        requestReceivedOn: isoDate('ehc.requestReceivedOn').optional(),
        draftPlanServedOn: isoDate('ehc.draftPlanServedOn').optional(),
        planMadeOn: isoDate('ehc.planMadeOn').optional().meta({ description: 'The date the EHC plan was made: the annual review counts from it.' }),
        lastReviewOn: isoDate('ehc.lastReviewOn').optional().meta({ description: 'The date the plan was last reviewed: the next review counts from it.' }),
        reviewMeetingOn: isoDate('ehc.reviewMeetingOn').optional(),
        amendmentNoticeSentOn: isoDate('ehc.amendmentNoticeSentOn').optional(),
        reassessmentRequestedOn: isoDate('ehc.reassessmentRequestedOn').optional(),
        reassessmentDecisionOn: isoDate('ehc.reassessmentDecisionOn').optional(),
        transfer: z
          .strictObject({
            kind: z.enum(TRANSFER_KINDS, { error: `ehc.transfer.kind must be one of: ${TRANSFER_KINDS.join(', ')}` }),
            year: z
              .int({ error: 'ehc.transfer.year must be a whole year, such as 2027' })
              .min(2015, { error: 'ehc.transfer.year must be 2015 or later' })
              .max(2099, { error: 'ehc.transfer.year must be 2099 or earlier' })
              .optional()
              .meta({ description: 'The calendar year of the move between phases (September).' }),
            on: isoDate('ehc.transfer.on').optional().meta({ description: 'The date of the move; needed for post-16-other.' }),
          })
          .optional()
          .meta({ description: 'A move to a new school or college: between phases (year), or another move to post-16 education (on).' }),
      })
      .optional()
      .meta({ description: 'EHC process dates, for the time limits the local authority must meet.' }),
    tribunal: z
      .strictObject({
        lodgedOn: isoDate('tribunal.lodgedOn').optional(),
        registeredOn: isoDate('tribunal.registeredOn').optional(),
        hearingOn: isoDate('tribunal.hearingOn').optional().meta({ description: 'Set by the Tribunal, so it may be in the future.' }),
        decisionSentOn: isoDate('tribunal.decisionSentOn').optional(),
        order: z
          .enum(TRIBUNAL_ORDERS, { error: `tribunal.order must be one of: ${TRIBUNAL_ORDERS.join(', ')}` })
          .optional()
          .meta({ description: 'What the Tribunal ordered, or what the appeal the council did not oppose was about.' }),
        orderSentOn: isoDate('tribunal.orderSentOn').optional(),
        orderMadeOn: isoDate('tribunal.orderMadeOn').optional().meta({ description: 'The date on the order, where it differs from the day it was sent.' }),
        unopposedOn: isoDate('tribunal.unopposedOn').optional().meta({ description: 'The day the council told the Tribunal it would not oppose the appeal.' }),
        recommendations: z
          .boolean({ error: 'tribunal.recommendations must be true or false' })
          .optional()
          .meta({ description: 'Whether health and social care recommendations were asked for.' }),
      })
      .optional()
      .meta({ description: 'After an appeal is lodged: the Tribunal stages, orders and appeals not opposed.' }),
    complaint: z
      .strictObject({
        madeOn: isoDate('complaint.madeOn').optional(),
        reviewPanelRequestedOn: isoDate('complaint.reviewPanelRequestedOn').optional(),
      })
      .optional()
      .meta({ description: "A children's social care complaint (Children Act 1989 s.26)." }),
    exclusion: z
      .strictObject({
        termDates: z
          .array(z.strictObject({ from: isoDate('exclusion.termDates.from'), to: isoDate('exclusion.termDates.to') }), {
            error: 'exclusion.termDates must be a list of terms, each with from and to dates',
          })
          .max(60, { error: 'exclusion.termDates can list at most 60 terms' })
          .optional()
          .meta({ description: "The school's terms. Leave out and give `area` to use the council's published term dates." }),
        closedDays: z
          .array(isoDate('exclusion.closedDays'), { error: 'exclusion.closedDays must be a list of dates' })
          .max(400, { error: 'exclusion.closedDays can list at most 400 days' })
          .optional()
          .meta({ description: 'Days inside a term when the school is closed (bank holidays, training days).' }),
        boardNotifiedOn: isoDate('exclusion.boardNotifiedOn').optional(),
        boardDecisionNoticeOn: isoDate('exclusion.boardDecisionNoticeOn').optional(),
        applicationPostedOn: isoDate('exclusion.applicationPostedOn').optional(),
        applicationDeliveredOn: isoDate('exclusion.applicationDeliveredOn').optional(),
      })
      .optional()
      .meta({ description: 'An exclusion: the review time limits are counted in school days.' }),
    transport: z
      .strictObject({
        stage1RequestedOn: isoDate('transport.stage1RequestedOn').optional(),
        stage1DecisionOn: isoDate('transport.stage1DecisionOn').optional(),
        stage2RequestedOn: isoDate('transport.stage2RequestedOn').optional(),
      })
      .optional()
      .meta({ description: 'Home-to-school travel (decision "transport"): the dates of the two-stage review.' }),
    discriminationBy: z
      .enum(DISCRIMINATORS, { error: `discriminationBy must be one of: ${DISCRIMINATORS.join(', ')}` })
      .optional()
      .meta({ description: 'For disability-discrimination: a school (the Tribunal) or a college or council (the County Court).' }),
    area: z
      .string({ error: 'area must be an area id, such as liverpool' })
      .regex(/^[a-z0-9-]{1,40}$/, { error: 'area must be an area id, such as liverpool' })
      .optional()
      .meta({ description: "The family's area (see /local-help). For an exclusion without termDates, the council's published term dates are used." }),
    today: isoDate('today').optional().meta({ description: "The date to measure statuses against. Defaults to today's date in London." }),
  })
  .meta({ id: 'TimelineRequest' })

export type TimelineRequest = z.infer<typeof timelineRequestSchema>

const citation = z.object({ source: z.string(), ref: z.string(), grade: z.enum(['P', 'P-part', 'S', 'U']) })
const explained = z.object({ explanation: z.string(), citations: z.array(citation) })
const PROVISIONAL_REASONS = ['unconfirmed-bank-holidays', 'certificate-due', 'certificate-overdue', 'mediation-not-concluded', 'set-by-tribunal'] as const satisfies readonly ProvisionalReason[]

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
        provisionalReason: z
          .enum(PROVISIONAL_REASONS)
          .optional()
          .meta({ description: 'Why the date may still change: unconfirmed bank holidays, a certificate not yet issued, or a date the Tribunal sets.' }),
      }),
    ),
    lateAppeal: explained.optional(),
    pendingCertificate: z
      .object({
        state: z.enum(['due', 'overdue', 'mediation-not-concluded']),
        expectedOn: z.string().meta({ format: 'date' }).optional(),
        chaseCertificate: z.boolean(),
        explanation: z.string(),
        citations: z.array(citation),
      })
      .optional()
      .meta({ description: 'While a mediation certificate is awaited after contacting the adviser in time: the appeal deadline is then provisional.' }),
    planContinues: explained.optional().meta({ description: 'For a decision to cease a plan: the plan stays until the appeal time passes or the appeal is decided.' }),
    tribunalStages: z
      .array(
        z.object({
          stage: z.enum(['registration', 'response', 'evidence', 'attendance-form', 'hearing', 'decision', 'permission-to-appeal']),
          title: z.string(),
          whatYouDo: z.string(),
          milestoneId: z.string().optional(),
        }),
      )
      .optional()
      .meta({ description: "Once an appeal is lodged: the Tribunal's stages in order." }),
    schoolDaysNote: explained.optional().meta({ description: 'For an exclusion counted in school days: whose term dates were used and that academies may differ.' }),
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

// Fastify serialises the timeline from timelineResponseSchema and drops any field not in it, so every
// field of the engine's result must be named there (the compiler checks; a test checks the values).
type TimelineResponse = z.infer<typeof timelineResponseSchema>
type Unnamed<Engine, Schema> = Record<Exclude<keyof Engine, keyof Schema>, never>
const _everyTimelineField: Unnamed<Timeline, TimelineResponse> = {}
const _everyMilestoneField: Unnamed<Milestone, TimelineResponse['milestones'][number]> = {}
const _everyCertificateField: Unnamed<NonNullable<Timeline['pendingCertificate']>, NonNullable<TimelineResponse['pendingCertificate']>> = {}
const _everyStageField: Unnamed<NonNullable<Timeline['tribunalStages']>[number], NonNullable<TimelineResponse['tribunalStages']>[number]> = {}
