import { DECISIONS, isMediationAdviceRequired, type AppealAbout, type DecisionId } from '../law/index.js'
import { checkDateParts, isIsoDate, isoToParts, type DateCheck, type DateParts, type DatePart } from '../dates.js'
import { formQuery } from '../form-query.js'
import { JOURNEY } from './journey.js'
import { PLAN_PARAMS, planQueryString, SAME_NAME_ANSWERS, type PlanParamValues } from './plan-params.js'
import type { AfterAppeal, Condition, Journey, Option, Question, When, WaitingFor } from './journey.js'

// The generic engine behind the journey: which questions apply, whether their answers are valid,
// and where to go next. Everything is worked out again from the answers on every request, so a URL
// is all the state there is, and a URL with a bad earlier answer leads back to that question.

export type AnswerValue = string | string[]
export type Answers = Record<string, AnswerValue>

/** Answers as they arrive in a query string: only names the journey knows, strings or lists of strings. */
const isAnswerText = (v: unknown): v is string => typeof v === 'string' && v !== '' && v.length <= 100

export function rawAnswers(query: unknown, journey: Journey = JOURNEY): Answers {
  const names = new Set([...journey.questions.map((q) => q.name), 'today'])
  const out: Answers = {}
  if (!query || typeof query !== 'object') return out
  for (const [key, value] of Object.entries(query as Record<string, unknown>)) {
    if (!names.has(key)) continue
    const list = (Array.isArray(value) ? value : [value]).filter(isAnswerText)
    if (list.length === 0) continue
    out[key] = list.length === 1 && !Array.isArray(value) ? (list[0] as string) : list
  }
  return out
}

const asList = (v: AnswerValue | undefined): string[] => (v === undefined ? [] : Array.isArray(v) ? v : [v])
const asOne = (v: AnswerValue | undefined): string | undefined => (typeof v === 'string' ? v : undefined)

export interface Derived {
  decision?: DecisionId
  waitingFor: WaitingFor | 'none'
  /** An appeal already made: lodged, or decided with an order the council has not carried out. */
  afterAppeal: AfterAppeal | 'none'
  needsNoticeDate: 'yes' | 'no'
  mediationAdviceRequired: 'yes' | 'no'
}

type Facts = Record<string, AnswerValue | undefined>

function conditions(when: When | undefined) {
  return when === undefined ? [] : Array.isArray(when) ? when : [when]
}

/** A condition holds when every key's answer is one of its values; a list holds when any of its conditions does. */
export function holds(when: When | undefined, facts: Facts): boolean {
  const list = conditions(when)
  if (list.length === 0) return true
  const holdsOne = (c: Condition) =>
    Object.entries(c).every(([key, values]) => asList(facts[key]).some((v) => values.includes(v)))
  return list.some(holdsOne)
}

const happenedQuestion = (journey: Journey) => journey.questions.find((q) => q.name === 'happened')

/** The option chosen for a question by name, read with the answers before it (the same value can mean different words). */
function chosenOption(journey: Journey, answers: Answers, name: 'happened' | 'appealed'): Option | undefined {
  const q = journey.questions.find((x) => x.name === name)
  const value = asOne(answers[name])
  if (!q || q.kind === 'date' || value === undefined) return undefined
  return q.options.find((o) => o.value === value && holds(o.when, answers))
}

/** Facts worked out from the answers so far, for conditions and for the plan. */
export function derive(answers: Answers, journey: Journey = JOURNEY): Derived {
  const option = chosenOption(journey, answers, 'happened')
  const afterAppeal = option?.afterAppeal ?? 'none'
  // After an appeal, the decision is the one appealed against, from the "appealed" question.
  const decision = afterAppeal === 'none' ? option?.decision : chosenOption(journey, answers, 'appealed')?.decision
  const appealAbout = asList(answers.appealAbout) as AppealAbout[]
  // Once an appeal is made, mediation is behind the family.
  const noticeNeeded = decision !== undefined && DECISIONS[decision].needsNoticeDate
  const adviceNeeded = decision !== undefined && afterAppeal === 'none' && isMediationAdviceRequired(decision, appealAbout)
  const derived: Derived = {
    waitingFor: option?.waitingFor ?? 'none',
    afterAppeal,
    needsNoticeDate: noticeNeeded ? 'yes' : 'no',
    mediationAdviceRequired: adviceNeeded ? 'yes' : 'no',
  }
  if (decision) derived.decision = decision
  return derived
}

// Object.assign, not two spreads: on Node 20 `{ ...a, ...b }` costs microseconds, and the journey asks this for every question.
const factsOf = (answers: Answers, journey: Journey): Facts => Object.assign({}, answers, derive(answers, journey))

/** The options a question offers, given the answers before it. */
export function optionsFor(q: Question, answers: Answers, journey: Journey = JOURNEY): Option[] {
  if (q.kind === 'date') return []
  const facts = factsOf(answers, journey)
  const seen = new Set<string>()
  return q.options.filter((o) => {
    if (!holds(o.when, facts) || seen.has(o.value)) return false
    seen.add(o.value)
    return true
  })
}

export interface QuestionError {
  message: string
  /** For a date: which of day, month and year to mark. */
  parts?: DatePart[]
}

export type AnswerCheck = { ok: true; value: AnswerValue } | { ok: false; error?: QuestionError; entered?: DateParts }

function dateRules(q: Extract<Question, { kind: 'date' }>, accepted: Answers, today: string) {
  const notBefore = (q.notBefore ?? []).flatMap((nb) => {
    const iso = asOne(accepted[nb.name])
    return iso ? [{ iso, message: nb.message }] : []
  })
  return { subject: q.subject, required: q.errors.required, notFuture: q.notFuture, today, notBefore }
}

const fromDateCheck = (check: DateCheck, entered: DateParts): AnswerCheck =>
  check.ok
    ? { ok: true, value: check.iso }
    : { ok: false, error: { message: check.message, parts: check.parts }, entered }

/**
 * An answer already in the URL. A missing or stale choice (one the earlier answers no longer offer)
 * is simply asked again; a date that is wrong says why.
 */
export function checkStoredAnswer(
  q: Question,
  value: AnswerValue | undefined,
  accepted: Answers,
  today: string,
  journey: Journey = JOURNEY,
): AnswerCheck {
  if (value === undefined) return { ok: false }
  if (q.kind === 'date') {
    const iso = asOne(value)
    if (iso === undefined) return { ok: false }
    const entered = isIsoDate(iso) ? isoToParts(iso) : { day: '', month: '', year: '' }
    if (!isIsoDate(iso)) {
      const error = { message: `${q.subject} must be a real date`, parts: ['day', 'month', 'year'] as DatePart[] }
      return { ok: false, error, entered }
    }
    return fromDateCheck(checkDateParts(entered, dateRules(q, accepted, today)), entered)
  }
  const offered = new Set(optionsFor(q, accepted, journey).map((o) => o.value))
  if (q.kind === 'radios') {
    const one = asOne(value)
    return one !== undefined && offered.has(one) ? { ok: true, value: one } : { ok: false }
  }
  const list = asList(value)
  const valid = list.length > 0 && list.every((v) => offered.has(v)) && new Set(list).size === list.length
  return valid ? { ok: true, value: list } : { ok: false }
}

/** An answer just submitted from the question's own form: anything missing or wrong has a message. */
export function checkSubmittedAnswer(
  q: Question,
  query: Record<string, unknown>,
  accepted: Answers,
  today: string,
  journey: Journey = JOURNEY,
): AnswerCheck {
  if (q.kind === 'date') {
    const part = (p: DatePart) => {
      const v = query[`${q.name}-${p}`]
      return typeof v === 'string' ? v.slice(0, 20) : ''
    }
    const entered = { day: part('day'), month: part('month'), year: part('year') }
    return fromDateCheck(checkDateParts(entered, dateRules(q, accepted, today)), entered)
  }
  const raw = query[q.name]
  const list = (Array.isArray(raw) ? raw : [raw]).filter((v): v is string => typeof v === 'string' && v !== '')
  const offered = new Set(optionsFor(q, accepted, journey).map((o) => o.value))
  const required = { ok: false as const, error: { message: q.errors.required } }
  if (list.length === 0 || !list.every((v) => offered.has(v))) return required
  if (q.kind === 'radios') return list.length === 1 ? { ok: true, value: list[0] as string } : required
  return { ok: true, value: [...new Set(list)] }
}

export interface Step {
  question: Question
  /** Answered for the family because only one option fitted. */
  auto: boolean
}

export interface Walk {
  /** Questions that apply, in order, up to and including the first one not yet answered well. */
  steps: Step[]
  /** The valid answers to the questions that apply, in journey order. */
  accepted: Answers
  /** The first question that applies and has no valid answer. Absent when the journey is complete. */
  stoppedAt?: { question: Question; check: AnswerCheck }
  derived: Derived
}

/** Walks the journey from the start with the answers given, stopping at the first question not answered well. */
export function walk(answers: Answers, today: string, journey: Journey = JOURNEY): Walk {
  const accepted: Answers = {}
  const steps: Step[] = []
  for (const q of journey.questions) {
    if (!holds(q.when, factsOf(accepted, journey))) continue
    if (q.kind === 'radios' && q.autoAnswerSingleOption) {
      const options = optionsFor(q, accepted, journey)
      if (options.length === 1 && options[0]) {
        accepted[q.name] = options[0].value
        steps.push({ question: q, auto: true })
        continue
      }
    }
    steps.push({ question: q, auto: false })
    const check = checkStoredAnswer(q, answers[q.name], accepted, today, journey)
    if (!check.ok) return { steps, accepted, stoppedAt: { question: q, check }, derived: derive(accepted, journey) }
    accepted[q.name] = check.value
  }
  return { steps, accepted, derived: derive(accepted, journey) }
}

// Each journey's answer names, in its order, worked out once: every plan page writes a link back.
const answerNames = new WeakMap<Journey, readonly string[]>()

/** The query string for a set of answers, in journey order, lists repeated (appealAbout=a&appealAbout=b). */
export function answersQuery(answers: Answers, journey: Journey = JOURNEY): string {
  const pairs: [string, string][] = []
  let names = answerNames.get(journey)
  if (names === undefined) {
    names = [...new Set([...journey.questions.map((q) => q.name), 'today'])]
    answerNames.set(journey, names)
  }
  for (const n of names) for (const v of asList(answers[n])) pairs.push([n, v])
  return formQuery(pairs)
}

export const withQuery = (path: string, query: string) => (query ? `${path}?${query}` : path)

export const questionUrl = (q: Question, answers: Answers, journey: Journey = JOURNEY) =>
  withQuery(`/journey/${q.id}`, answersQuery(answers, journey))
export const checkAnswersUrl = (answers: Answers, journey: Journey = JOURNEY) =>
  withQuery('/journey/check-answers', answersQuery(answers, journey))

/** Where to go once the answers are as given: the first question without a good answer, or the check answers page. */
export function nextUrl(answers: Answers, today: string, journey: Journey = JOURNEY): string {
  const w = walk(answers, today, journey)
  const keep = keepToday(answers)
  if (!w.stoppedAt) return checkAnswersUrl({ ...w.accepted, ...keep }, journey)
  // Later answers travel on, so a change part-way through does not lose them.
  return questionUrl(w.stoppedAt.question, { ...answers, ...w.accepted, ...keep }, journey)
}

/** `today` travels with the answers, so a test or an adviser can fix the date the plan is worked out for. */
export function keepToday(answers: Answers): Answers {
  const today = asOne(answers.today)
  return today && isIsoDate(today) ? { today } : {}
}

/** The parameters of GET /plan for a complete set of answers, in the order of the plan's contract. */
export function planQueryFor(accepted: Answers, derived: Derived): string {
  const values: PlanParamValues = {}
  for (const key of PLAN_PARAMS) values[key] = accepted[key]
  const mediation = asOne(accepted.mediation)
  values.mediation = mediation === 'mediation' || mediation === 'certificate-only' ? mediation : undefined
  values.decision = derived.decision
  values.waitingFor = derived.waitingFor !== 'none' ? derived.waitingFor : undefined
  // The journey's `who` is who made the decision; the plan's `who` is who is asking.
  values.who = asOne(accepted.asker) === 'young-person' ? 'young-person' : undefined
  return planQueryString(values)
}

/**
 * The journey's answers that a plan's parameters imply, as far as they can be told: so a link
 * from a plan (or from a problem with one) goes back into the journey with what is known.
 */
export function answersFromPlanQuery(query: Record<string, unknown>, journey: Journey = JOURNEY): Answers {
  const one = (key: string) => {
    const v = query[key]
    return typeof v === 'string' && v !== '' && v.length <= 100 ? v : undefined
  }
  const answers: Answers = {}
  const decision = one('decision')
  const waitingFor = one('waitingFor')
  const q = happenedQuestion(journey)
  if (decision && q && q.kind !== 'date') {
    // An answer whose own facts are in the link comes first; then one named after the decision.
    const signalled = q.options.find((o) => o.signals?.some((key) => one(key) !== undefined) && (o.afterAppeal !== undefined || (o.decision === decision && o.waitingFor === waitingFor)))
    const option =
      signalled ??
      q.options.find((o) => o.decision === decision && o.waitingFor === waitingFor && o.value === decision) ??
      q.options.find((o) => o.decision === decision && o.waitingFor === waitingFor && o.signals === undefined)
    const first = conditions(option?.when)[0]
    if (option && first) {
      for (const [key, values] of Object.entries(first)) if (values[0]) answers[key] = values[0]
      answers.happened = option.value
      if (option.afterAppeal) {
        answers.appealed = decision
        answers.hasPlan = ['refuse-assessment', 'refuse-plan'].includes(decision) ? 'no' : 'yes'
      }
    }
  }
  // A link without `who` is a parent's or carer's, but the journey asks again rather than assume.
  if (one('who') === 'young-person') answers.asker = 'young-person'
  const about = query.appealAbout
  const list = (Array.isArray(about) ? about : [about]).filter((v): v is string => typeof v === 'string' && v !== '')
  if (list.length > 0) answers.appealAbout = list
  for (const key of SAME_NAME_ANSWERS) {
    const v = one(key)
    if (v) answers[key] = v
  }
  const mediation = one('mediation')
  if (mediation) answers.mediation = mediation
  else if (answers.laInformedOn || answers.concludedOn) answers.mediation = 'mediation'
  if (answers.mediation === 'mediation' && answers.concludedOn) answers.mediationHeld = 'yes'
  if (answers.certificateSentOn) answers.certificateReceived = 'yes'
  impliedAnswers(answers)
  const area = one('area')
  const areaQuestion = journey.questions.find((x) => x.name === 'area')
  const known = new Set(areaQuestion && areaQuestion.kind !== 'date' ? areaQuestion.options.map((o) => o.value) : [])
  if (area) answers.area = known.has(area.toLowerCase()) ? area.toLowerCase() : 'other'
  return answers
}

/** The answers to the "where are you now" questions that a plan link's dates imply. */
function impliedAnswers(answers: Answers) {
  if (answers.lastReviewOn) answers.reviewedBefore = 'yes'
  else if (answers.planMadeOn) answers.reviewedBefore = 'no'
  if (answers.amendmentNoticeSentOn) answers.amendmentsAfterReview = answers.reviewMeetingOn ? 'yes' : 'no'
  if (answers.unopposedOn) answers.appealNow = 'unopposed'
  else if (answers.hearingOn) answers.appealNow = 'hearing-set'
  else if (answers.registeredOn) answers.appealNow = 'registered'
  else if (answers.lodgedOn) answers.appealNow = 'waiting-registration'
  if (answers.stage2RequestedOn) answers.transportReview = 'stage-two'
  else if (answers.stage1DecisionOn) answers.transportReview = 'stage-one-answered'
  else if (answers.stage1RequestedOn) answers.transportReview = 'stage-one'
  if (answers.boardDecisionNoticeOn) answers.exclusionReview = 'upheld'
}

/** The journey link for one of the plan's fields: the question that asks for it, with what is known. */
export function questionUrlForField(field: string, answers: Answers, journey: Journey = JOURNEY): string {
  const name = field === 'decision' || field === 'waitingFor' ? 'who' : field
  const named = journey.questions.filter((x) => x.name === name)
  const facts = factsOf(answers, journey)
  const q = named.find((x) => holds(x.when, facts)) ?? named[0]
  return q ? questionUrl(q, answers, journey) : checkAnswersUrl(answers, journey)
}
