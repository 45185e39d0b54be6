import { after, before, describe, test } from 'node:test'
import assert from 'node:assert/strict'
import type { FastifyInstance } from 'fastify'
import { testConfig } from '../../../config.js'
import { testServices } from '../../../services.js'
import { buildApp } from '../../app.js'

let app: FastifyInstance
before(async () => {
  app = await buildApp(testConfig({ PUBLIC_URL: 'https://sendpath.example' }), testServices(), { rateLimitMax: 100_000 })
  await app.ready()
})
after(() => app.close())

const get = (url: string) => app.inject({ method: 'GET', url })
const T = 'today=2026-11-27'
// The plan page writes every character beyond ASCII as its number (ADR 0013).
const decode = (s: string) =>
  s.replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n))).replace(/&amp;/g, '&').replace(/&quot;/g, '"')

/** The routes offered, in order, as the page lists them. */
const all = (html: string, re: RegExp) => [...html.matchAll(re)].map((m) => m[1])
const routes = (html: string) => all(html, /<li class="app-route" id="route-[^"]+" data-route="([^"]+)">/g)
const closed = (html: string) => all(html, /<div class="app-closed-route" data-route="([^"]+)">/g)
const milestone = (html: string, id: string) => {
  const item = `<li class="app-milestone" data-milestone="${id}" data-status="([^"]+)">`
  const heading = '\\s*<p[^>]*><strong>([^<]+?)</strong> <strong class="govuk-tag ?([^"]*)">([^<]+)</strong>'
  const m = new RegExp(item + heading).exec(html)
  assert.ok(m, `milestone ${id} on the page`)
  return { status: m[1], date: m[2], tagClass: m[3], tag: m[4] }
}
const plainText = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim()
const warnings = (html: string) =>
  all(html, /<strong class="govuk-warning-text__text">([\s\S]*?)<\/strong>\s*<\/div>/g).map((w) => plainText(w ?? ''))

describe('the six example journeys', () => {
  test('refused assessment (notice 26 October 2026): appeal by Monday 4 January 2027', async () => {
    const res = await get(`/plan?decision=refuse-assessment&noticeSentOn=2026-10-26&area=liverpool&${T}`)
    assert.equal(res.statusCode, 200)
    assert.match(String(res.headers['content-type']), /^text\/html/)
    assert.deepEqual(
      routes(res.body),
      ['mediation-advice', 'tribunal-appeal', 'talk-to-sen-team', 'mediation', 'disagreement-resolution', 'complaint', 'request-assessment'],
    )
    const next = /<div id="do-this-next"[\s\S]*?<\/div>/.exec(res.body)?.[0] ?? ''
    assert.ok(res.body.indexOf('id="do-this-next"') < res.body.indexOf('id="routes"'), 'do this next comes first')
    assert.match(plainText(next), /Do this next Get mediation advice and a certificate Do it by Saturday 26 December 2026 \(29 days left\)\./)
    assert.match(next, /<a href="\/letters\/mediation-reply\?decisionDate=2026-10-26&amp;decision=refuse-assessment&amp;area=liverpool" role="button"[^>]*class="govuk-button"/)
    assert.match(next, /href="tel:08000129066">0800 012 9066<\/a>/)
    assert.equal(res.headers['cache-control'], 'no-store')
    assert.deepEqual(
      milestone(res.body, 'appeal-deadline'),
      { status: 'upcoming', date: 'Monday 4 January 2027', tagClass: '', tag: 'Coming up' },
    )
    assert.deepEqual(
      milestone(res.body, 'notice-sent'),
      { status: 'passed', date: 'Monday 26 October 2026', tagClass: 'govuk-tag--grey', tag: 'Passed' },
    )
    assert.match(res.body, /Liverpool &amp; Knowsley SENDIASS/)
    // Each contact once, in "Who can help".
    assert.equal(res.body.split('mailto:liverpoolandknowsleysend@wired.me.uk').length - 1, 1)
    assert.equal(res.body.split('<h3 class="govuk-heading-s govuk-!-margin-bottom-1">First-tier Tribunal (Special Educational Needs and Disability)').length - 1, 1)
    // Sources and their grades sit in "How we worked this out", with the note on unchecked ones once.
    const how = res.body.slice(res.body.indexOf('data-testid="how-we-worked-this-out"'))
    const before = res.body.slice(0, res.body.indexOf('data-testid="how-we-worked-this-out"'))
    assert.match(how, /Sources marked \* are not yet checked against the original text\./)
    assert.doesNotMatch(before, /not yet checked|SEND Code of Practice 2015, paragraph|The law:/)
    assert.match(how, /data-testid="comparison"/)
    assert.match(res.body, /href="\/letters\/mediation-reply\?decisionDate=2026-10-26&amp;decision=refuse-assessment&amp;area=liverpool"/)
    assert.match(res.body, /SEND Code of Practice 2015, paragraph 11\.13-11\.38/)
    assert.match(res.body, /sections 53-54\*; Special Educational Needs and Disability Regulations 2014/)
  })

  test('final plan, only the school named: the page says no mediation advice is needed', async () => {
    const res = await get(`/plan?decision=plan-contents&noticeSentOn=2026-10-26&area=knowsley&appealAbout=placement&${T}`)
    assert.equal(res.statusCode, 200)
    assert.ok(!routes(res.body).includes('mediation-advice'))
    assert.ok(closed(res.body).includes('mediation-advice'))
    assert.match(
      res.body,
      /You do not need mediation advice or a certificate, because your appeal is only about the school or college named/,
    )
    assert.equal(milestone(res.body, 'appeal-deadline').date, 'Monday 4 January 2027')
  })

  test('school SEN support with no plan: no dates, no calendar, talk to the school first', async () => {
    const res = await get(`/plan?decision=school-support&area=liverpool&spokenToSchool=no&${T}`)
    assert.equal(res.statusCode, 200)
    assert.deepEqual(routes(res.body), ['talk-to-school', 'request-assessment', 'disagreement-resolution', 'complaint'])
    assert.ok(closed(res.body).includes('tribunal-appeal'))
    assert.match(res.body, /There are no time limits in law for this/)
    assert.doesNotMatch(res.body, /plan\.ics/)
    assert.match(res.body, /href="\/letters\/meeting-request\?area=liverpool"/)
  })

  test('exclusion: the review, and a discrimination claim by Saturday 1 May 2027', async () => {
    const res = await get(`/plan?decision=exclusion&actOn=2026-11-02&area=knowsley&${T}`)
    assert.equal(res.statusCode, 200)
    assert.deepEqual(routes(res.body), ['exclusion-review', 'disability-discrimination-claim', 'talk-to-school'])
    assert.equal(milestone(res.body, 'claim-deadline').date, 'Saturday 1 May 2027')
    assert.match(res.body, /15 school days/)
  })

  test('a deadline already passed: the late appeal explanation', async () => {
    const res = await get(`/plan?decision=refuse-plan&noticeSentOn=2026-06-10&area=liverpool&${T}`)
    assert.equal(res.statusCode, 200)
    assert.equal(milestone(res.body, 'appeal-deadline').date, 'Tuesday 1 September 2026')
    assert.equal(milestone(res.body, 'appeal-deadline').tag, 'Passed')
    const text = warnings(res.body).join('\n')
    assert.match(
      text,
      /The last day to appeal was Tuesday 1 September 2026\. The last day to appeal has passed, but you may still be able/,
    )
    assert.match(plainText(res.body), /Do this next Appeal now, and ask the Tribunal to accept it late/)
  })

  test('discrimination: claim by Wednesday 9 September 2026 for something on 10 March 2026', async () => {
    const res = await get('/plan?decision=disability-discrimination&actOn=2026-03-10&area=liverpool&today=2026-04-01')
    assert.equal(res.statusCode, 200)
    assert.deepEqual(routes(res.body), ['disability-discrimination-claim', 'talk-to-school', 'complaint'])
    assert.deepEqual(
      milestone(res.body, 'claim-deadline'),
      { status: 'upcoming', date: 'Wednesday 9 September 2026', tagClass: '', tag: 'Coming up' },
    )
    assert.ok(closed(res.body).includes('mediation-advice'))
  })
})

describe('what the plan shows', () => {
  test('a deadline due today is red, and a deadline within 14 days is a warning', async () => {
    const q = 'decision=refuse-assessment&noticeSentOn=2026-10-26&mediation=certificate-only&adviserInformedOn=2026-10-28&certificateSentOn=2026-10-30'
    const due = await get(`/plan?${q}&today=2027-01-04`)
    assert.deepEqual(
      milestone(due.body, 'appeal-deadline'),
      { status: 'due-today', date: 'Monday 4 January 2027', tagClass: 'govuk-tag--red', tag: 'Due today' },
    )
    assert.ok(warnings(due.body).some((w) => w.includes('Today is the last day')))
    const soon = await get(`/plan?${q}&today=2026-12-24`)
    assert.ok(warnings(soon.body).some((w) => w.startsWith('Warning 11 days left: the Tribunal must receive your appeal by Monday 4 January 2027.')))
  })

  test('the timeline picture, with its text equivalent right after it', async () => {
    const res = await get(`/plan?decision=refuse-assessment&noticeSentOn=2026-10-26&mediation=mediation&laInformedOn=2026-11-02&concludedOn=2026-11-20&certificateSentOn=2026-11-23&${T}`)
    const figure = /<figure class="app-timeline-figure app-plan-timeline" data-testid="timeline">\s*(<svg[\s\S]*?<\/svg>)\s*<\/figure>\s*<ol class="govuk-list govuk-list--number" data-testid="timeline-list">([\s\S]*?)<\/ol>/.exec(res.body)
    assert.ok(figure, 'an SVG then an ordered list of the same dates')
    const [, svg, list] = figure
    assert.match(svg ?? '', /role="img"/)
    assert.match(svg ?? '', /<title id="plan-timeline-title">/)
    assert.match(svg ?? '', /<desc id="plan-timeline-desc">/)
    for (const text of ['Today, 27 November 2026', 'Mediation finished', 'Mediation certificate issued', '4 January 2027']) assert.ok(
      svg?.includes(text),
      text,
    )
    const items = [...(list ?? '').matchAll(/<li>([^<]+)<\/li>/g)].map((m) => m[1])
    assert.equal(items[0], '26 October 2026: Decision letter sent (passed)')
    assert.ok(items.includes('27 November 2026: today'))
    assert.ok(items.includes('23 November 2026: Mediation certificate issued (passed)'))
    assert.equal(
      items[items.length - 1],
      '4 January 2027: Last day for the Tribunal to receive your appeal (coming up)',
    )
    assert.doesNotMatch(res.body, /\sstyle="/, 'no inline styles: the CSP forbids them')
  })

  test('the comparison is a table for wide screens and summary lists for phones', async () => {
    const res = await get(`/plan?decision=refuse-assessment&noticeSentOn=2026-10-26&${T}`)
    assert.match(res.body, /<div class="app-compare-table">\s*<table class="govuk-table/)
    assert.match(res.body, /<div class="app-compare-stacked">\s*<h3 class="govuk-heading-s">[^<]+<\/h3>\s*<dl class="govuk-summary-list/)
    assert.match(res.body, /<th scope="col" class="govuk-table__header">Who runs it<\/th>/)
    assert.match(res.body, /\(general guidance\)/)
  })

  test('still waiting: when the council had to decide, that it is late, and the letter to chase it', async () => {
    const res = await get(`/plan?decision=la-conduct&requestReceivedOn=2026-09-01&waitingFor=assessment-decision&area=liverpool&${T}`)
    assert.equal(res.statusCode, 200)
    assert.match(res.body, /Still waiting for the council/)
    assert.match(
      res.body,
      /The council had to decide whether to do an EHC needs assessment by Tuesday 13 October 2026\./,
    )
    assert.match(res.body, /It is 45 days late\./)
    assert.match(
      res.body,
      /href="\/letters\/chase-late-decision\?limit=assessment-decision&amp;startedOn=2026-09-01&amp;area=liverpool"/,
    )
    assert.match(res.body, /Ombudsman/)
    assert.match(res.body, /Your right to appeal starts only once the council makes its decision/)
  })

  test('print and calendar links carry the same answers', async () => {
    const res = await get(`/plan?decision=refuse-assessment&noticeSentOn=2026-10-26&area=liverpool&${T}`)
    assert.match(
      res.body,
      /href="\/plan\/print\?decision=refuse-assessment&amp;noticeSentOn=2026-10-26&amp;area=liverpool&amp;today=2026-11-27"/,
    )
    assert.match(
      res.body,
      /href="\/plan\.ics\?decision=refuse-assessment&amp;noticeSentOn=2026-10-26&amp;area=liverpool&amp;today=2026-11-27"/,
    )
    const print = await get(`/plan/print?decision=refuse-assessment&noticeSentOn=2026-10-26&area=liverpool&${T}`)
    assert.equal(print.statusCode, 200)
    assert.match(decode(print.body), /use your browser’s print option/)
  })

  test('"change your answers" goes back into the journey with what the plan implies', async () => {
    const res = await get(`/plan?decision=refuse-assessment&noticeSentOn=2026-10-26&area=liverpool&${T}`)
    const href = decode(/<a class="govuk-link" href="([^"]+)">Change your answers<\/a>/.exec(res.body)?.[1] ?? '')
    assert.equal(
      href,
      '/journey/check-answers?who=local-authority&hasPlan=no&happened=refuse-assessment&noticeSentOn=2026-10-26&area=liverpool&today=2026-11-27',
    )
  })

  test('unknown parameters are ignored', async () => {
    assert.equal((await get(`/plan?decision=school-support&utm_source=leaflet&${T}`)).statusCode, 200)
  })
})

describe('areas', () => {
  test('an unknown area: the plan renders with national services and says local details are not available', async () => {
    const res = await get(`/plan?decision=refuse-assessment&noticeSentOn=2026-10-26&area=narnia&${T}`)
    assert.equal(res.statusCode, 200)
    assert.match(decode(res.body), /Local details are not available for “narnia” yet\./)
    assert.match(res.body, /IPSEA/)
    assert.match(res.body, /Coram Children&#39;s Legal Centre/)
    assert.doesNotMatch(res.body, /Liverpool &amp; Knowsley SENDIASS/)
  })
  test('"somewhere else" from the journey, and no area at all', async () => {
    assert.match(
      (await get(`/plan?decision=school-support&area=other&${T}`)).body,
      /Local details are not available for your area yet\./,
    )
    assert.match(
      (await get(`/plan?decision=school-support&${T}`)).body,
      /Local details are not available for your area yet\./,
    )
  })
  test('user-controlled values are escaped (area=<script>)', async () => {
    const res = await get(`/plan?decision=school-support&area=${encodeURIComponent('<script>alert(1)</script>')}&${T}`)
    assert.equal(res.statusCode, 200)
    assert.doesNotMatch(res.body, /<script>alert/)
    assert.match(res.body, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/)
    const bad = await get(`/plan?decision=${encodeURIComponent('"><script>x</script>')}`)
    assert.equal(bad.statusCode, 400)
    assert.doesNotMatch(bad.body, /<script>x/)
  })
})

describe('bad parameters: a 400 page listing each problem, never a 500', () => {
  const cases: [string, string, RegExp][] = [
    ['no parameters', '', /Say which decision you disagree with/],
    ['an unknown decision', 'decision=complain-loudly', /Choose a decision this service knows/],
    ['no decision letter date for an appeal', 'decision=refuse-assessment&area=liverpool', /Enter the date the decision letter was sent/],
    ['an impossible date', 'decision=refuse-assessment&noticeSentOn=2026-02-31', /The date on the decision letter must be a real date/],
    ['a date in the wrong form', 'decision=refuse-assessment&noticeSentOn=26/10/2026', /must be a real date in the form YYYY-MM-DD/],
    ['a date after today', `decision=refuse-assessment&noticeSentOn=2026-12-25&${T}`, /cannot be after today/],
    ['a bad part of the plan', 'decision=plan-contents&noticeSentOn=2026-10-26&appealAbout=garden', /Choose the parts of the EHC plan/],
    ['no parts of the plan', 'decision=plan-contents&noticeSentOn=2026-10-26', /Say which parts of the plan you disagree with/],
    ['a bad mediation choice', 'decision=refuse-assessment&noticeSentOn=2026-10-26&mediation=maybe', /mediation or certificate-only/],
    ['the same parameter twice', 'decision=refuse-assessment&decision=refuse-plan&noticeSentOn=2026-10-26', /Give decision only once/],
    ['a bad today', 'decision=school-support&today=tomorrow', /Today&#39;s date must be a real date/],
    ['a year the calendar does not cover', 'decision=refuse-assessment&noticeSentOn=1900-01-01', /between 1990 and 2099/],
    ['mediation dates in the wrong order', `decision=refuse-assessment&noticeSentOn=2026-10-26&mediation=mediation&laInformedOn=2026-11-10&concludedOn=2026-11-01&${T}`, /Mediation cannot have ended before/],
    ['discrimination with no date', 'decision=disability-discrimination', /Enter the date the discrimination happened/],
    ['a very long value', `decision=school-support&area=${'x'.repeat(500)}`, /too long/],
  ]
  for (const [name, query, message] of cases) {
    test(name, async () => {
      const res = await get(`/plan?${query}`)
      assert.equal(res.statusCode, 400, res.body.slice(0, 200))
      assert.match(res.body, /There is a problem with the link to your plan/)
      assert.match(res.body, /<div class="govuk-error-summary"/)
      assert.match(res.body, message)
      assert.match(res.body, /<a class="govuk-link" href="\/journey\/[^"]+">Answer this question again<\/a>/)
      // Never the link's field names, such as (noticeSentOn).
      const list = /data-testid="plan-problems">([\s\S]*?)<\/ul>/.exec(res.body)?.[1] ?? ''
      assert.doesNotMatch(list, /\((decision|area|appealAbout|mediation|today|[a-z]+On)\)/)
    })
  }

  test('several problems are listed together, each linking to its question', async () => {
    const res = await get('/plan?decision=nope&noticeSentOn=2026-13-01&appealAbout=walls')
    const list = /<ul class="govuk-list govuk-list--bullet" data-testid="plan-problems">([\s\S]*?)<\/ul>/.exec(res.body)?.[1] ?? ''
    const links = [...list.matchAll(/href="([^"]+)"/g)].map((m) => decode(m[1] ?? ''))
    assert.equal(links.length, 3)
    assert.ok(links.some((l) => l.startsWith('/journey/who')))
    assert.ok(links.some((l) => l.startsWith('/journey/letter-date')))
    assert.ok(links.some((l) => l.startsWith('/journey/plan-parts')))
  })
})

describe('GET /plan.ics', () => {
  test('downloads the upcoming deadlines as all-day events with three reminders each, at 9am', async () => {
    const res = await get(`/plan.ics?decision=refuse-assessment&noticeSentOn=2026-10-26&area=liverpool&${T}`)
    assert.equal(res.statusCode, 200)
    assert.equal(res.headers['content-type'], 'text/calendar; charset=utf-8')
    assert.equal(res.headers['content-disposition'], 'attachment; filename="sendpath-deadlines.ics"')
    const ics = res.body
    const events = ics.split('BEGIN:VEVENT').slice(1)
    assert.equal(events.length, 2, 'contact the mediation adviser, and the appeal deadline')
    assert.match(ics, /DTSTART;VALUE=DATE:20261226/)
    assert.match(ics, /DTSTART;VALUE=DATE:20270104/)
    for (const e of events) {
      assert.equal((e.match(/BEGIN:VALARM/g) ?? []).length, 3)
      assert.match(e, /TRIGGER:-P27DT15H\r\n/)
      assert.match(e, /TRIGGER:-P6DT15H\r\n/)
      assert.match(e, /DTSTART;VALUE=DATE:\d{8}\r\n/)
    }
    assert.match(ics.replace(/\r\n /g, ''), /URL:https:\/\/sendpath\.example\/plan\?decision=refuse-assessment/)
  })

  test('bad parameters give the 400 page', async () => {
    const res = await get('/plan.ics?decision=refuse-assessment')
    assert.equal(res.statusCode, 400)
    assert.match(String(res.headers['content-type']), /^text\/html/)
    assert.match(res.body, /Enter the date the decision letter was sent/)
  })

  test('a plan with nothing to come gives an empty calendar', async () => {
    const res = await get(`/plan.ics?decision=school-support&${T}`)
    assert.equal(res.statusCode, 200)
    assert.doesNotMatch(res.body, /BEGIN:VEVENT/)
  })
})

describe('never a 500', () => {
  // A fixed-seed generator, so a failure can be reproduced.
  let seed = 20261127
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed / 2147483648
  }
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T
  const dates = ['2026-10-26', '2026-11-02', '2026-11-20', '2026-02-31', '1980-01-01', '2099-12-31', '2026-1-1', 'tomorrow', '', '2027-01-04']
  const values: Record<string, readonly string[]> = {
    decision: ['refuse-assessment', 'refuse-reassessment', 'refuse-plan', 'plan-contents', 'refuse-amend', 'cease-plan', 'school-support', 'health-provision', 'social-care-provision', 'la-conduct', 'exclusion', 'disability-discrimination', 'nope', ''],
    appealAbout: ['needs', 'provision', 'placement', 'health-social-care', 'roof', ''],
    mediation: ['mediation', 'certificate-only', 'not-yet', ''],
    area: ['liverpool', 'knowsley', 'other', '<b>', ''],
    waitingFor: ['assessment-decision', 'final-plan', 'review-decision', 'lunch'],
    spokenToSchool: ['yes', 'no', 'perhaps'],
  }
  const dateKeys = ['noticeSentOn', 'actOn', 'adviserInformedOn', 'laInformedOn', 'concludedOn', 'certificateSentOn', 'requestReceivedOn', 'reviewMeetingOn', 'draftPlanServedOn', 'amendmentNoticeSentOn', 'today']

  test('for hundreds of random combinations of good and bad parameters', async () => {
    for (let i = 0; i < 400; i++) {
      const params = new URLSearchParams()
      for (const [key, list] of Object.entries(values)) if (random() < 0.6) params.append(key, pick(list))
      if (random() < 0.3) params.append('appealAbout', pick(values.appealAbout ?? []))
      for (const key of dateKeys) if (random() < 0.3) params.append(key, pick(dates))
      for (const path of ['/plan', '/plan.ics']) {
        const res = await get(`${path}?${params.toString()}`)
        assert.ok(
          res.statusCode === 200 || res.statusCode === 400,
          `${path}?${params.toString()} gave ${res.statusCode}`,
        )
      }
    }
  })
})
