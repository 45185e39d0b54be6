import { describe, test } from 'node:test'
import assert from 'node:assert/strict'
import { loadContent } from '../content/load-content.js'
import { DECISION_IDS } from '../law/index.js'
import { buildPlan } from '../web/features/plan/build-plan.js'
import { checkDateParts } from './dates.js'
import {
  answersFromPlanQuery,
  checkSubmittedAnswer,
  derive,
  nextUrl,
  planQueryFor,
  rawAnswers,
  walk,
  type Answers,
} from './engine.js'
import { allJourneyPaths, EXAMPLE_TODAY } from './paths.js'
import { JOURNEY, journeySchema, journeyWithAreas, questionById } from './journey.js'
import { readPlanQuery } from './plan-link.js'

// The journey as the service offers it: the areas come from content/areas/ (these two are ours).
const journey = journeyWithAreas([
  { id: 'liverpool', name: 'Liverpool' },
  { id: 'knowsley', name: 'Knowsley' },
])

const today = EXAMPLE_TODAY
const q = (id: string) => {
  const found = questionById.get(id)
  assert.ok(found, `question ${id} exists`)
  return found
}
const queryOf = (search: string) => {
  const params = new URLSearchParams(search)
  const out: Record<string, string | string[]> = {}
  for (const key of new Set(params.keys())) {
    const all = params.getAll(key)
    out[key] = all.length > 1 ? all : (all[0] as string)
  }
  return out
}

describe('the journey as data', () => {
  test('is checked when it loads, and every question id is a URL segment', () => {
    assert.ok(JOURNEY.questions.length >= 10)
    for (const question of JOURNEY.questions) assert.match(question.id, /^[a-z]+(-[a-z]+)*$/)
  })

  test('a condition on an answer that is not asked earlier is refused', () => {
    const broken = { questions: [{ id: 'a', name: 'a', kind: 'radios', title: 'A?', checkLabel: 'A', when: { later: ['x'] }, errors: { required: 'Select A' }, options: [{ value: 'x', text: 'X' }] }] }
    const result = journeySchema.safeParse(broken)
    assert.equal(result.success, false)
    assert.match(JSON.stringify(result.error?.issues), /later/)
  })

  test('a "what happened" option must say which engine decision it means', () => {
    const broken = { questions: [{ id: 'what-happened', name: 'happened', kind: 'radios', title: 'What?', checkLabel: 'What', errors: { required: 'Select' }, options: [{ value: 'x', text: 'X' }] }] }
    assert.equal(journeySchema.safeParse(broken).success, false)
  })

  test('every area offered, other than "somewhere else", has a local directory', () => {
    const area = q('area')
    const content = loadContent()
    assert.ok(area.kind === 'radios')
    if (area.kind === 'radios') {
      for (const o of area.options) if (o.value !== 'other') assert.ok(content.areas.has(o.value), o.value)
    }
  })

  test('date questions have error messages in the GOV.UK pattern', () => {
    const letter = q('letter-date')
    assert.equal(letter.kind, 'date')
    if (letter.kind === 'date') {
      assert.equal(letter.errors.required, 'Enter the date on the decision letter')
      assert.equal(letter.subject, 'The date on the decision letter')
    }
  })
})

describe('every branch of the journey', () => {
  const paths = allJourneyPaths(journey)
  const content = loadContent()

  test('there are hundreds of ways through, and every engine decision is reached', () => {
    assert.ok(paths.length > 300, `${paths.length} paths`)
    const reached = new Set(paths.map((p) => derive(p.answers).decision))
    for (const id of DECISION_IDS) assert.ok(reached.has(id), `the journey reaches ${id}`)
  })

  test('each one ends in a plan the engine accepts', () => {
    for (const path of paths) {
      const w = walk(path.answers, today, journey)
      assert.equal(w.stoppedAt, undefined)
      const query = queryOf(planQueryFor({ ...w.accepted, today }, w.derived))
      const result = readPlanQuery(query, () => today, journey)
      assert.ok(result.ok, `${JSON.stringify(query)}: ${JSON.stringify(!result.ok && result.problems)}`)
      if (result.ok) {
        const plan = buildPlan(result.request, content)
        assert.ok(plan.routes.length > 0, `routes for ${JSON.stringify(query)}`)
      }
    }
  })

  test('only questions that fit earlier answers are asked', () => {
    for (const path of paths) {
      const d = derive(path.answers)
      assert.equal(path.asked.includes('plan-parts'), d.decision === 'plan-contents')
      assert.equal(path.asked.includes('mediation-adviser'), d.mediationAdviceRequired === 'yes')
      const letterAsked = path.asked.includes('letter-date') || path.asked.includes('appealed-letter-date')
      assert.equal(letterAsked, d.needsNoticeDate === 'yes')
      if (path.answers.who === 'exclusion' || path.answers.who === 'discrimination') {
        assert.ok(!path.asked.includes('what-happened') && !path.asked.includes('ehc-plan'))
      }
    }
  })

  test('an appeal only about the school named asks nothing about mediation', () => {
    const placementOnly = paths.filter((p) => Array.isArray(p.answers.appealAbout) && p.answers.appealAbout.join() === 'placement')
    assert.ok(placementOnly.length > 0)
    for (const p of placementOnly) assert.ok(!p.asked.includes('mediation-adviser'))
  })
})

describe('walking the answers', () => {
  const start: Answers = { asker: 'parent', who: 'local-authority', hasPlan: 'no', happened: 'refuse-assessment' }

  test('stops at the first question without an answer', () => {
    assert.equal(walk({}, today, journey).stoppedAt?.question.id, 'who-is-asking')
    assert.equal(walk(start, today, journey).stoppedAt?.question.id, 'letter-date')
  })

  test('a bad earlier answer sends you back to that question, keeping the good ones', () => {
    const w = walk({ ...start, hasPlan: 'maybe', noticeSentOn: '2026-10-26' }, today, journey)
    assert.equal(w.stoppedAt?.question.id, 'ehc-plan')
    assert.deepEqual(w.accepted, { asker: 'parent', who: 'local-authority' })
    assert.match(nextUrl({ ...start, hasPlan: 'maybe' }, today), /^\/journey\/ehc-plan\?asker=parent&who=local-authority/)
  })

  test('a choice the earlier answers no longer offer is asked again, without an error', () => {
    const w = walk({ asker: 'parent', who: 'school', hasPlan: 'yes', happened: 'refuse-assessment' }, today, journey)
    assert.equal(w.stoppedAt?.question.id, 'what-happened')
    assert.equal(w.stoppedAt?.check.ok, false)
    assert.equal(!w.stoppedAt?.check.ok && w.stoppedAt?.check.error, undefined)
  })

  test('an impossible date in the URL says why', () => {
    const w = walk({ ...start, noticeSentOn: '2026-02-31' }, today, journey)
    assert.equal(w.stoppedAt?.question.id, 'letter-date')
    const check = w.stoppedAt?.check
    assert.ok(check && !check.ok)
    assert.equal(check.error?.message, 'The date on the decision letter must be a real date')
  })

  test('answers to questions that no longer apply are dropped', () => {
    const w = walk(
      { asker: 'parent', who: 'exclusion', hasPlan: 'yes', happened: 'plan-contents', actOn: '2026-11-02', exclusionReview: 'not-yet', spokenToSchool: 'yes', area: 'liverpool' },
      today, journey,
    )
    assert.equal(w.stoppedAt, undefined)
    assert.deepEqual(Object.keys(w.accepted).sort(), ['actOn', 'area', 'asker', 'exclusionReview', 'happened', 'spokenToSchool', 'who'])
    assert.equal(w.accepted.happened, 'exclusion')
  })

  test('still waiting: the journey asks for the date the council got the request and plans with la-conduct', () => {
    const w = walk(
      { asker: 'parent', who: 'local-authority', hasPlan: 'no', happened: 'waiting-assessment-decision', requestReceivedOn: '2026-09-01', area: 'knowsley' },
      today, journey,
    )
    assert.equal(w.stoppedAt, undefined)
    assert.equal(
      planQueryFor(w.accepted, w.derived),
      'decision=la-conduct&area=knowsley&requestReceivedOn=2026-09-01&waitingFor=assessment-decision',
    )
  })

  test('only names the journey knows are read from a query', () => {
    assert.deepEqual(rawAnswers({ who: 'school', evil: 'x', appealAbout: ['needs', 'placement'], today: '2026-01-01', area: '' }), {
      who: 'school',
      appealAbout: ['needs', 'placement'],
      today: '2026-01-01',
    })
  })

  test('a plan link leads back into the journey with what it implies', () => {
    const answers = answersFromPlanQuery({ decision: 'plan-contents', noticeSentOn: '2026-10-26', appealAbout: 'placement', area: 'Knowsley' }, journey)
    assert.deepEqual(
      answers,
      { asker: 'parent', who: 'local-authority', hasPlan: 'yes', happened: 'plan-contents', appealAbout: ['placement'], noticeSentOn: '2026-10-26', area: 'knowsley' },
    )
    const w = walk(answers, today, journey)
    assert.equal(w.stoppedAt, undefined)
  })
})

describe('answers as submitted', () => {
  const accepted: Answers = { asker: 'parent', who: 'local-authority', hasPlan: 'no', happened: 'refuse-assessment' }
  const letter = q('letter-date')
  const submit = (day: string, month: string, year: string) =>
    checkSubmittedAnswer(
      letter,
      { 'noticeSentOn-day': day, 'noticeSentOn-month': month, 'noticeSentOn-year': year },
      accepted,
      today,
    )
  const message = (c: ReturnType<typeof submit>) => (c.ok ? undefined : c.error?.message)

  test('nothing entered', () => assert.equal(message(submit('', '', '')), 'Enter the date on the decision letter'))
  test(
    'a part missing',
    () => assert.equal(message(submit('26', '', '2026')), 'The date on the decision letter must include a month'),
  )
  test(
    'an impossible date (31/02/2026)',
    () => assert.equal(message(submit('31', '02', '2026')), 'The date on the decision letter must be a real date'),
  )
  test(
    'letters instead of numbers',
    () => assert.equal(message(submit('aa', '10', '2026')), 'The date on the decision letter must be a real date'),
  )
  test(
    'a two-digit year',
    () => assert.equal(message(submit('26', '10', '26')), 'The date on the decision letter must be a real date'),
  )
  test(
    'a date in the future',
    () => assert.equal(message(submit('28', '11', '2026')), 'The date on the decision letter must be today or in the past'),
  )
  test('today is fine', () => assert.deepEqual(submit('27', '11', '2026'), { ok: true, value: '2026-11-27' }))
  test(
    'a month name is understood',
    () => assert.deepEqual(submit('26', 'Oct', '2026'), { ok: true, value: '2026-10-26' }),
  )

  test('a date before an earlier event says which', () => {
    const check = checkSubmittedAnswer(
      q('adviser-date'),
      { 'adviserInformedOn-day': '1', 'adviserInformedOn-month': '10', 'adviserInformedOn-year': '2026' },
      { ...accepted, noticeSentOn: '2026-10-26', mediation: 'certificate-only' },
      today,
    )
    assert.equal(
      !check.ok && check.error?.message,
      'The date you told the mediation adviser must be the same as or after the date on the decision letter',
    )
  })

  test('no choice, or a choice not offered, asks to select one', () => {
    const who = q('who')
    assert.equal(
      message(checkSubmittedAnswer(who, {}, { asker: 'parent' }, today)),
      'Select who made the decision or what you are worried about',
    )
    assert.equal(
      message(checkSubmittedAnswer(who, { who: 'the-moon' }, { asker: 'parent' }, today)),
      'Select who made the decision or what you are worried about',
    )
    const parts = q('plan-parts')
    assert.equal(
      message(checkSubmittedAnswer(parts, {}, { asker: 'parent', who: 'local-authority', hasPlan: 'yes', happened: 'plan-contents' }, today)),
      'Select which parts of the EHC plan you disagree with',
    )
  })

  test('the date rules on their own', () => {
    const rules = { subject: 'The date it happened', required: 'Enter the date it happened', notFuture: true, today }
    assert.deepEqual(
      checkDateParts({ day: ' 1 ', month: ' 2 ', year: ' 2026 ' }, rules),
      { ok: true, iso: '2026-02-01' },
    )
    const old = checkDateParts({ day: '1', month: '1', year: '1980' }, rules)
    assert.equal(!old.ok && old.message, 'The date it happened must be in 1990 or later')
    const missing = checkDateParts({ day: '', month: '', year: '2026' }, rules)
    assert.deepEqual(
      missing,
      { ok: false, message: 'The date it happened must include a day and a month', parts: ['day', 'month'] },
    )
  })
})
