import { describe, test } from 'node:test'
import assert from 'node:assert/strict'
import { loadContent } from '../../../content/load-content.js'
import { ROUTE_IDS } from '../../../law/index.js'
import { buildPlan, type PlanView } from './build-plan.js'
import { citationView, readableRef } from './citations.js'
import { readPlanQuery, type PlanProblem } from '../../../journey/plan-link.js'
import { ROUTE_FACTS } from './route-facts.js'
import { journeyWithAreas } from '../../../journey/journey.js'
import { areaList } from '../../../content/areas.js'

const content = loadContent()
const journey = journeyWithAreas(areaList(content))
const TODAY = '2026-11-27'

function plan(query: Record<string, string | string[]>, today = TODAY): PlanView {
  const result = readPlanQuery(query, () => today, journey, content)
  assert.ok(result.ok, `problems: ${JSON.stringify(!result.ok && result.problems)}`)
  return buildPlan(result.request, content)
}
function problems(query: Record<string, unknown>): PlanProblem[] {
  const result = readPlanQuery(query, () => TODAY, journey, content)
  assert.equal(result.ok, false, 'expected problems')
  return result.ok ? [] : result.problems
}
const routeIds = (p: PlanView) => p.routes.map((r) => r.id)
const milestone = (p: PlanView, id: string) => {
  const m = p.milestones.find((x) => x.id === id)
  assert.ok(m, `milestone ${id} in ${p.milestones.map((x) => x.id).join(', ')}`)
  return m
}
const warningText = (p: PlanView) => p.warnings.map((w) => w.text).join('\n')

describe('the six example journeys', () => {
  test('1. refused assessment: appeal by Monday 4 January 2027 (26 December is in the Christmas window)', () => {
    const p = plan({ decision: 'refuse-assessment', noticeSentOn: '2026-10-26', area: 'liverpool' })
    assert.deepEqual(
      routeIds(p),
      // By urgency: the mediation adviser by 26 December, then the appeal by 4 January, then the rest.
      ['mediation-advice', 'tribunal-appeal', 'talk-to-sen-team', 'mediation', 'disagreement-resolution', 'complaint', 'request-assessment'],
    )
    assert.equal(p.doThisNext?.action, p.routes[0]?.title)
    assert.equal(p.doThisNext?.when, 'Do it by Saturday 26 December 2026 (29 days left).')
    assert.equal(p.doThisNext?.letter?.href, '/letters/mediation-reply?decisionDate=2026-10-26&decision=refuse-assessment&area=liverpool')
    assert.deepEqual(p.routes.map((r) => r.urgent), [true, true, false, false, false, false, false])
    const appeal = milestone(p, 'appeal-deadline')
    assert.equal(appeal.date, '2027-01-04')
    assert.equal(appeal.dateText, 'Monday 4 January 2027')
    assert.equal(appeal.statusText, 'Coming up')
    assert.equal(milestone(p, 'contact-mediation-adviser-by').date, '2026-12-26')
    assert.match(warningText(p), /not told us whether you have contacted the mediation adviser/)
    const letter = p.routes.find((r) => r.id === 'mediation-advice')?.letter
    assert.equal(letter?.href, '/letters/mediation-reply?decisionDate=2026-10-26&decision=refuse-assessment&area=liverpool')
    assert.equal(
      p.routes.find((r) => r.id === 'request-assessment')?.letter?.href,
      '/letters/assessment-request?area=liverpool',
    )
    assert.ok(p.links.ics)
  })

  test('2. final plan, only the school named: no mediation advice needed, and the plan says so', () => {
    const p = plan({ decision: 'plan-contents', appealAbout: 'placement', noticeSentOn: '2026-10-26', area: 'knowsley' })
    assert.ok(!routeIds(p).includes('mediation-advice'))
    assert.ok(routeIds(p).includes('mediation'), 'mediation is still open')
    const closed = p.closedRoutes.find((c) => c.id === 'mediation-advice')
    assert.match(closed?.reason ?? '', /do not need mediation advice or a certificate/)
    assert.equal(milestone(p, 'appeal-deadline').date, '2027-01-04')
    assert.equal(p.milestones.find((m) => m.id === 'contact-mediation-adviser-by'), undefined)
    assert.doesNotMatch(warningText(p), /mediation adviser/)
  })

  test('3. school SEN support, no plan: talk to the school first; no appeal; no deadlines', () => {
    const p = plan({ decision: 'school-support', area: 'liverpool', spokenToSchool: 'no' })
    assert.deepEqual(routeIds(p), ['talk-to-school', 'request-assessment', 'disagreement-resolution', 'complaint'])
    assert.ok(p.closedRoutes.some((c) => c.id === 'tribunal-appeal'))
    assert.equal(p.milestones.length, 0)
    assert.equal(p.timeline, undefined)
    assert.equal(p.links.ics, undefined)
    const school = p.routes[0]
    assert.match(school?.nextSteps.join(' ') ?? '', /Ask for a meeting/)
    assert.equal(school?.letter?.href, '/letters/meeting-request?area=liverpool')
  })

  test('4. exclusion: review and a discrimination claim within 6 months starting with the day (2 November 2026 -> 1 May 2027)', () => {
    const p = plan({ decision: 'exclusion', actOn: '2026-11-02', area: 'knowsley', spokenToSchool: 'yes' })
    // The review runs in school days, so it comes first; the claim has 6 months.
    assert.deepEqual(routeIds(p), ['exclusion-review', 'disability-discrimination-claim', 'talk-to-school'])
    assert.equal(p.doThisNext?.action, p.routes[0]?.title)
    assert.equal(milestone(p, 'claim-deadline').date, '2027-05-01')
    assert.match(p.routes.find((r) => r.id === 'exclusion-review')?.nextSteps.join(' ') ?? '', /15 school days/)
    assert.match(p.routes.find((r) => r.id === 'talk-to-school')?.nextSteps[0] ?? '', /already talked to the school/)
  })

  test('5. a deadline already passed: the late appeal explanation is a warning (10 June 2026 -> Tuesday 1 September 2026)', () => {
    const p = plan({ decision: 'refuse-plan', noticeSentOn: '2026-06-10', area: 'liverpool', mediation: 'certificate-only', adviserInformedOn: '2026-06-20', certificateSentOn: '2026-06-23' })
    assert.equal(p.doThisNext?.action, 'Appeal now, and ask the Tribunal to accept it late')
    const appeal = milestone(p, 'appeal-deadline')
    assert.equal(appeal.date, '2026-09-01')
    assert.equal(appeal.status, 'passed')
    assert.equal(appeal.tagClasses, 'govuk-tag--grey')
    assert.match(
      warningText(p),
      /The last day to appeal was Tuesday 1 September 2026\. The last day to appeal has passed, but you may still be able/,
    )
    const late = p.warnings.find((w) => w.text.includes('last day to appeal was'))
    assert.ok(late?.citations.some((c) => c.unchecked), 'the late appeal rule is marked as not yet checked')
  })

  test('5b. a certificate still due is pending, not a late appeal (issue 8: HESC r.20(1)(c)(ii))', () => {
    // The adviser was told on 20 June, in time; the certificate was due on 24 June and never came.
    const p = plan({ decision: 'refuse-plan', noticeSentOn: '2026-06-10', area: 'liverpool', mediation: 'certificate-only', adviserInformedOn: '2026-06-20' })
    assert.equal(milestone(p, 'appeal-deadline').date, '2026-09-01')
    const text = warningText(p)
    assert.doesNotMatch(text, /The last day to appeal has passed/)
    assert.equal(p.pendingCertificate?.overdue, true)
    assert.match(milestone(p, 'appeal-deadline').provisionalText ?? '', /It is late: ask for it now/)
    assert.equal(p.doThisNext?.action, 'Ask the mediation adviser for your certificate')
    assert.match(p.doThisNext?.when ?? '', /Wednesday 24 June 2026/)
  })

  test('the chase and late-appeal letters open filled in with the area, the decision and its dates', () => {
    const pending = plan({ decision: 'refuse-plan', noticeSentOn: '2026-06-10', area: 'liverpool', mediation: 'certificate-only', adviserInformedOn: '2026-06-20' })
    const chase = '/letters/chase-certificate?reason=no-mediation&since=2026-06-20&decision=refuse-plan&decisionDate=2026-06-10&area=liverpool'
    assert.equal(pending.doThisNext?.letter?.href, chase)
    assert.equal(pending.pendingCertificate?.chase?.href, chase)
    const late = plan({ decision: 'refuse-plan', noticeSentOn: '2026-06-10', area: 'liverpool', mediation: 'certificate-only', adviserInformedOn: '2026-06-20', certificateSentOn: '2026-06-23' })
    assert.equal(late.doThisNext?.letter?.href, '/letters/late-appeal?decision=refuse-plan&decisionDate=2026-06-10&certificateDate=2026-06-23&area=liverpool')
  })

  test('6. discrimination: claim by 9 September 2026 for conduct on 10 March 2026; no mediation certificate', () => {
    const p = plan({ decision: 'disability-discrimination', actOn: '2026-03-10', area: 'liverpool' }, '2026-04-01')
    assert.deepEqual(routeIds(p), ['disability-discrimination-claim', 'talk-to-school', 'complaint'])
    assert.equal(milestone(p, 'claim-deadline').date, '2026-09-09')
    assert.ok(p.closedRoutes.some((c) => c.id === 'mediation-advice'))
    assert.match(
      p.routes.find((r) => r.id === 'disability-discrimination-claim')?.nextSteps.join(' ') ?? '',
      /Wednesday 9 September 2026/,
    )
  })
})

describe('warnings', () => {
  test('a deadline within 14 days, and one due today', () => {
    const soon = plan(
      { decision: 'refuse-assessment', noticeSentOn: '2026-10-26', mediation: 'certificate-only', certificateSentOn: '2026-11-02' },
      '2026-12-28',
    )
    assert.match(
      warningText(soon),
      /^7 days left: the Tribunal must receive your appeal by Monday 4 January 2027\.$/m,
    )
    const due = plan(
      { decision: 'refuse-assessment', noticeSentOn: '2026-10-26', mediation: 'certificate-only', certificateSentOn: '2026-11-02' },
      '2027-01-04',
    )
    assert.match(warningText(due), /Today is the last day: the Tribunal must receive your appeal by Monday 4 January 2027\./)
    assert.equal(milestone(due, 'appeal-deadline').tagClasses, 'govuk-tag--red')
  })

  test('a certificate still due: the appeal date will move when it arrives; the adviser step is done, not an instruction', () => {
    const p = plan({ decision: 'cease-plan', noticeSentOn: '2026-10-26', mediation: 'certificate-only', adviserInformedOn: '2026-11-25' })
    assert.equal(p.pendingCertificate?.overdue, false)
    assert.equal(milestone(p, 'appeal-deadline').provisionalText, 'This date will move when your mediation certificate arrives.')
    assert.equal(p.milestones.find((m) => m.id === 'contact-mediation-adviser-by'), undefined)
    assert.deepEqual(p.done.map((d) => d.title), ['Get mediation advice and a certificate', 'Go to mediation'])
    assert.ok(!routeIds(p).includes('mediation-advice'))
    assert.doesNotMatch(warningText(p), /bank holidays/)
  })

  test('a certificate or a mediation that is overdue', () => {
    const p = plan({ decision: 'refuse-assessment', noticeSentOn: '2026-10-26', mediation: 'certificate-only', adviserInformedOn: '2026-11-02' })
    assert.equal(p.pendingCertificate?.overdue, true)
    assert.ok(p.pendingCertificate?.chase?.href.startsWith('/letters'))
    assert.equal(p.doThisNext?.action, 'Ask the mediation adviser for your certificate')
    assert.equal(p.doThisNext?.when, 'It was due by Thursday 5 November 2026 (22 days ago). You need it to appeal.')
    assert.match(milestone(p, 'appeal-deadline').provisionalText ?? '', /It is late: ask for it now/)
    const m = plan({ decision: 'refuse-assessment', noticeSentOn: '2026-10-01', mediation: 'mediation', laInformedOn: '2026-10-02' })
    assert.match(warningText(m), /The mediation should have taken place by Sunday 1 November 2026/)
  })

  test("an exclusion the area's term dates cannot count yet: a plan that says why, not an error page", () => {
    const p = plan({ decision: 'exclusion', area: 'liverpool', actOn: '2026-10-01', boardDecisionNoticeOn: '2026-10-20' })
    assert.match(warningText(p), /Liverpool's school term dates for 2026\/27 are not confirmed yet/)
    assert.equal(p.milestones.find((m) => m.id === 'exclusion-review-application-by'), undefined)
    assert.ok(routeIds(p).includes('exclusion-review'))
    const elsewhere = plan({ decision: 'exclusion', area: 'other', actOn: '2026-10-01', boardDecisionNoticeOn: '2026-10-20' })
    assert.match(warningText(elsewhere), /We do not have school term dates for your area/)
    const counted = plan({ decision: 'exclusion', area: 'liverpool', actOn: '2026-03-01', boardDecisionNoticeOn: '2026-03-02' }, '2026-03-03')
    assert.doesNotMatch(warningText(counted), /term dates/)
    assert.ok(counted.milestones.some((m) => m.id === 'exclusion-review-application-by'))
  })

  test('a passed discrimination deadline says the Tribunal can still hear a late claim', () => {
    const p = plan({ decision: 'disability-discrimination', actOn: '2026-03-10' })
    assert.match(
      warningText(p),
      /The 6 months to make a disability discrimination claim ended on Wednesday 9 September 2026/,
    )
  })
})

describe('still waiting', () => {
  test('for an assessment decision: the date the council had to act, how late it is, and the chase letter', () => {
    const p = plan({ decision: 'la-conduct', requestReceivedOn: '2026-09-01', waitingFor: 'assessment-decision', area: 'liverpool' })
    const item = p.stillWaiting?.items[0]
    assert.equal(p.stillWaiting?.items.length, 1)
    assert.equal(p.decision.title, 'You are still waiting for the council to decide whether to do an EHC needs assessment')
    assert.equal(
      item?.sentence,
      'The council had to decide whether to do an EHC needs assessment by Tuesday 13 October 2026.',
    )
    assert.equal(item?.lateness, 'It is 45 days late.')
    assert.equal(item?.late, true)
    assert.equal(
      item?.chaseLetter.href,
      '/letters/chase-late-decision?limit=assessment-decision&startedOn=2026-09-01&area=liverpool',
    )
  })

  test('for a review decision that is not yet due', () => {
    const p = plan({ decision: 'la-conduct', reviewMeetingOn: '2026-11-20', waitingFor: 'review-decision' })
    assert.equal(p.stillWaiting?.items[0]?.lateness, 'It has 21 days left.')
    assert.equal(p.stillWaiting?.items[0]?.late, false)
  })

  test('without waitingFor, every EHC time limit given is shown', () => {
    const p = plan({ decision: 'la-conduct', requestReceivedOn: '2026-06-01' })
    assert.deepEqual(p.stillWaiting?.items.map((i) => i.kind), ['assessment-decision', 'final-plan'])
  })
})

describe('areas', () => {
  test('an unknown area still gives a plan, with national services and no local ids in links', () => {
    const p = plan({ decision: 'refuse-assessment', noticeSentOn: '2026-10-26', area: 'narnia' })
    assert.deepEqual(p.area, { known: false, given: 'narnia' })
    assert.equal(p.sendiass.name, 'Your local SENDIASS')
    assert.ok(p.national.length > 0)
    assert.equal(p.routes.find((r) => r.id === 'complaint')?.letter?.href, '/letters/complaint')
  })
  test('area ids are read as people type them', () => {
    assert.equal(plan({ decision: 'school-support', area: ' Knowsley ' }).area.known, true)
  })
})

describe('bad parameters', () => {
  test('no decision', () => {
    const list = problems({})
    assert.deepEqual(list.map((p) => p.field), ['decision'])
    assert.equal(list[0]?.href, '/journey/who')
  })
  test('an unknown decision, an impossible date and a bad part of the plan are all reported', () => {
    const list = problems({ decision: 'nope', noticeSentOn: '2026-02-31', appealAbout: ['needs', 'walls'] })
    assert.deepEqual(list.map((p) => p.field).sort(), ['appealAbout', 'decision', 'noticeSentOn'])
  })
  test('a missing decision letter date links to that question', () => {
    const list = problems({ decision: 'refuse-assessment', area: 'liverpool' })
    assert.equal(list[0]?.field, 'noticeSentOn')
    assert.match(
      list[0]?.href ?? '',
      /^\/journey\/letter-date\?who=local-authority&hasPlan=no&happened=refuse-assessment&area=liverpool/,
    )
  })
  test('a date after today', () => {
    const list = problems({ decision: 'refuse-assessment', noticeSentOn: '2026-12-01' })
    assert.match(list[0]?.message ?? '', /cannot be after today/)
  })
  test('a parameter given twice', () => {
    assert.match(
      problems({ decision: ['refuse-assessment', 'refuse-plan'], noticeSentOn: '2026-10-26' })[0]?.message ?? '',
      /only once/,
    )
  })
  test('mediation dates out of order, and a choice that is needed', () => {
    assert.ok(problems({ decision: 'refuse-assessment', noticeSentOn: '2026-10-26', mediation: 'mediation', laInformedOn: '2026-11-10', concludedOn: '2026-11-01' }).some((p) => p.field === 'concludedOn'))
    assert.ok(problems({ decision: 'refuse-assessment', noticeSentOn: '2026-10-26', adviserInformedOn: '2026-11-01' }).some((p) => p.field === 'mediation'))
  })
  test('parts of the plan for a decision that is not about a plan', () => {
    assert.ok(problems({ decision: 'refuse-assessment', noticeSentOn: '2026-10-26', appealAbout: 'needs' }).some((p) => p.field === 'appealAbout'))
  })
})

describe('citations and route facts', () => {
  test('citations read as people write them', () => {
    assert.deepEqual(
      citationView({ source: 'SEND Code of Practice 2015', ref: '11.13-11.38', grade: 'P' }),
      { text: 'SEND Code of Practice 2015, paragraph 11.13-11.38', unchecked: false },
    )
    // Secondary sources only: the law's own words were not read, so the plan marks it as it does U.
    assert.equal(citationView({ source: 'SEND Code of Practice 2015', ref: '11.13-11.38', grade: 'S' }).unchecked, true)
    assert.equal(citationView({ source: 'SEND Regs 2014', ref: 'reg 34(1)', grade: 'P-part' }).unchecked, false)
    assert.deepEqual(
      citationView({ source: 'SEND Regs 2014', ref: 'regs 35-37', grade: 'U' }),
      { text: 'Special Educational Needs and Disability Regulations 2014, regulations 35-37', unchecked: true },
    )
    assert.equal(readableRef('CFA 2014', 's.51(2)(a)'), 'section 51(2)(a)')
    assert.equal(readableRef('HESC Rules 2008', 'r20(1)(c)'), 'rule 20(1)(c)')
    assert.equal(readableRef('Equality Act 2010', 'Sch 17 para 4'), 'Schedule 17, paragraph 4')
  })
  test('every route has all five comparison facts, each cited or marked as general guidance', () => {
    for (const id of ROUTE_IDS) {
      const facts = ROUTE_FACTS[id]
      assert.ok(facts, `comparison facts for ${id}`)
      for (const key of ['runBy', 'cost', 'duration', 'binding', 'alongside'] as const) assert.ok(
        facts[key].text.length > 0,
        `${id}.${key}`,
      )
    }
    const p = plan({ decision: 'refuse-assessment', noticeSentOn: '2026-10-26' })
    assert.equal(p.comparison.rows.length, p.routes.length)
    assert.ok(p.comparison.rows.flatMap((r) => r.cells).some((c) => c.generalGuidance))
    assert.ok(p.comparison.rows.flatMap((r) => r.cells).some((c) => c.citations.length > 0))
  })
})

describe('text for the situation', () => {
  const all = (p: PlanView) => JSON.stringify([p.routes, p.contacts, p.doThisNext])
  test('no decision letter: the SEN team is not "in your decision letter"; waiting: nothing to "explain"', () => {
    const p = plan({ decision: 'la-conduct', requestReceivedOn: '2026-09-01', waitingFor: 'assessment-decision', area: 'liverpool' })
    assert.doesNotMatch(all(p), /decision letter should give/)
    assert.doesNotMatch(all(p), /explain the decision/)
    assert.equal(p.doThisNext?.action, 'Chase the council in writing')
  })

  test('a school complaint names the school procedure, the governing board and the Department for Education', () => {
    const p = plan({ decision: 'school-support', area: 'knowsley', spokenToSchool: 'yes' })
    const steps = p.routes.find((r) => r.id === 'complaint')?.nextSteps.join(' ') ?? ''
    assert.match(steps, /school for its complaints procedure/)
    assert.match(steps, /governing board/)
    assert.match(steps, /Department for Education/)
    assert.doesNotMatch(all(p), /For complaints about the council/)
  })
})
