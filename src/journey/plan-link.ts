import { z } from 'zod'
import {
  APPEAL_ABOUT,
  computeTimeline,
  DECISION_IDS,
  TimelineFactsError,
  type AppealAbout,
  type DecisionId,
  type Timeline,
  type TimelineFacts,
  TRIBUNAL_ORDERS,
} from '../law/index.js'
import { findArea } from '../content/areas.js'
import type { Content } from '../content/load-content.js'
import { areaSchoolDays, termDatesNotPublished, withAreaTermDates } from '../content/school-terms.js'
import { isoDate } from '../dates.js'
import { hasHiddenCharacters } from '../letters/characters.js'
import { answersFromPlanQuery, checkAnswersUrl, questionUrlForField } from './engine.js'
import { JOURNEY, WAITING_FOR, type Journey, type WaitingFor } from './journey.js'

import { ASKER_VALUES, DATE_PARAMS, EHC_DATE_PARAMS, FACT_PARAMS, MEDIATION_DATE_PARAMS, planQueryString, SINGLE_PARAMS, type DateParam, type FactParam, type PlanParam } from './plan-params.js'

// Reads a plan's link once into the engine's facts (the parameters are listed in plan-params.ts).

export { DATE_PARAMS, planQueryString }

const optionalDate = (label: string, param: string) => isoDate(label, { param }).optional()

const dates = Object.fromEntries(Object.entries(DATE_PARAMS).map(([key, label]) => [key, optionalDate(label, key)])) as {
  [K in DateParam]: ReturnType<typeof optionalDate>
}

/** How each parameter that is not a date is read; the compiler refuses a parameter of plan-params.ts without one. */
const CHOICES = {
  decision: z.enum(DECISION_IDS, {
    error: (issue) =>
      issue.input === undefined
        ? 'Say which decision you disagree with (decision)'
        : 'Choose a decision this service knows (decision)',
  }),
  // Never shown back with a hidden character in it (a NUL, or an override that reverses the text).
  area: z
    .string()
    .max(100, { error: 'The area name is too long (area)' })
    .refine((s) => !hasHiddenCharacters(s), { error: 'The area name has a hidden character in it: choose your area again (area)' })
    .optional(),
  appealAbout: z
    .array(
      z.enum(APPEAL_ABOUT, {
        error: `Choose the parts of the EHC plan from: ${APPEAL_ABOUT.join(', ')} (appealAbout)`,
      }),
    )
    .max(APPEAL_ABOUT.length, { error: 'List each part of the EHC plan once (appealAbout)' })
    .optional(),
  mediation: z
    .enum(['mediation', 'certificate-only'], {
      error: 'Say whether you chose mediation: mediation or certificate-only (mediation)',
    })
    .optional(),
  waitingFor: z
    .enum(WAITING_FOR, { error: `Say what you are waiting for: ${WAITING_FOR.join(', ')} (waitingFor)` })
    .optional(),
  spokenToSchool: z
    .enum(['yes', 'no'], { error: 'Say yes or no to whether you have talked to the school (spokenToSchool)' })
    .optional(),
  transferKind: z
    .enum(['secondary-to-post-16', 'other', 'post-16-other'], {
      error: 'Say what kind of move it is: secondary-to-post-16, other or post-16-other (transferKind)',
    })
    .optional(),
  transferYear: z
    .string()
    .regex(/^\d{4}$/, { error: 'Give the year of the move as four digits, such as 2027 (transferYear)' })
    .optional(),
  order: z.enum(TRIBUNAL_ORDERS, { error: `Say what the Tribunal ordered: ${TRIBUNAL_ORDERS.join(', ')} (order)` }).optional(),
  recommendations: z
    .enum(['yes', 'no'], { error: 'Say yes or no to whether you asked for health and social care recommendations (recommendations)' })
    .optional(),
  discriminationBy: z
    .enum(['school', 'college', 'local authority'], {
      error: 'Say who treated your child unfairly: school, college or local authority (discriminationBy)',
    })
    .optional(),
  // Who is asking: anything but a young person is read as a parent or carer, as before.
  who: z.enum(ASKER_VALUES).optional().catch(undefined),
} satisfies Record<Exclude<PlanParam, DateParam>, z.ZodType>

export const planQuerySchema = z.object({ ...CHOICES, ...dates })

export type PlanQuery = z.infer<typeof planQuerySchema>

export interface PlanProblem {
  field: string
  message: string
  /** Where in the journey to answer again. */
  href: string
}

export interface PlanRequest {
  query: PlanQuery
  decision: DecisionId
  appealAbout: AppealAbout[]
  today: string
  waitingFor?: WaitingFor
  spokenToSchool?: 'yes' | 'no'
  timeline: Timeline
  /** The journey's check-answers page with what the link says: "change your answers". */
  changeAnswers: string
  /** The link's parameters as the plan writes them (planQueryString), worked out once for its links and cache key. */
  queryString: string
  /** Why an exclusion's school days could not be counted: the area's term dates are not published that far. */
  schoolDaysUnknown?: string
  /** The facts the timeline was worked out from, as the timeline request's fields without `today` ("Save to my case"). */
  decisionFields: Record<string, unknown>
}

export type PlanRequestResult = { ok: true; request: PlanRequest } | { ok: false; problems: PlanProblem[] }

// The engine's fields, as the plan's parameters name them. The term dates come from the area.
const PARAM_FOR_FIELD = new Map<string, string>([...Object.entries(FACT_PARAMS).map(([param, field]) => [field, param] as const), ['exclusion.termDates', 'area']])
const fromEngineField = (field: string) => PARAM_FOR_FIELD.get(field) ?? field.replace(/^(mediation|ehc)\./, '')

/** The facts the issue 10 parameters give, nested as the engine takes them (a year and yes/no converted). */
function laterFacts(q: PlanQuery): Record<string, Record<string, unknown> | string> {
  const out: Record<string, Record<string, unknown> | string> = {}
  for (const [param, field] of Object.entries(FACT_PARAMS) as [FactParam, string][]) {
    const raw = q[param]
    if (raw === undefined) continue
    const value = param === 'transferYear' ? Number(raw) : param === 'recommendations' ? raw === 'yes' : raw
    const keys = field.split('.')
    const last = keys.pop()!
    let at: Record<string, unknown> = out
    for (const key of keys) at = (at[key] ??= {}) as Record<string, unknown>
    at[last] = value
  }
  return out
}

/** Query strings as Fastify parses them: repeats become lists, and empty values mean "not given". */
type FieldProblem = { field: string; message: string }

function normalise(query: Record<string, unknown>): { values: Record<string, unknown>; problems: FieldProblem[] } {
  const values: Record<string, unknown> = {}
  const problems: FieldProblem[] = []
  for (const key of SINGLE_PARAMS) {
    const raw = query[key]
    if (Array.isArray(raw)) {
      const given = raw.filter((v) => v !== '')
      if (given.length > 1) problems.push({ field: key, message: `Give ${key} only once` })
      else if (given.length === 1) values[key] = given[0]
    } else if (raw !== undefined && raw !== '') values[key] = raw
  }
  const about = query.appealAbout
  const list = (Array.isArray(about) ? about : about === undefined ? [] : [about]).filter((v) => v !== '')
  if (list.length > 0) values.appealAbout = list
  return { values, problems }
}

/**
 * Reads a plan's parameters: their shapes first, then the facts (through the rules engine). Every
 * problem is reported at once, each with a link back to the journey question that fixes it.
 */
export function readPlanQuery(
  input: unknown,
  today: () => string,
  journey: Journey = JOURNEY,
  content?: Pick<Content, 'areas'>,
): PlanRequestResult {
  const query = input && typeof input === 'object' ? (input as Record<string, unknown>) : {}
  const answers = answersFromPlanQuery(query, journey)
  const link = (field: string) => questionUrlForField(field, answers, journey)
  const withLinks = (list: FieldProblem[]): PlanRequestResult => ({
    ok: false,
    problems: list.map((p) => ({ ...p, href: link(p.field) })),
  })

  const { values, problems } = normalise(query)
  const parsed = planQuerySchema.safeParse(values)
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      problems.push({ field: String(issue.path[0] ?? 'decision'), message: issue.message })
    }
  }
  if (problems.length > 0 || !parsed.success) return withLinks(problems)

  const q = parsed.data
  const appealAbout = q.appealAbout ?? []
  if (new Set(appealAbout).size !== appealAbout.length) {
    problems.push({ field: 'appealAbout', message: 'List each part of the EHC plan once (appealAbout)' })
  }

  // The engine needs to know the choice made with the mediation adviser before it can use the dates.
  const mediationDates = Object.fromEntries(MEDIATION_DATE_PARAMS.map((key) => [key, q[key]]))
  let choice = q.mediation
  if (!choice && (q.laInformedOn || q.concludedOn)) choice = 'mediation'
  else if (!choice && q.adviserInformedOn) {
    problems.push({
      field: 'mediation',
      message: 'Say whether you told the mediation adviser you want mediation (mediation=mediation or mediation=certificate-only)',
    })
  } else if (!choice && q.certificateSentOn) choice = 'certificate-only'
  if (problems.length > 0) return withLinks(problems)

  const defined = <T extends Record<string, unknown>>(o: T) =>
    Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined))
  const later = laterFacts(q)
  // Object.assign rather than spreads followed by more keys, which cost microseconds each on Node 20.
  const ehc = defined(Object.assign(Object.fromEntries(EHC_DATE_PARAMS.map((key) => [key, q[key]])), later.ehc as object | undefined))
  // An exclusion counts school days with the area's published term dates (content/areas/*.yaml).
  const area = content ? findArea(content, q.area).area : undefined
  const schoolDays = area && later.exclusion ? areaSchoolDays(area) : undefined
  const exclusion = later.exclusion && withAreaTermDates(later.exclusion as NonNullable<TimelineFacts['exclusion']>, schoolDays)
  const day = q.today ?? today()
  const facts = defined(Object.assign({}, later, {
    decision: q.decision,
    noticeSentOn: q.noticeSentOn,
    actOn: q.actOn,
    appealAbout: q.appealAbout,
    mediation: choice ? { choice, ...defined(mediationDates) } : undefined,
    ehc: Object.keys(ehc).length > 0 ? ehc : undefined,
    exclusion,
    today: day,
  }))
  // The query's shapes are checked above; the engine checks the facts themselves, once.
  let timeline: Timeline
  let schoolDaysUnknown: string | undefined
  try {
    timeline = computeTimeline(facts as unknown as TimelineFacts)
  } catch (error) {
    if (!(error instanceof TimelineFactsError)) throw error
    // The area's term dates do not reach the dates that matter (a year not yet published): the
    // family still gets a plan, without the school-day dates and saying why, not an error page.
    if (exclusion && error.problems.every((p) => p.field === 'exclusion.termDates')) {
      schoolDaysUnknown = termDatesNotPublished(area, schoolDays)
      timeline = computeTimeline({ ...facts, exclusion: undefined } as unknown as TimelineFacts)
    } else return withLinks(
      error.problems.map((p) => ({
        field: fromEngineField(p.field),
        // The area's dates ran out: the year is not published yet, so the family asks the school.
        message: p.field === 'exclusion.termDates' ? `${termDatesNotPublished(area, schoolDays)} (area)` : p.message,
      })),
    )
  }

  const changeAnswers = checkAnswersUrl(answers, journey)
  const decisionFields: Record<string, unknown> = Object.fromEntries(
    Object.entries(facts).filter(([key]) => key !== 'today' && !(key === 'exclusion' && schoolDaysUnknown)),
  )
  if (area && q.area) decisionFields.area = q.area
  const queryString = planQueryString(q)
  const request: PlanRequest = { query: q, decision: q.decision, appealAbout, today: day, timeline, changeAnswers, queryString, decisionFields }
  if (q.waitingFor) request.waitingFor = q.waitingFor
  if (q.spokenToSchool) request.spokenToSchool = q.spokenToSchool
  if (schoolDaysUnknown) request.schoolDaysUnknown = schoolDaysUnknown
  return { ok: true, request }
}
