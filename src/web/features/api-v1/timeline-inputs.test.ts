import { after, before, describe, test } from 'node:test'
import assert from 'node:assert/strict'
import type { FastifyInstance } from 'fastify'
import { testApp } from '../../../../test/support/app.js'
import { computeTimeline, type TimelineFacts } from '../../../law/index.js'

// The inputs of issue 10 (the plan's later life, the Tribunal after lodging, exclusions, travel) and
// the result fields of issues 8 and 10, through POST /api/v1/timeline.

let app: FastifyInstance
before(async () => {
  app = await testApp()
})
after(() => app.close())

const timeline = (payload: unknown) =>
  app.inject({ method: 'POST', url: '/api/v1/timeline', headers: { 'content-type': 'application/json' }, payload: JSON.stringify(payload) })

type Detail = { field: string; message: string }
const details = async (payload: unknown): Promise<Detail[]> => {
  const res = await timeline(payload)
  assert.equal(res.statusCode, 400, res.body)
  const body = res.json() as { error: string; details: Detail[] }
  assert.ok(body.error.length > 10)
  return body.details
}

const SPRING_2026 = [
  { from: '2026-02-23', to: '2026-03-27' },
  { from: '2026-04-13', to: '2026-05-22' },
]

// Each reply must be the engine's output exactly: fast-json-stringify drops any field its schema lacks.
const good: [string, TimelineFacts, (body: Record<string, unknown>) => void][] = [
  [
    'a certificate still due is pending, not a late appeal (issue 8)',
    { decision: 'refuse-plan', noticeSentOn: '2026-01-05', mediation: { choice: 'certificate-only', adviserInformedOn: '2026-03-04' }, today: '2026-03-10' },
    (b) => {
      assert.equal(b.lateAppeal, undefined)
      assert.equal((b.pendingCertificate as { state: string }).state, 'overdue')
      assert.equal((b.pendingCertificate as { chaseCertificate: boolean }).chaseCertificate, true)
      const deadline = (b.milestones as { id: string; provisionalReason?: string }[]).find((m) => m.id === 'appeal-deadline')
      assert.equal(deadline?.provisionalReason, 'certificate-overdue')
    },
  ],
  ['a decision to cease says the plan continues', { decision: 'cease-plan', noticeSentOn: '2026-01-05', today: '2026-01-10' }, (b) => assert.ok(b.planContinues)],
  [
    'an appeal lodged gives the Tribunal stages, the response date set by the Tribunal',
    { decision: 'refuse-plan', noticeSentOn: '2026-01-05', tribunal: { lodgedOn: '2026-03-01', registeredOn: '2026-03-05', hearingOn: '2026-07-10' }, today: '2026-03-10' },
    (b) => {
      assert.equal((b.tribunalStages as unknown[]).length, 7)
      const response = (b.milestones as { id: string; provisionalReason?: string }[]).find((m) => m.id === 'la-response-due')
      assert.equal(response?.provisionalReason, 'set-by-tribunal')
    },
  ],
  [
    'an order, its decision and recommendations',
    { decision: 'refuse-plan', noticeSentOn: '2026-01-05', tribunal: { lodgedOn: '2025-12-01', decisionSentOn: '2026-03-01', order: 'amend-plan', orderSentOn: '2026-03-01', orderMadeOn: '2026-02-27', recommendations: true }, today: '2026-03-11' },
    (b) => assert.ok((b.milestones as { id: string }[]).some((m) => m.id.startsWith('order-'))),
  ],
  [
    'an appeal the council does not oppose',
    { decision: 'refuse-plan', noticeSentOn: '2026-01-05', tribunal: { lodgedOn: '2026-02-01', unopposedOn: '2026-03-01' }, today: '2026-03-11' },
    (b) => assert.ok((b.milestones as { id: string }[]).some((m) => m.id.startsWith('unopposed-'))),
  ],
  [
    'the annual review, amendments, reassessment and a post-16 move',
    {
      decision: 'refuse-amend',
      noticeSentOn: '2026-01-05',
      ehc: {
        planMadeOn: '2025-01-10',
        lastReviewOn: '2025-06-01',
        reviewMeetingOn: '2026-01-02',
        amendmentNoticeSentOn: '2026-01-03',
        reassessmentRequestedOn: '2026-01-01',
        reassessmentDecisionOn: '2026-01-20',
        transfer: { kind: 'post-16-other', on: '2026-09-01' },
      },
      today: '2026-03-11',
    },
    (b) => {
      const ids = (b.milestones as { id: string }[]).map((m) => m.id)
      for (const id of ['review-due', 'amendment-response-by', 'phase-transfer-review-by']) assert.ok(ids.includes(id), id)
    },
  ],
  [
    'a phase transfer by year',
    { decision: 'refuse-plan', noticeSentOn: '2026-01-05', ehc: { transfer: { kind: 'secondary-to-post-16', year: 2026 } }, today: '2026-01-10' },
    (b) => assert.equal((b.milestones as { id: string; date: string }[]).find((m) => m.id === 'phase-transfer-review-by')?.date, '2026-03-30'),
  ],
  [
    'an exclusion counted with the term dates given',
    { decision: 'exclusion', exclusion: { boardDecisionNoticeOn: '2026-03-02', termDates: SPRING_2026, closedDays: ['2026-05-04'] }, today: '2026-03-03' },
    (b) => assert.ok(b.schoolDaysNote),
  ],
  [
    'home-to-school travel',
    { decision: 'transport', noticeSentOn: '2026-03-02', transport: { stage1RequestedOn: '2026-03-10', stage1DecisionOn: '2026-03-20', stage2RequestedOn: '2026-03-25' }, today: '2026-03-26' },
    (b) => assert.deepEqual((b.routes as { id: string }[]).map((r) => r.id), ['transport-review', 'ombudsman']),
  ],
  [
    'discrimination by a college goes to the County Court',
    { decision: 'disability-discrimination', actOn: '2026-03-02', discriminationBy: 'college', today: '2026-03-11' },
    (b) => assert.ok((b.routes as { id: string }[]).some((r) => r.id === 'county-court-claim')),
  ],
  [
    "a children's social care complaint, with the day the family first knew",
    { decision: 'social-care-provision', actOn: '2026-01-05', firstKnewOn: '2026-01-06', complaint: { madeOn: '2026-01-10', reviewPanelRequestedOn: '2026-02-10' }, today: '2026-03-11' },
    (b) => assert.ok((b.routes as { id: string }[]).some((r) => r.id === 'social-care-complaint')),
  ],
  [
    'a deadline in a year of unconfirmed bank holidays says why it is provisional',
    { decision: 'refuse-plan', noticeSentOn: '2030-12-05', today: '2030-12-10' },
    (b) => assert.ok((b.milestones as { provisionalReason?: string }[]).some((m) => m.provisionalReason === 'unconfirmed-bank-holidays')),
  ],
]

describe('POST /api/v1/timeline: the new inputs', () => {
  for (const [why, facts, check] of good) {
    test(`${why}: the reply is exactly the engine's output`, async () => {
      const res = await timeline(facts)
      assert.equal(res.statusCode, 200, res.body)
      assert.deepEqual(res.json(), JSON.parse(JSON.stringify(computeTimeline(facts))))
      check(res.json())
    })
  }

  const bad: [string, Record<string, unknown>, string, RegExp][] = [
    ['an impossible plan date', { ehc: { planMadeOn: '2025-02-30' } }, 'ehc.planMadeOn', /ehc.planMadeOn must be a real date in the form YYYY-MM-DD/],
    ['a review written wrongly', { ehc: { lastReviewOn: '1/6/2025' } }, 'ehc.lastReviewOn', /YYYY-MM-DD/],
    ['an unknown transfer kind', { ehc: { transfer: { kind: 'sideways', year: 2026 } } }, 'ehc.transfer.kind', /post-16-other/],
    ['a transfer year that is not whole', { ehc: { transfer: { kind: 'other', year: 2026.5 } } }, 'ehc.transfer.year', /whole year/],
    ['a post-16 move without its date', { ehc: { transfer: { kind: 'post-16-other' } } }, 'ehc.transfer.on', /date of the move/],
    ['an unknown order', { tribunal: { order: 'apologise', orderSentOn: '2026-01-01' } }, 'tribunal.order', /make-plan/],
    ['an order without its date', { tribunal: { order: 'amend-plan' } }, 'tribunal.orderSentOn', /order was sent/],
    ['recommendations as a word', { tribunal: { recommendations: 'yes' } }, 'tribunal.recommendations', /true or false/],
    ['registered before lodged', { tribunal: { lodgedOn: '2026-01-10', registeredOn: '2026-01-05' } }, 'tribunal.registeredOn', /registered before/],
    ['an unknown tribunal field', { tribunal: { lodged: '2026-01-10' } }, 'tribunal.lodged', /"lodged" is not a field this request takes/],
    ['a complaint date written wrongly', { complaint: { madeOn: 'yesterday' } }, 'complaint.madeOn', /YYYY-MM-DD/],
    ['term dates that are not a list', { decision: 'exclusion', exclusion: { termDates: 'autumn' } }, 'exclusion.termDates', /list of terms/],
    ['a term ending before it starts', { decision: 'exclusion', exclusion: { termDates: [{ from: '2026-03-27', to: '2026-02-23' }] } }, 'exclusion.termDates.0.to', /cannot end before/],
    ['an exclusion with no term dates', { decision: 'exclusion', exclusion: { boardDecisionNoticeOn: '2026-03-02' } }, 'exclusion.termDates', /term dates/],
    ['term dates that end too soon', { decision: 'exclusion', exclusion: { boardDecisionNoticeOn: '2026-07-10', termDates: [{ from: '2026-06-01', to: '2026-07-20' }] } }, 'exclusion.termDates', /end too soon/],
    ['a stage 2 before stage 1', { decision: 'transport', transport: { stage1DecisionOn: '2026-03-20', stage2RequestedOn: '2026-03-10' } }, 'transport.stage2RequestedOn', /stage 2 before/],
    ['an unknown discriminator', { decision: 'disability-discrimination', actOn: '2026-03-02', noticeSentOn: undefined, discriminationBy: 'shop' }, 'discriminationBy', /school, college, local authority/],
    ['a discriminator for another decision', { discriminationBy: 'college' }, 'discriminationBy', /disability-discrimination/],
    ['first knew before it happened', { decision: 'la-conduct', actOn: '2026-03-02', noticeSentOn: undefined, firstKnewOn: '2026-03-01' }, 'firstKnewOn', /before it happened/],
    ['an area that is not an id', { area: 'Liverpool City!' }, 'area', /area id/],
    ['an area we do not know', { area: 'atlantis' }, 'area', /knowsley, liverpool/],
  ]
  for (const [why, extra, field, message] of bad) {
    test(`400 for ${why}`, async () => {
      const list = await details({ decision: 'refuse-plan', noticeSentOn: '2026-01-05', today: '2026-08-01', ...extra })
      const detail = list.find((d) => d.field === field)
      assert.ok(detail, `a detail names ${field}: ${JSON.stringify(list)}`)
      assert.match(detail.message, message)
    })
  }
  test('decision "transport" is accepted and is not a Tribunal matter', async () => {
    const body = (await timeline({ decision: 'transport', noticeSentOn: '2026-03-02', today: '2026-03-03' })).json()
    assert.equal(body.appealable, false)
    assert.ok(body.closedRoutes.some((r: { reason: string }) => /not something the SEND Tribunal can decide/.test(r.reason)))
  })
})

describe("POST /api/v1/timeline: an exclusion counted with the area's term dates", () => {
  test("with area and no termDates, the council's published terms are used", async () => {
    const withArea = (await timeline({ decision: 'exclusion', area: 'liverpool', exclusion: { boardDecisionNoticeOn: '2026-03-02' }, today: '2026-03-03' })).json()
    // Liverpool 2025/26: spring term 23 February to 27 March 2026.
    const given = computeTimeline({ decision: 'exclusion', exclusion: { boardDecisionNoticeOn: '2026-03-02', termDates: SPRING_2026, closedDays: ['2026-05-04'] }, today: '2026-03-03' })
    assert.deepEqual(withArea.milestones, JSON.parse(JSON.stringify(given.milestones)))
    assert.equal(withArea.milestones.find((m: { id: string }) => m.id === 'exclusion-review-application-by').date, '2026-03-23')
  })
  test('term dates given in the request win over the area', async () => {
    const terms = [{ from: '2026-03-02', to: '2026-03-31' }]
    const body = (await timeline({ decision: 'exclusion', area: 'liverpool', exclusion: { boardDecisionNoticeOn: '2026-03-02', termDates: terms }, today: '2026-03-03' })).json()
    const own = computeTimeline({ decision: 'exclusion', exclusion: { boardDecisionNoticeOn: '2026-03-02', termDates: terms }, today: '2026-03-03' })
    assert.deepEqual(body.milestones, JSON.parse(JSON.stringify(own.milestones)))
  })
  test('in a year the council has not published, the reply says so and to ask the school', async () => {
    const list = await details({ decision: 'exclusion', area: 'liverpool', exclusion: { boardDecisionNoticeOn: '2026-10-05' }, today: '2026-10-06' })
    const detail = list.find((d) => d.field === 'exclusion.termDates')
    assert.ok(detail, JSON.stringify(list))
    assert.match(detail.message, /^Liverpool's school term dates for 2026\/27 are not (published|confirmed) yet, so the school days cannot be counted yet\. Ask your child's school/)
  })
})

describe('GET /api/v1/openapi.json: the new inputs are documented from the same schema', () => {
  test('every new request field is in TimelineRequest', async () => {
    const doc = (await app.inject('/api/v1/openapi.json')).json()
    const request = doc.components.schemas.TimelineRequest
    for (const key of ['firstKnewOn', 'tribunal', 'complaint', 'exclusion', 'transport', 'discriminationBy', 'area']) assert.ok(request.properties[key], key)
    for (const key of ['planMadeOn', 'lastReviewOn', 'reassessmentRequestedOn', 'reassessmentDecisionOn', 'transfer']) assert.ok(request.properties.ehc.properties[key], key)
    assert.deepEqual(request.properties.ehc.properties.transfer.properties.kind.enum, ['secondary-to-post-16', 'other', 'post-16-other'])
    assert.ok(request.properties.decision.enum.includes('transport'))
    const response = doc.components.schemas.Timeline
    for (const key of ['pendingCertificate', 'planContinues', 'tribunalStages', 'schoolDaysNote']) assert.ok(response.properties[key], key)
  })
})
