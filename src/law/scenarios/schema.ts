import { z } from 'zod'
import { fromIso } from '../calendar/day-number.js'
import { APPEAL_ABOUT, DECISION_IDS } from '../decisions/decisions.js'
import { ROUTE_IDS } from '../routes/routes.js'
import { TRIBUNAL_ORDERS } from '../timelines/milestones-tribunal.js'

// The file format of src/law/scenarios/**/*.yaml: worked examples a lawyer can check without
// reading TypeScript. Each scenario gives the facts, the day it is looked at, and what the engine
// must say. Only what a scenario lists is checked, so each one can focus on a single point.

/** Every milestone id the engine can produce (src/law/timelines/timeline.ts). rule-set.test.ts keeps this in step. */
export const MILESTONE_IDS = [
  'notice-sent',
  'contact-mediation-adviser-by',
  'certificate-due',
  'mediation-by',
  'post-mediation-certificate-due',
  'certificate-issued',
  'appeal-deadline',
  'claim-deadline',
  'ombudsman-complaint-by',
  'complaint-by',
  'assessment-decision-due',
  'no-plan-notice-due',
  'final-plan-due',
  'draft-comments-by',
  'review-decision-due',
  'amended-plan-due',
  'phase-transfer-review-by',
  'health-ombudsman-by',
  'review-due',
  'amendment-response-by',
  'amended-plan-overall-due',
  'reassessment-decision-due',
  'reassessment-final-plan-due',
  'tribunal-lodged',
  'tribunal-registration-expected',
  'tribunal-registered',
  'la-response-due',
  'hearing',
  'tribunal-decision-sent',
  'permission-to-appeal-by',
  'recommendations-response-due',
  'order-assessment-notice-due',
  'order-no-plan-notice-due',
  'order-final-plan-due',
  'order-draft-plan-due',
  'order-amended-plan-due',
  'order-plan-continues',
  'order-plan-ceases',
  'unopposed-assessment-notice-due',
  'unopposed-no-plan-notice-due',
  'unopposed-final-plan-due',
  'unopposed-draft-plan-due',
  'unopposed-amended-plan-due',
  'unopposed-plan-continues',
  'complaint-reply-due',
  'review-panel-by',
  'exclusion-board-review-by',
  'exclusion-review-application-by',
  'exclusion-review-application-post-by',
  'exclusion-review-application-made',
  'exclusion-panel-by',
  'transport-review-request-by',
  'transport-review-reply-due',
  'transport-appeal-request-by',
  'transport-panel-decision-due',
  'county-court-claim-by',
] as const
export type MilestoneId = (typeof MILESTONE_IDS)[number]

const isRealDate = (value: string): boolean => fromIso(value) !== undefined

/** A real calendar date written YYYY-MM-DD (a plain YAML scalar, which the core schema keeps as a string). */
export const IsoDate = z.string().refine(isRealDate, { message: 'must be a real date written YYYY-MM-DD' })

const MilestoneId = z.enum(MILESTONE_IDS)
const RouteId = z.enum(ROUTE_IDS)

// Input dates are plain strings, not IsoDate: a scenario may check that the engine refuses a bad date.
const Input = z.strictObject({
  decision: z.string(),
  noticeSentOn: z.string().optional(),
  actOn: z.string().optional(),
  firstKnewOn: z.string().optional(),
  appealAbout: z.array(z.enum(APPEAL_ABOUT)).optional(),
  mediation: z
    .strictObject({
      choice: z.enum(['mediation', 'certificate-only']),
      adviserInformedOn: z.string().optional(),
      laInformedOn: z.string().optional(),
      concludedOn: z.string().optional(),
      certificateSentOn: z.string().optional(),
    })
    .optional(),
  ehc: z
    .strictObject({
      requestReceivedOn: z.string().optional(),
      draftPlanServedOn: z.string().optional(),
      reviewMeetingOn: z.string().optional(),
      amendmentNoticeSentOn: z.string().optional(),
      planMadeOn: z.string().optional(),
      lastReviewOn: z.string().optional(),
      reassessmentRequestedOn: z.string().optional(),
      reassessmentDecisionOn: z.string().optional(),
      transfer: z
        .strictObject({ year: z.int().optional(), on: z.string().optional(), kind: z.enum(['secondary-to-post-16', 'other', 'post-16-other']) })
        .optional(),
    })
    .optional(),
  tribunal: z
    .strictObject({
      lodgedOn: z.string().optional(),
      registeredOn: z.string().optional(),
      hearingOn: z.string().optional(),
      decisionSentOn: z.string().optional(),
      order: z.enum(TRIBUNAL_ORDERS).optional(),
      orderSentOn: z.string().optional(),
      orderMadeOn: z.string().optional(),
      unopposedOn: z.string().optional(),
      recommendations: z.boolean().optional(),
    })
    .optional(),
  complaint: z.strictObject({ madeOn: z.string().optional(), reviewPanelRequestedOn: z.string().optional() }).optional(),
  exclusion: z
    .strictObject({
      termDates: z.array(z.strictObject({ from: z.string(), to: z.string() })).optional(),
      closedDays: z.array(z.string()).optional(),
      boardNotifiedOn: z.string().optional(),
      boardDecisionNoticeOn: z.string().optional(),
      applicationPostedOn: z.string().optional(),
      applicationDeliveredOn: z.string().optional(),
    })
    .optional(),
  transport: z
    .strictObject({ stage1RequestedOn: z.string().optional(), stage1DecisionOn: z.string().optional(), stage2RequestedOn: z.string().optional() })
    .optional(),
  discriminationBy: z.enum(['school', 'college', 'local authority']).optional(),
})

const Output = z
  .strictObject({
    appealable: z.boolean().optional(),
    mediationAdviceRequired: z.boolean().optional(),
    milestones: z.partialRecord(MilestoneId, IsoDate).optional(),
    absentMilestones: z.array(MilestoneId).optional(),
    statuses: z.partialRecord(MilestoneId, z.enum(['passed', 'due-today', 'upcoming'])).optional(),
    /** Milestone id -> whether it must carry the provisional flag (dates resting on unconfirmed bank holidays). */
    provisional: z.partialRecord(MilestoneId, z.boolean()).optional(),
    /** Milestone id -> why it is provisional. */
    provisionalReasons: z
      .partialRecord(MilestoneId, z.enum(['unconfirmed-bank-holidays', 'certificate-due', 'certificate-overdue', 'mediation-not-concluded', 'set-by-tribunal']))
      .optional(),
    /** The certificate the family waits for: its state and whether the plan should offer to chase it; false when none is pending. */
    pendingCertificate: z
      .union([z.literal(false), z.strictObject({ state: z.enum(['due', 'overdue', 'mediation-not-concluded']), chaseCertificate: z.boolean(), expectedOn: IsoDate.optional() })])
      .optional(),
    planContinues: z.boolean().optional(),
    tribunalStages: z.boolean().optional(),
    routes: z.array(RouteId).optional(),
    closedRoutes: z.array(RouteId).optional(),
    lateAppeal: z.boolean().optional(),
    error: z.strictObject({ field: z.string().min(1) }).optional(),
  })
  .refine((o) => Object.keys(o).length > 0, { message: 'output must check something' })
  .refine((o) => o.error === undefined || Object.keys(o).length === 1, {
    message: 'a scenario that expects an error checks nothing else',
  })

export const Scenario = z
  .strictObject({
    name: z.string().min(20, 'say in a full sentence what is expected and why'),
    sources: z.array(z.string().min(1)).min(1),
    today: z.string(),
    input: Input,
    output: Output,
  })
  .superRefine((s, ctx) => {
    const absent = new Set(s.output.absentMilestones ?? [])
    for (const id of Object.keys(s.output.milestones ?? {})) {
      if (absent.has(id as MilestoneId)) {
        ctx.addIssue({ code: 'custom', message: `${id} is both expected and absent`, path: ['output'] })
      }
    }
    if (s.output.error === undefined && !(DECISION_IDS as readonly string[]).includes(s.input.decision)) {
      ctx.addIssue({ code: 'custom', message: `unknown decision "${s.input.decision}"`, path: ['input', 'decision'] })
    }
    if (s.output.error === undefined && !isRealDate(s.today)) {
      ctx.addIssue({ code: 'custom', message: 'today must be a real date written YYYY-MM-DD', path: ['today'] })
    }
  })
export type Scenario = z.infer<typeof Scenario>

export const ScenarioFile = z.strictObject({
  format: z.literal(1),
  scenarios: z.array(Scenario).min(1),
})
export type ScenarioFile = z.infer<typeof ScenarioFile>
