import { describe, test } from 'node:test'
import assert from 'node:assert/strict'
import { loadContent } from '../../../content/load-content.js'
import { buildPlan, type PlanView } from './build-plan.js'
import { readPlanQuery } from '../../../journey/plan-link.js'
import { journeyWithAreas } from '../../../journey/journey.js'
import { areaList } from '../../../content/areas.js'

// "Do this next" for the plan's later life offers the issue 10 letters, filled in from the link.

const content = loadContent()
const journey = journeyWithAreas(areaList(content))
const TODAY = '2026-11-27'

function plan(query: Record<string, string>): PlanView {
  const result = readPlanQuery(query, () => TODAY, journey, content)
  assert.ok(result.ok, `problems: ${JSON.stringify(!result.ok && result.problems)}`)
  return buildPlan(result.request, content)
}
const next = (query: Record<string, string>) => {
  const n = plan(query).doThisNext
  assert.ok(n, 'a "do this next"')
  return n
}

describe('do this next, later in a plan’s life', () => {
  test('proposed changes: reply within the 15 days, with the reply letter', () => {
    const n = next({ decision: 'la-conduct', amendmentNoticeSentOn: '2026-11-20', area: 'liverpool' })
    assert.equal(n.action, 'Reply to the proposed changes to the EHC plan')
    assert.match(n.when ?? '', /^Do it by Friday 4 December 2026 \(7 days left\)/)
    assert.equal(n.letter?.href, '/letters/amendment-response?amendmentNoticeSentOn=2026-11-20&area=liverpool')
  })

  test('a late amended plan: chase it, not the review decision it replaced', () => {
    const n = next({ decision: 'la-conduct', reviewMeetingOn: '2026-07-01', amendmentNoticeSentOn: '2026-08-20', area: 'liverpool' })
    assert.equal(n.action, 'Chase the final amended EHC plan')
    assert.equal(n.letter?.href, '/letters/chase-amended-plan?amendmentNoticeSentOn=2026-08-20&reviewMeetingOn=2026-07-01&area=liverpool')
  })

  test('a Tribunal order not carried out: the chase letter with the order and its date, not "appeal late"', () => {
    const n = next({ decision: 'plan-contents', appealAbout: 'needs', noticeSentOn: '2026-03-01', order: 'amend-plan', orderSentOn: '2026-09-01', area: 'liverpool' })
    assert.equal(n.when, 'The council had to send the amended EHC plan by Tuesday 6 October 2026 (52 days ago).')
    assert.equal(n.letter?.href, '/letters/chase-tribunal-order?basis=order&order=amend-plan&startedOn=2026-09-01&area=liverpool')
  })

  test('an order still in time: the date the council must act by, and no letter yet', () => {
    const n = next({ decision: 'refuse-amend', noticeSentOn: '2026-06-01', order: 'amend-plan', orderSentOn: '2026-11-20', area: 'liverpool' })
    assert.equal(n.when, 'The council must send the amended EHC plan by Friday 25 December 2026 (28 days left).')
    assert.equal(n.letter, undefined)
  })

  test('a move to a new school: the 15 February limit, with the review letter', () => {
    const n = next({ decision: 'la-conduct', transferKind: 'other', transferYear: '2027', area: 'liverpool' })
    assert.match(n.when ?? '', /by Sunday 14 February 2027/)
    assert.equal(n.letter?.href, '/letters/early-review?area=liverpool')
  })

  test('exclusion and travel routes link their letters, filled in from the link', () => {
    const ex = plan({ decision: 'exclusion', actOn: '2026-11-02', boardDecisionNoticeOn: '2026-11-16', area: 'liverpool' })
    assert.equal(ex.doThisNext?.letter?.href, '/letters/exclusion-review-panel?area=liverpool&excludedOn=2026-11-02&boardDecisionNoticeOn=2026-11-16')
    const travel = plan({ decision: 'transport', noticeSentOn: '2026-11-16', area: 'liverpool' })
    assert.equal(travel.doThisNext?.letter?.href, '/letters/transport-review?decisionDate=2026-11-16&area=liverpool')
  })
})
