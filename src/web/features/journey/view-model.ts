import { govukDate, isoToParts, type DateParts } from '../../../dates.js'
import {
  answersQuery,
  checkAnswersUrl,
  optionsFor,
  planQueryFor,
  questionUrl,
  type AnswerCheck,
  type Answers,
  type Walk,
} from '../../../journey/engine.js'
import { dateErrorHref, dateInputParams } from '../../date-input.js'
import { JOURNEY, type Journey, type Question } from '../../../journey/journey.js'

// The hidden words after "Change" on check your answers, read as one phrase by screen readers:
// "Change whether your child has an EHC plan", "Change the date on the decision letter".
const CHANGE_WHAT: Readonly<Record<string, string>> = {
  'EHC plan': 'whether your child has an EHC plan',
  'Parts of the plan': 'which parts of the plan',
  'Talked to the school or college': 'whether you have talked to the school or college',
  'Mediation adviser': 'whether you have contacted the mediation adviser',
  'Mediation finished': 'whether the mediation has finished',
  'Mediation certificate': 'whether you have the mediation certificate',
}
export function changeWhat(label: string): string {
  const known = CHANGE_WHAT[label]
  if (known) return known
  const lower = label.charAt(0).toLowerCase() + label.slice(1)
  return lower.startsWith('date ') ? `the ${lower}` : lower
}

// Turns a journey question into the parameters of the GOV.UK macro that draws it (one thin macro
// per kind in views/components/question.njk), with the error summary's links to the field.

export interface QuestionPage {
  title: string
  backLink: string
  errorList: { text: string; href: string }[]
  formAction: string
  hidden: { name: string; value: string }[]
  field: { kind: Question['kind']; params: Record<string, unknown> }
}

const legend = (q: Question) => ({ text: q.title, isPageHeading: true, classes: 'govuk-fieldset__legend--l' })

/** The hidden fields that carry every other answer through a GET form. */
function hiddenFields(q: Question, answers: Answers, journey: Journey): { name: string; value: string }[] {
  const rest = { ...answers }
  delete rest[q.name]
  return [...new URLSearchParams(answersQuery(rest, journey)).entries()].map(([name, value]) => ({ name, value }))
}

/** The page before this one: the previous question asked (not one answered for the family), or the start page. */
function previousUrl(q: Question, w: Walk, answers: Answers, journey: Journey): string {
  const index = w.steps.findIndex((s) => s.question.id === q.id)
  const before = w.steps.slice(0, index === -1 ? 0 : index).filter((s) => !s.auto)
  const previous = before[before.length - 1]
  if (previous) return questionUrl(previous.question, answers, journey)
  return answers.today ? `/start?${answersQuery({ today: answers.today })}` : '/start'
}

export function questionPage(q: Question, w: Walk, answers: Answers, check: AnswerCheck | undefined, journey: Journey = JOURNEY): QuestionPage {
  const error = check && !check.ok ? check.error : undefined
  const value = answers[q.name]
  const base = {
    title: q.title,
    backLink: previousUrl(q, w, answers, journey),
    formAction: `/journey/${q.id}/answer`,
    hidden: hiddenFields(q, answers, journey),
  }
  if (q.kind === 'date') {
    // What was typed if it was wrong; otherwise the answer already given, so "change" shows it.
    const entered: DateParts = (check && !check.ok && check.entered) || isoToParts(typeof value === 'string' ? value : '')
    const id = q.name
    return {
      ...base,
      errorList: error ? [{ text: error.message, href: dateErrorHref(id, error.parts) }] : [],
      field: {
        kind: 'date',
        params: dateInputParams({ id, name: id, legend: legend(q), hint: q.hint ? { text: q.hint } : undefined, entered, error }),
      },
    }
  }
  const chosen = new Set(Array.isArray(value) ? value : value === undefined ? [] : [value])
  const items = optionsFor(q, answers, journey).map((o) => ({
    value: o.value,
    text: o.text,
    ...(o.hint ? { hint: { text: o.hint } } : {}),
    checked: chosen.has(o.value),
  }))
  return {
    ...base,
    errorList: error ? [{ text: error.message, href: `#${q.name}` }] : [],
    field: {
      kind: q.kind,
      params: {
        idPrefix: q.name,
        name: q.name,
        fieldset: { legend: legend(q) },
        ...(q.hint ? { hint: { text: q.hint } } : {}),
        ...(error ? { errorMessage: { text: error.message } } : {}),
        items,
      },
    },
  }
}

export interface CheckAnswersPage {
  title: string
  backLink: string
  rows: Record<string, unknown>[]
  planUrl: string
}

export function checkAnswersPage(w: Walk, answers: Answers, journey: Journey = JOURNEY): CheckAnswersPage {
  const accepted = w.accepted
  const all = { ...accepted, ...(answers.today ? { today: answers.today } : {}) }
  const asked = w.steps.filter((s) => !s.auto)
  // The walk's questions, in the words of the journey shown (a young person's, perhaps).
  const position = (id: string) => journey.questions.findIndex((x) => x.id === id)
  const rows = w.steps.map(({ question: walked, auto }) => {
    const q = journey.questions[position(walked.id)] ?? walked
    const value = accepted[q.name]
    let shown: { text: string } | { html: string } = { text: '' }
    if (q.kind === 'date') shown = { text: typeof value === 'string' ? govukDate(value) : '' }
    else {
      const options = optionsFor(q, accepted, journey)
      const values = Array.isArray(value) ? value : value === undefined ? [] : [value]
      const chosen = values.map((v) => options.find((o) => o.value === v)?.text ?? v)
      const items = chosen.map((t) => `<li>${escapeHtml(t)}</li>`).join('')
      shown = chosen.length > 1 ? { html: `<ul class="govuk-list">${items}</ul>` } : { text: chosen[0] ?? '' }
    }
    // An answer worked out for the family is changed by changing the question that decided it.
    const before = (s: { question: Question }) => position(s.question.id) < position(q.id)
    const changeAt = auto ? asked.filter(before).pop()?.question : q
    const change = changeAt && { href: questionUrl(changeAt, all, journey), text: 'Change', visuallyHiddenText: changeWhat(q.checkLabel) }
    return {
      key: { text: q.checkLabel },
      value: shown,
      ...(change ? { actions: { items: [change] } } : {}),
    }
  })
  const last = asked[asked.length - 1]
  return {
    title: 'Check your answers',
    backLink: last ? questionUrl(last.question, all, journey) : '/start',
    rows,
    planUrl: `/plan?${planQueryFor(all, w.derived)}`,
  }
}

export { checkAnswersUrl }

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c)
