import { describe, test } from 'node:test'
import assert from 'node:assert/strict'
import { loadContent } from '../content/load-content.js'
import { computeTimeline, DECISION_IDS, type TimelineFacts } from '../law/index.js'
import { buildPlan } from '../web/features/plan/build-plan.js'
import { checkDateParts } from '../dates.js'
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
import { forYoungPerson, JOURNEY, journeyFor, journeySchema, journeyWithAreas, questionById } from './journey.js'
import { EHC_DATE_PARAMS, ENGINE_FIELDS } from './plan-params.js'
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
      const result = readPlanQuery(query, () => today, journey, content)
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
      { who: 'local-authority', hasPlan: 'yes', happened: 'plan-contents', appealAbout: ['placement'], noticeSentOn: '2026-10-26', area: 'knowsley' },
    )
    const w = walk({ asker: 'parent', ...answers }, today, journey)
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
    () => assert.equal(message(submit('26', '10', '26')), 'Year must include 4 numbers'),
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
      { ok: false, message: 'The date it happened must include a day and month', parts: ['day', 'month'] },
    )
  })
})

describe('the new situations reach a plan with the right decision and facts', () => {
  // The facts a plan link carries for the engine: the existing parameters through readPlanQuery's
  // rules, the new ones through ENGINE_FIELDS (which the plan link reads once the wire branch lands).
  function factsFromLink(query: Record<string, string | string[]>): TimelineFacts {
    const facts: Record<string, unknown> = { decision: query.decision, today }
    for (const key of ['noticeSentOn', 'actOn']) if (typeof query[key] === 'string') facts[key] = query[key]
    if (query.appealAbout) facts.appealAbout = [query.appealAbout].flat()
    const set = (path: string, value: string) => {
      const keys = path.split('.')
      let at = facts
      for (const k of keys.slice(0, -1)) at = (at[k] ??= {}) as Record<string, unknown>
      at[keys[keys.length - 1] as string] = value
    }
    for (const key of EHC_DATE_PARAMS) if (typeof query[key] === 'string') set(`ehc.${key}`, query[key])
    for (const [param, path] of Object.entries(ENGINE_FIELDS)) {
      const v = query[param]
      if (typeof v === 'string') set(path, v)
    }
    // The school's term dates come from the area's content in the plan; these are an example's.
    if (facts.exclusion) (facts.exclusion as Record<string, unknown>).termDates = [{ from: '2026-09-03', to: '2026-12-18' }, { from: '2027-01-05', to: '2027-03-26' }]
    return facts as unknown as TimelineFacts
  }

  const base: Answers = { asker: 'parent', who: 'local-authority', area: 'liverpool' }
  const cases: { name: string; answers: Answers; decision: string; params: Record<string, string>; milestones: string[] }[] = [
    {
      name: 'a draft plan received',
      answers: { ...base, hasPlan: 'no', happened: 'draft-plan', requestReceivedOn: '2026-06-01', draftPlanServedOn: '2026-10-26' },
      decision: 'la-conduct',
      params: { waitingFor: 'final-plan', draftPlanServedOn: '2026-10-26', requestReceivedOn: '2026-06-01' },
      milestones: ['draft-comments-by', 'final-plan-due'],
    },
    {
      name: 'an annual review coming, reviewed before',
      answers: { ...base, hasPlan: 'yes', happened: 'review-coming', reviewedBefore: 'yes', lastReviewOn: '2025-11-20' },
      decision: 'la-conduct',
      params: { lastReviewOn: '2025-11-20' },
      milestones: ['review-due'],
    },
    {
      name: 'an annual review coming, the first',
      answers: { ...base, hasPlan: 'yes', happened: 'review-coming', reviewedBefore: 'no', planMadeOn: '2025-12-01' },
      decision: 'la-conduct',
      params: { planMadeOn: '2025-12-01' },
      milestones: ['review-due'],
    },
    {
      name: 'a review just held, waiting for the decision',
      answers: { ...base, hasPlan: 'yes', happened: 'waiting-review-decision', reviewMeetingOn: '2026-11-02' },
      decision: 'la-conduct',
      params: { waitingFor: 'review-decision', reviewMeetingOn: '2026-11-02' },
      milestones: ['review-decision-due'],
    },
    {
      name: 'proposed amendments after a review',
      answers: { ...base, hasPlan: 'yes', happened: 'amendments', amendmentsAfterReview: 'yes', reviewMeetingOn: '2026-10-01', amendmentNoticeSentOn: '2026-10-26' },
      decision: 'la-conduct',
      params: { reviewMeetingOn: '2026-10-01', amendmentNoticeSentOn: '2026-10-26' },
      milestones: ['amendment-response-by', 'amended-plan-due', 'amended-plan-overall-due'],
    },
    {
      name: 'proposed amendments with no review',
      answers: { ...base, hasPlan: 'yes', happened: 'amendments', amendmentsAfterReview: 'no', amendmentNoticeSentOn: '2026-11-20' },
      decision: 'la-conduct',
      params: { amendmentNoticeSentOn: '2026-11-20' },
      milestones: ['amendment-response-by', 'amended-plan-due'],
    },
    {
      name: 'a move to secondary school',
      answers: { ...base, hasPlan: 'yes', happened: 'phase-transfer', transferKind: 'other', transferOn: '2027-09-01' },
      decision: 'la-conduct',
      params: { transferKind: 'other', transferOn: '2027-09-01' },
      milestones: ['phase-transfer-review-by'],
    },
    {
      name: 'a move between colleges',
      answers: { ...base, hasPlan: 'yes', happened: 'phase-transfer', transferKind: 'post-16-other', transferOn: '2027-09-01' },
      decision: 'la-conduct',
      params: { transferKind: 'post-16-other', transferOn: '2027-09-01' },
      milestones: ['phase-transfer-review-by'],
    },
    {
      name: 'an appeal lodged, with a hearing date',
      answers: { ...base, hasPlan: 'yes', happened: 'appeal-lodged', appealed: 'plan-contents', appealAbout: ['provision'], noticeSentOn: '2026-10-01', lodgedOn: '2026-11-02', appealNow: 'hearing-set', registeredOn: '2026-11-16', hearingOn: '2027-02-15' },
      decision: 'plan-contents',
      params: { appealAbout: 'provision', noticeSentOn: '2026-10-01', lodgedOn: '2026-11-02', registeredOn: '2026-11-16', hearingOn: '2027-02-15' },
      milestones: ['tribunal-lodged', 'tribunal-registered', 'la-response-due', 'hearing'],
    },
    {
      name: 'an appeal the council will not oppose',
      answers: { ...base, hasPlan: 'no', happened: 'appeal-lodged', appealed: 'refuse-assessment', noticeSentOn: '2026-10-01', lodgedOn: '2026-11-02', appealNow: 'unopposed', unopposedOn: '2026-11-20' },
      decision: 'refuse-assessment',
      params: { lodgedOn: '2026-11-02', unopposedOn: '2026-11-20' },
      milestones: ['tribunal-lodged', 'unopposed-assessment-notice'],
    },
    {
      name: 'a Tribunal order not carried out',
      answers: { ...base, hasPlan: 'no', happened: 'order-not-done', appealed: 'refuse-plan', noticeSentOn: '2026-05-01', orderSentOn: '2026-10-26' },
      decision: 'refuse-plan',
      params: { order: 'make-plan', orderSentOn: '2026-10-26' },
      milestones: ['order-draft-plan'],
    },
    {
      name: 'a travel refusal, at stage 2',
      answers: { ...base, happened: 'transport', hasPlan: 'yes', noticeSentOn: '2026-10-26', transportReview: 'stage-two', stage1RequestedOn: '2026-11-02', stage1DecisionOn: '2026-11-20', stage2RequestedOn: '2026-11-23' },
      decision: 'transport',
      params: { noticeSentOn: '2026-10-26', stage1RequestedOn: '2026-11-02', stage1DecisionOn: '2026-11-20', stage2RequestedOn: '2026-11-23' },
      milestones: ['transport-review-request-by', 'transport-review-reply-due', 'transport-appeal-request-by', 'transport-panel-decision-due'],
    },
    {
      name: 'an exclusion the governing board upheld',
      answers: { ...base, who: 'exclusion', actOn: '2026-10-01', exclusionReview: 'upheld', boardDecisionNoticeOn: '2026-10-20', spokenToSchool: 'yes' },
      decision: 'exclusion',
      params: { actOn: '2026-10-01', boardDecisionNoticeOn: '2026-10-20' },
      milestones: ['exclusion-review-application-by'],
    },
  ]

  for (const c of cases) {
    test(c.name, () => {
      const w = walk(c.answers, today, journey)
      assert.equal(w.stoppedAt?.question.id, undefined, `stopped at ${w.stoppedAt?.question.id}`)
      const query = queryOf(planQueryFor(w.accepted, w.derived))
      assert.equal(query.decision, c.decision)
      for (const [key, value] of Object.entries(c.params)) assert.deepEqual(query[key], value, key)
      assert.equal(query.who, undefined, 'a parent is the default: no `who`')
      const milestones = computeTimeline(factsFromLink(query)).milestones.map((m) => m.id)
      for (const id of c.milestones) assert.ok(milestones.some((m) => m === id || m.startsWith(`${id}`)), `${id} in ${milestones.join(', ')}`)
      // The link leads back into the journey with the same answers.
      // (A travel link does not say whether there is an EHC plan, so that one answer is added.)
      const back = walk({ asker: 'parent', hasPlan: c.answers.hasPlan ?? 'no', ...answersFromPlanQuery(query, journey) }, today, journey)
      assert.equal(back.stoppedAt, undefined, `back into the journey: stopped at ${back.stoppedAt?.question.id}`)
      assert.deepEqual(back.accepted, w.accepted)
    })
  }

  test('the journey reaches every new situation, and mediation is not asked after an appeal', () => {
    const paths = allJourneyPaths(journey)
    const reached = new Set(paths.map((p) => p.answers.happened))
    for (const h of ['draft-plan', 'review-coming', 'amendments', 'phase-transfer', 'appeal-lodged', 'order-not-done', 'transport']) assert.ok(reached.has(h), h)
    for (const p of paths.filter((x) => x.answers.happened === 'appeal-lodged' || x.answers.happened === 'order-not-done')) {
      assert.ok(!p.asked.includes('mediation-adviser'), JSON.stringify(p.answers))
      assert.ok(p.asked.includes('appealed-letter-date') && !p.asked.includes('letter-date'))
    }
  })
})

describe('new situations: errors', () => {
  const appeal: Answers = { asker: 'parent', who: 'local-authority', hasPlan: 'yes', happened: 'appeal-lodged', appealed: 'cease-plan', noticeSentOn: '2026-10-26' }
  const submitDate = (id: string, name: string, accepted: Answers, d: string, m: string, y: string) => {
    const c = checkSubmittedAnswer(q(id), { [`${name}-day`]: d, [`${name}-month`]: m, [`${name}-year`]: y }, accepted, today)
    return c.ok ? c.value : c.error?.message
  }

  test('what the appeal was about must be chosen, from the decisions that fit', () => {
    const c = checkSubmittedAnswer(q('appeal-about'), { appealed: 'refuse-assessment' }, appeal, today)
    assert.equal(!c.ok && c.error?.message, 'Select what your appeal was about', 'no plan-holder appeals a refused assessment')
  })
  test('an appeal sent before the decision letter', () =>
    assert.equal(submitDate('lodged-date', 'lodgedOn', appeal, '1', '10', '2026'), 'The date you sent the appeal must be the same as or after the date on the decision letter'))
  test('an appeal sent in the future', () =>
    assert.equal(submitDate('lodged-date', 'lodgedOn', appeal, '1', '12', '2026'), 'The date you sent the appeal must be today or in the past'))
  test('a hearing in the future is fine; before registration is not', () => {
    const registered = { ...appeal, lodgedOn: '2026-11-02', appealNow: 'hearing-set', registeredOn: '2026-11-16' }
    assert.equal(submitDate('hearing-date', 'hearingOn', registered, '15', '2', '2027'), '2027-02-15')
    assert.equal(submitDate('hearing-date', 'hearingOn', registered, '1', '11', '2026'), 'The date of the hearing must be the same as or after the date the appeal was registered')
    assert.equal(submitDate('hearing-date', 'hearingOn', registered, '', '', ''), 'Enter the date of the hearing')
  })
  test('the order date', () => {
    const order = { asker: 'parent', who: 'local-authority', hasPlan: 'no', happened: 'order-not-done', appealed: 'refuse-plan', order: 'make-plan', noticeSentOn: '2026-05-01' }
    assert.equal(submitDate('order-date', 'orderSentOn', order, '30', '2', '2026'), 'The date the decision was sent must be a real date')
    assert.equal(submitDate('order-date', 'orderSentOn', order, '1', '4', '2026'), 'The date the decision was sent must be the same as or after the date on the council’s decision letter')
  })
  test('a move date needs all its parts', () => {
    const move = { asker: 'parent', who: 'local-authority', hasPlan: 'yes', happened: 'phase-transfer', transferKind: 'other' }
    assert.equal(submitDate('transfer-date', 'transferOn', move, '1', '', '2027'), 'The date of the move must include a month')
  })
  test('the stage 2 request cannot come before the stage 1 answer', () => {
    const travel = { asker: 'parent', who: 'local-authority', hasPlan: 'no', happened: 'transport', noticeSentOn: '2026-10-26', transportReview: 'stage-two', stage1RequestedOn: '2026-11-02', stage1DecisionOn: '2026-11-20' }
    assert.equal(submitDate('stage-two-date', 'stage2RequestedOn', travel, '19', '11', '2026'), 'The date you asked for a stage 2 review must be the same as or after the date of the stage 1 answer')
  })
  test('the proposed changes cannot come before the review meeting', () => {
    const amend = { asker: 'parent', who: 'local-authority', hasPlan: 'yes', happened: 'amendments', amendmentsAfterReview: 'yes', reviewMeetingOn: '2026-10-01' }
    assert.equal(submitDate('amendment-date', 'amendmentNoticeSentOn', amend, '30', '9', '2026'), 'The date of the proposed changes must be the same as or after the date of the annual review meeting')
  })
  test('the board decision cannot come before the exclusion', () => {
    const ex = { asker: 'parent', who: 'exclusion', actOn: '2026-10-01', exclusionReview: 'upheld' }
    assert.equal(submitDate('board-decision-date', 'boardDecisionNoticeOn', ex, '30', '9', '2026'), 'The date you were told the board’s decision must be the same as or after the date of the exclusion')
  })
})

describe('a young person asking for themselves', () => {
  const young = forYoungPerson(journey)
  const young1 = { asker: 'young-person', who: 'local-authority', hasPlan: 'yes', happened: 'plan-contents', appealAbout: ['needs'], noticeSentOn: '2026-10-26', mediation: 'not-yet', area: 'knowsley' }

  test('no question, hint, option or message shown to them speaks of a child', () => {
    for (const question of young.questions) {
      if (question.name === 'asker') continue
      const words = [question.title, question.hint, question.checkLabel, question.errors.required]
      if (question.kind !== 'date') for (const o of question.options) words.push(o.text, o.hint)
      for (const w of words) if (w) assert.doesNotMatch(w, /\bchild/i, `${question.id}: ${w}`)
    }
  })
  test('the same questions, in the same order, are asked', () => {
    assert.deepEqual(young.questions.map((x) => x.id), journey.questions.map((x) => x.id))
  })
  test('the plan link carries who=young-person, and reads back', () => {
    const w = walk(young1, today, journey)
    assert.equal(w.stoppedAt, undefined)
    const query = planQueryFor(w.accepted, w.derived)
    assert.match(query, /&who=young-person$/)
    assert.equal(answersFromPlanQuery(queryOf(query), journey).asker, 'young-person')
    assert.equal(answersFromPlanQuery(queryOf(query.replace('&who=young-person', '')), journey).asker, undefined, 'asked again, not assumed')
  })
  test('the journey in their words is chosen from the answers', () => {
    assert.equal(journeyFor({ asker: 'young-person' }, journey, young), young)
    assert.equal(journeyFor({ asker: 'parent' }, journey, young), journey)
    assert.equal(journeyFor({}, journey, young), journey)
  })
})
