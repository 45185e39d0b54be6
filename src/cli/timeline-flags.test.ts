import { test } from 'node:test'
import assert from 'node:assert/strict'
import { run } from './main.js'
import { fixedClock } from '../clock.js'
import { timelineFor } from '../api/timeline-service.js'

// The flags for issue 10's inputs: each one reaches the API request under its contract name, and
// bad input is refused with exit 2 and the flag named.

const capture = async (argv: string[]) => {
  const out: string[] = []
  const err: string[] = []
  const code = await run(argv, { out: (l) => out.push(l), err: (l) => err.push(l) }, { clock: fixedClock('2026-03-11') })
  return { code, out: out.join('\n'), err: err.join('\n') }
}
const json = async (argv: string[]) => {
  const r = (await capture(['timeline', ...argv, '--json']))
  assert.equal(r.code, 0, r.err)
  return JSON.parse(r.out) as unknown
}
/** The API's answer for the same request, to compare with. */
const api = (request: Record<string, unknown>) => {
  const r = timelineFor({ today: '2026-03-11', ...request }, () => '2026-03-11')
  assert.ok(r.ok, JSON.stringify(r))
  return JSON.parse(JSON.stringify(r.timeline)) as unknown
}

test('every flag of the plan, the Tribunal and travel reaches the API under its field name', async () => {
  const cases: [string[], Record<string, unknown>][] = [
    [
      ['--decision', 'refuse-amend', '--notice-sent', '2026-01-05', '--plan-made', '2025-01-10', '--last-review', '2025-06-01', '--review-meeting', '2026-01-02', '--amendments-sent', '2026-01-03',
        '--reassessment-requested', '2026-01-01', '--reassessment-decision', '2026-01-20', '--request-received', '2024-06-01', '--draft-plan-sent', '2024-09-01', '--transfer-kind', 'post-16-other', '--transfer-on', '2026-09-01', '--first-knew', '2026-01-06'],
      { decision: 'refuse-amend', noticeSentOn: '2026-01-05', firstKnewOn: '2026-01-06', ehc: { planMadeOn: '2025-01-10', lastReviewOn: '2025-06-01', reviewMeetingOn: '2026-01-02', amendmentNoticeSentOn: '2026-01-03', reassessmentRequestedOn: '2026-01-01', reassessmentDecisionOn: '2026-01-20', requestReceivedOn: '2024-06-01', draftPlanServedOn: '2024-09-01', transfer: { kind: 'post-16-other', on: '2026-09-01' } } },
    ],
    [
      ['--decision', 'refuse-plan', '--notice-sent', '2026-01-05', '--transfer-kind', 'secondary-to-post-16', '--transfer-year', '2026'],
      { decision: 'refuse-plan', noticeSentOn: '2026-01-05', ehc: { transfer: { kind: 'secondary-to-post-16', year: 2026 } } },
    ],
    [
      ['--decision', 'refuse-plan', '--notice-sent', '2025-11-05', '--lodged', '2025-12-01', '--registered', '2025-12-03', '--hearing', '2026-02-20', '--decision-sent', '2026-03-01', '--order', 'make-plan', '--order-sent', '2026-03-02', '--order-made', '2026-03-01', '--recommendations'],
      { decision: 'refuse-plan', noticeSentOn: '2025-11-05', tribunal: { lodgedOn: '2025-12-01', registeredOn: '2025-12-03', hearingOn: '2026-02-20', decisionSentOn: '2026-03-01', order: 'make-plan', orderSentOn: '2026-03-02', orderMadeOn: '2026-03-01', recommendations: true } },
    ],
    [
      ['--decision', 'refuse-plan', '--notice-sent', '2026-01-05', '--lodged', '2026-02-01', '--unopposed', '2026-03-01'],
      { decision: 'refuse-plan', noticeSentOn: '2026-01-05', tribunal: { lodgedOn: '2026-02-01', unopposedOn: '2026-03-01' } },
    ],
    [
      ['--decision', 'social-care-provision', '--act-on', '2026-01-05', '--complaint-made', '2026-01-10', '--review-panel-requested', '2026-02-10'],
      { decision: 'social-care-provision', actOn: '2026-01-05', complaint: { madeOn: '2026-01-10', reviewPanelRequestedOn: '2026-02-10' } },
    ],
    [
      ['--decision', 'exclusion', '--term', '2026-02-23..2026-03-27', '--term', '2026-04-13..2026-05-22', '--closed', '2026-05-04', '--board-notified', '2026-02-24', '--board-decision', '2026-03-02', '--application-posted', '2026-03-05'],
      { decision: 'exclusion', exclusion: { termDates: [{ from: '2026-02-23', to: '2026-03-27' }, { from: '2026-04-13', to: '2026-05-22' }], closedDays: ['2026-05-04'], boardNotifiedOn: '2026-02-24', boardDecisionNoticeOn: '2026-03-02', applicationPostedOn: '2026-03-05' } },
    ],
    [
      ['--decision', 'exclusion', '--term', '2026-02-23..2026-03-27', '--board-decision', '2026-03-02', '--application-delivered', '2026-03-05'],
      { decision: 'exclusion', exclusion: { termDates: [{ from: '2026-02-23', to: '2026-03-27' }], boardDecisionNoticeOn: '2026-03-02', applicationDeliveredOn: '2026-03-05' } },
    ],
    [
      ['--decision', 'transport', '--notice-sent', '2026-02-02', '--stage1-requested', '2026-02-10', '--stage1-decision', '2026-02-20', '--stage2-requested', '2026-02-25'],
      { decision: 'transport', noticeSentOn: '2026-02-02', transport: { stage1RequestedOn: '2026-02-10', stage1DecisionOn: '2026-02-20', stage2RequestedOn: '2026-02-25' } },
    ],
    [
      ['--decision', 'disability-discrimination', '--act-on', '2026-03-02', '--discrimination-by', 'local authority'],
      { decision: 'disability-discrimination', actOn: '2026-03-02', discriminationBy: 'local authority' },
    ],
  ]
  for (const [argv, request] of cases) assert.deepEqual(await json(argv), api(request), argv.join(' '))
})

test("--area counts an exclusion with the council's published term dates", async () => {
  const body = (await json(['--decision', 'exclusion', '--area', 'liverpool', '--board-decision', '2026-03-02'])) as { milestones: { id: string; date: string }[] }
  assert.equal(body.milestones.find((m) => m.id === 'exclusion-review-application-by')?.date, '2026-03-23')
})

test('the text shows why a date is provisional, the pending certificate and the Tribunal stages (issue 8 example)', async () => {
  const r = (await capture(['timeline', '--decision', 'refuse-plan', '--notice-sent', '2026-01-05', '--mediation', 'certificate-only', '--adviser-informed', '2026-03-04', '--today', '2026-03-10', '--lodged', '2026-03-06', '--hearing', '2026-07-10']))
  assert.equal(r.code, 0, r.err)
  assert.match(r.out, /9 April 2026 +Last day for the Tribunal to receive your appeal \[upcoming\] \(provisional: the mediation certificate is overdue\)/)
  assert.match(r.out, /Mediation certificate \(overdue, due 9 March 2026\): /)
  assert.doesNotMatch(r.out, /Late appeal/)
  assert.match(r.out, /Tribunal stages:\n {2}1\. /)
  assert.match(r.out, /The hearing \(10 July 2026\)/)
  assert.match(r.out, /\(provisional: an estimate, the Tribunal sets the date\)/)
})

test('the text says the plan continues after a decision to cease, and notes the school days', async () => {
  assert.match((await capture(['timeline', '--decision', 'cease-plan', '--notice-sent', '2026-03-02'])).out, /The plan continues: /)
  const excl = (await capture(['timeline', '--decision', 'exclusion', '--term', '2026-02-23..2026-03-27', '--board-decision', '2026-03-02']))
  assert.match(excl.out, /School days: .*Academies/)
})

test('--help lists the new flags', async () => {
  const r = (await capture(['--help']))
  for (const flag of ['--plan-made', '--last-review', '--transfer-kind', '--transfer-on', '--lodged', '--registered', '--hearing', '--decision-sent', '--order', '--order-sent', '--order-made', '--unopposed', '--recommendations', '--first-knew', '--discrimination-by', '--term', '--closed', '--area', '--stage1-requested']) {
    assert.ok(r.out.includes(`[${flag}`) || r.out.includes(` ${flag} `), flag)
  }
})

const bad: [string, string[], RegExp][] = [
  ['an impossible plan date', ['--decision', 'refuse-plan', '--notice-sent', '2026-01-05', '--plan-made', '2025-02-30'], /--plan-made: ehc.planMadeOn must be a real date in the form YYYY-MM-DD/],
  ['an unknown transfer kind', ['--decision', 'refuse-plan', '--notice-sent', '2026-01-05', '--transfer-kind', 'sideways', '--transfer-year', '2026'], /--transfer-kind: .*post-16-other/],
  ['a transfer year that is a word', ['--decision', 'refuse-plan', '--notice-sent', '2026-01-05', '--transfer-kind', 'other', '--transfer-year', 'next'], /--transfer-year: .*whole year/],
  ['an unknown order', ['--decision', 'refuse-plan', '--notice-sent', '2026-01-05', '--order', 'apologise', '--order-sent', '2026-03-01'], /--order: tribunal.order must be one of/],
  ['an order without its date', ['--decision', 'refuse-plan', '--notice-sent', '2026-01-05', '--order', 'make-plan'], /--order-sent: Enter the date/],
  ['a hearing written wrongly', ['--decision', 'refuse-plan', '--notice-sent', '2026-01-05', '--hearing', '10/07/2026'], /--hearing: .*YYYY-MM-DD/],
  ['a term that is one date', ['--decision', 'exclusion', '--term', '2026-02-23', '--board-decision', '2026-03-02'], /--term must be a term's first and last days/],
  ['a term ending before it starts', ['--decision', 'exclusion', '--term', '2026-03-27..2026-02-23'], /--term: A term cannot end before it starts/],
  ['a closed day that is not a date', ['--decision', 'exclusion', '--term', '2026-02-23..2026-03-27', '--closed', 'Easter'], /--closed: .*YYYY-MM-DD/],
  ['an exclusion without term dates', ['--decision', 'exclusion', '--board-decision', '2026-03-02'], /--term: Give the school's term dates/],
  ['a year Liverpool has not published', ['--decision', 'exclusion', '--area', 'liverpool', '--board-decision', '2026-10-05', '--today', '2026-10-06'], /--term: Liverpool.s school term dates for 2026\/27 are not (published|confirmed) yet.*Ask your child.s school/],
  ['an unknown area', ['--decision', 'exclusion', '--area', 'atlantis'], /--area: area must be one of/],
  ['an unknown discriminator', ['--decision', 'disability-discrimination', '--act-on', '2026-03-02', '--discrimination-by', 'shop'], /--discrimination-by: /],
  ['first knew before it happened', ['--decision', 'la-conduct', '--act-on', '2026-03-02', '--first-knew', '2026-03-01'], /--first-knew: You cannot have first known/],
  ['stage 2 before the stage 1 decision', ['--decision', 'transport', '--notice-sent', '2026-02-02', '--stage1-decision', '2026-02-20', '--stage2-requested', '2026-02-10'], /--stage2-requested: /],
  ['--recommendations given a value', ['--decision', 'refuse-plan', '--notice-sent', '2026-01-05', '--recommendations=yes'], /recommendations/],
]
for (const [why, argv, message] of bad) {
  test(`exit 2 for ${why}`, async () => {
    const r = (await capture(['timeline', ...argv]))
    assert.equal(r.code, 2)
    assert.match(r.err, message)
  })
}
