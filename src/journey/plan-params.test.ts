import { test } from 'node:test'
import assert from 'node:assert/strict'
import { computeTimeline, type TimelineFacts } from '../law/index.js'
import { loadContent } from '../content/load-content.js'
import { planQuerySchema, readPlanQuery } from './plan-link.js'
import { FACT_PARAMS, PLAN_PARAMS, planQueryString, SAME_NAME_ANSWERS } from './plan-params.js'
import { answersFromPlanQuery } from './engine.js'
import { JOURNEY } from './journey.js'

// Issue 10's facts in the one list of plan parameters: read into the engine's facts and written
// back unchanged, so the plan, its calendar, its print page and its links carry every one.

const TODAY = '2026-03-11'
const content = loadContent()
const read = (query: Record<string, string>) => readPlanQuery(query, () => TODAY, JOURNEY, content)
const sorted = (qs: string) => [...new URLSearchParams(qs)].sort(([a], [b]) => a.localeCompare(b))

const LINKS: [Record<string, string>, Omit<TimelineFacts, 'today'>][] = [
  [
    { decision: 'refuse-amend', noticeSentOn: '2026-01-05', firstKnewOn: '2026-01-06', planMadeOn: '2025-01-10', lastReviewOn: '2025-06-01', reassessmentRequestedOn: '2026-01-01', reassessmentDecisionOn: '2026-01-20', transferKind: 'post-16-other', transferOn: '2026-09-01' },
    { decision: 'refuse-amend', noticeSentOn: '2026-01-05', firstKnewOn: '2026-01-06', ehc: { planMadeOn: '2025-01-10', lastReviewOn: '2025-06-01', reassessmentRequestedOn: '2026-01-01', reassessmentDecisionOn: '2026-01-20', transfer: { kind: 'post-16-other', on: '2026-09-01' } } },
  ],
  [
    { decision: 'refuse-plan', noticeSentOn: '2026-01-05', transferKind: 'secondary-to-post-16', transferYear: '2026' },
    { decision: 'refuse-plan', noticeSentOn: '2026-01-05', ehc: { transfer: { kind: 'secondary-to-post-16', year: 2026 } } },
  ],
  [
    { decision: 'refuse-plan', noticeSentOn: '2025-11-05', lodgedOn: '2025-12-01', registeredOn: '2025-12-03', hearingOn: '2026-02-20', decisionSentOn: '2026-03-01', order: 'make-plan', orderSentOn: '2026-03-02', orderMadeOn: '2026-03-01', recommendations: 'yes' },
    { decision: 'refuse-plan', noticeSentOn: '2025-11-05', tribunal: { lodgedOn: '2025-12-01', registeredOn: '2025-12-03', hearingOn: '2026-02-20', decisionSentOn: '2026-03-01', order: 'make-plan', orderSentOn: '2026-03-02', orderMadeOn: '2026-03-01', recommendations: true } },
  ],
  [
    { decision: 'refuse-plan', noticeSentOn: '2026-01-05', lodgedOn: '2026-02-01', unopposedOn: '2026-03-01', recommendations: 'no' },
    { decision: 'refuse-plan', noticeSentOn: '2026-01-05', tribunal: { lodgedOn: '2026-02-01', unopposedOn: '2026-03-01', recommendations: false } },
  ],
  [
    { decision: 'social-care-provision', actOn: '2026-01-05', complaintMadeOn: '2026-01-10', reviewPanelRequestedOn: '2026-02-10' },
    { decision: 'social-care-provision', actOn: '2026-01-05', complaint: { madeOn: '2026-01-10', reviewPanelRequestedOn: '2026-02-10' } },
  ],
  [
    { decision: 'transport', noticeSentOn: '2026-02-02', stage1RequestedOn: '2026-02-10', stage1DecisionOn: '2026-02-20', stage2RequestedOn: '2026-02-25' },
    { decision: 'transport', noticeSentOn: '2026-02-02', transport: { stage1RequestedOn: '2026-02-10', stage1DecisionOn: '2026-02-20', stage2RequestedOn: '2026-02-25' } },
  ],
  [
    { decision: 'disability-discrimination', actOn: '2026-03-02', discriminationBy: 'college' },
    { decision: 'disability-discrimination', actOn: '2026-03-02', discriminationBy: 'college' },
  ],
]

test('every new parameter is in the one list', () => {
  for (const param of Object.keys(FACT_PARAMS)) assert.ok((PLAN_PARAMS as readonly string[]).includes(param), param)
})

test('each link gives the engine the nested facts, and writes back exactly the same parameters', () => {
  const seen = new Set<string>()
  for (const [query, facts] of LINKS) {
    const result = read(query)
    assert.ok(result.ok, JSON.stringify(result))
    assert.deepEqual(result.request.timeline, computeTimeline({ ...facts, today: TODAY }), JSON.stringify(query))
    assert.deepEqual(sorted(planQueryString(result.request.query)), sorted(new URLSearchParams(query).toString()))
    for (const key of Object.keys(query)) seen.add(key)
  }
  for (const param of Object.keys(FACT_PARAMS).filter((p) => !p.startsWith('board') && !p.startsWith('application'))) assert.ok(seen.has(param), `a round trip for ${param}`)
})

test("an exclusion link is counted with its area's published term dates, and round-trips", () => {
  const query = { decision: 'exclusion', area: 'liverpool', boardNotifiedOn: '2026-02-24', boardDecisionNoticeOn: '2026-03-02', applicationPostedOn: '2026-03-05' }
  const result = read(query)
  assert.ok(result.ok, JSON.stringify(result))
  assert.equal(result.request.timeline.milestones.find((m) => m.id === 'exclusion-review-application-by')?.date, '2026-03-23')
  assert.ok(result.request.timeline.schoolDaysNote)
  assert.deepEqual(sorted(planQueryString(result.request.query)), sorted(new URLSearchParams(query).toString()))
  const delivered = read({ decision: 'exclusion', area: 'liverpool', boardDecisionNoticeOn: '2026-03-02', applicationDeliveredOn: '2026-03-04' })
  assert.ok(delivered.ok, JSON.stringify(delivered))
})

test('in a year the council has not published, the plan says the days cannot be counted yet and to ask the school', () => {
  const result = read({ decision: 'exclusion', area: 'liverpool', boardDecisionNoticeOn: '2026-10-05', today: '2026-10-06' })
  assert.ok(result.ok, JSON.stringify(result))
  assert.match(result.request.schoolDaysUnknown ?? '', /^Liverpool's school term dates for 2026\/27 are not (published|confirmed) yet, so the school days cannot be counted yet\. Ask your child's school/)
  assert.equal(result.request.timeline.milestones.find((m) => m.id === 'exclusion-review-application-by'), undefined)
})

const BAD: [string, Record<string, string>, string, RegExp][] = [
  ['an unknown kind of move', { transferKind: 'sideways', transferYear: '2026' }, 'transferKind', /\(transferKind\)$/],
  ['a year that is not four digits', { transferKind: 'other', transferYear: 'next' }, 'transferYear', /four digits/],
  ['an unknown order', { order: 'apologise', orderSentOn: '2026-03-01' }, 'order', /make-plan/],
  ['recommendations that are not yes or no', { recommendations: 'maybe' }, 'recommendations', /yes or no/],
  ['an unknown discriminator', { decision: 'disability-discrimination', actOn: '2026-03-02', discriminationBy: 'shop' }, 'discriminationBy', /school, college or local authority/],
  ['an impossible hearing date', { hearingOn: '2026-02-30' }, 'hearingOn', /^The hearing date must be a real date/],
  ['an order without its date', { order: 'make-plan' }, 'orderSentOn', /order was sent/],
  ['registered before lodged', { lodgedOn: '2026-02-10', registeredOn: '2026-02-01' }, 'registeredOn', /registered before/],
  ['a post-16 move without its date', { transferKind: 'post-16-other' }, 'transferOn', /date of the move/],
]
for (const [why, extra, field, message] of BAD) {
  test(`a plan link with ${why} names ${field}`, () => {
    const result = read({ decision: 'refuse-plan', noticeSentOn: '2026-01-05', ...extra })
    assert.equal(result.ok, false)
    if (result.ok) return
    const problem = result.problems.find((p) => p.field === field)
    assert.ok(problem, JSON.stringify(result.problems))
    assert.match(problem.message, message)
    assert.ok(problem.href.startsWith('/'), problem.href)
  })
}

test('one list: every parameter of plan-params.ts has a reader in the plan link, a writer in planQueryString, and an answer in "change your answers"', () => {
  const readers = Object.keys(planQuerySchema.shape).sort()
  assert.deepEqual(readers, [...PLAN_PARAMS].sort())
  for (const param of PLAN_PARAMS) {
    assert.equal(planQueryString({ [param]: 'x' }), `${param}=x`, param)
  }
  for (const param of SAME_NAME_ANSWERS) {
    assert.equal(answersFromPlanQuery({ [param]: '2026-01-05' })[param], '2026-01-05', param)
  }
})
