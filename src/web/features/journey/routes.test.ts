import { after, before, describe, test } from 'node:test'
import assert from 'node:assert/strict'
import type { FastifyInstance } from 'fastify'
import { testConfig } from '../../../config.js'
import { testServices } from '../../../services.js'
import { journeyWithAreas } from '../../../journey/journey.js'
import { areaList } from '../../../content/areas.js'
import { buildApp } from '../../app.js'
import { answersQuery } from '../../../journey/engine.js'
import { allJourneyPaths, EXAMPLE_TODAY } from '../../../journey/paths.js'

let app: FastifyInstance
before(async () => {
  app = await buildApp(testConfig(), testServices(), { rateLimitMax: 100_000 })
  await app.ready()
})
after(() => app.close())

const TODAY = EXAMPLE_TODAY
const ENTITIES: Record<string, string> = { '&amp;': '&', '&quot;': '"', '&#39;': "'", '&lt;': '<', '&gt;': '>' }
const decode = (s: string) => s.replace(/&(amp|quot|#39|lt|gt);/g, (e) => ENTITIES[e] ?? e)

/** What a browser with JavaScript off does with a question page's GET form: hidden fields, then what was entered. */
function formUrl(html: string, entered: Record<string, string | string[]>): string {
  const action = /<form method="get" action="([^"]+)"/.exec(html)?.[1]
  assert.ok(action, 'the page has a GET form')
  const params = new URLSearchParams()
  for (const m of html.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)">/g)) {
    params.append(decode(m[1] ?? ''), decode(m[2] ?? ''))
  }
  for (const [name, value] of Object.entries(entered)) {
    for (const v of Array.isArray(value) ? value : [value]) params.append(name, v)
  }
  return `${decode(action)}?${params.toString()}`
}

async function get(url: string) {
  return app.inject({ method: 'GET', url })
}

/** Answers the page at `url` and follows the redirect; returns the next page's URL. */
async function answer(url: string, entered: Record<string, string | string[]>): Promise<string> {
  const page = await get(url)
  assert.equal(page.statusCode, 200, `${url} -> ${page.statusCode}`)
  const res = await get(formUrl(page.body, entered))
  assert.equal(res.statusCode, 303, `answering ${url} with ${JSON.stringify(entered)}: ${res.statusCode}`)
  return String(res.headers.location)
}

const errorSummary = (html: string) =>
  [...html.matchAll(/<a href="(#[^"]+)">([^<]+)<\/a>/g)].map((m) => ({ href: m[1], text: m[2] }))
const INLINE_ERROR = /<p id="[^"]+-error" class="govuk-error-message">\s*<span class="govuk-visually-hidden">Error:<\/span>\s*([^<]+?)\s*<\/p>/
const inlineError = (html: string) => INLINE_ERROR.exec(html)?.[1]

describe('the start page', () => {
  test('has a green start button into the journey', async () => {
    const res = await get('/start')
    assert.equal(res.statusCode, 200)
    assert.match(res.body, /<a href="\/journey\/who-is-asking"[^>]*class="govuk-button govuk-button--start"/)
    assert.match(res.body, /<h1 class="govuk-heading-xl">Find out what you can do<\/h1>/)
  })
  test('keeps a fixed date for testing', async () => {
    assert.match((await get('/start?today=2026-11-27')).body, /href="\/journey\/who-is-asking\?today=2026-11-27"/)
  })
})

describe('a complete journey, as a browser with JavaScript off would do it', () => {
  test('refused assessment, through check your answers, to the plan', async () => {
    let url = await answer(`/journey/who?asker=parent&today=${TODAY}`, { who: 'local-authority' })
    assert.match(url, /^\/journey\/ehc-plan\?/)
    url = await answer(url, { hasPlan: 'no' })
    assert.match(url, /^\/journey\/what-happened\?/)
    url = await answer(url, { happened: 'refuse-assessment' })
    assert.match(url, /^\/journey\/letter-date\?/)
    url = await answer(url, { 'noticeSentOn-day': '26', 'noticeSentOn-month': '10', 'noticeSentOn-year': '2026' })
    assert.match(url, /^\/journey\/mediation-adviser\?.*noticeSentOn=2026-10-26/)
    url = await answer(url, { mediation: 'not-yet' })
    assert.match(url, /^\/journey\/area\?/)
    url = await answer(url, { area: 'liverpool' })
    assert.match(url, /^\/journey\/check-answers\?/)

    const check = await get(url)
    assert.equal(check.statusCode, 200)
    assert.match(check.body, /Check your answers/)
    assert.match(check.body, /26 October 2026/)
    assert.match(check.body, /The council said no to an EHC needs assessment/)
    const planUrl = decode(/<a href="(\/plan\?[^"]+)"[^>]*class="govuk-button"/.exec(check.body)?.[1] ?? '')
    assert.equal(planUrl, `/plan?decision=refuse-assessment&noticeSentOn=2026-10-26&area=liverpool&today=${TODAY}`)

    const plan = await get(planUrl)
    assert.equal(plan.statusCode, 200)
    assert.match(plan.body, /Monday 4 January 2027/)
  })

  test('each question has a back link to the one before, with the answers so far', async () => {
    const page = await get(`/journey/letter-date?asker=parent&who=local-authority&hasPlan=no&happened=refuse-assessment&today=${TODAY}`)
    const back = decode(/<a href="([^"]+)" class="govuk-back-link">/.exec(page.body)?.[1] ?? '')
    assert.equal(
      back,
      `/journey/what-happened?asker=parent&who=local-authority&hasPlan=no&happened=refuse-assessment&today=${TODAY}`,
    )
    const first = await get('/journey/who-is-asking')
    assert.match(first.body, /<a href="\/start" class="govuk-back-link">/)
  })

  test('questions answered for the family are skipped (exclusion has one answer to "what happened")', async () => {
    const url = await answer(`/journey/who?asker=parent&today=${TODAY}`, { who: 'exclusion' })
    assert.match(url, /^\/journey\/exclusion-date\?asker=parent&who=exclusion/)
    const page = await get(url)
    assert.match(decode(/<a href="([^"]+)" class="govuk-back-link">/.exec(page.body)?.[1] ?? ''), /^\/journey\/who\?/)
  })

  test('a change link returns to check your answers when the rest still fits', async () => {
    const answers = `asker=parent&who=local-authority&hasPlan=no&happened=refuse-assessment&noticeSentOn=2026-10-26&mediation=not-yet&area=liverpool&today=${TODAY}`
    const next = await answer(
      `/journey/letter-date?${answers}`,
      { 'noticeSentOn-day': '20', 'noticeSentOn-month': '10', 'noticeSentOn-year': '2026' },
    )
    assert.match(next, /^\/journey\/check-answers\?.*noticeSentOn=2026-10-20/)
    const changed = await answer(`/journey/ehc-plan?${answers}`, { hasPlan: 'yes' })
    assert.match(changed, /^\/journey\/what-happened\?/, 'a change that makes later answers wrong asks them again')
  })

  test('the area chosen on the local help pages is already selected', async () => {
    const url = `/journey/area?asker=parent&who=school&hasPlan=no&spokenToSchool=yes&today=${TODAY}`
    const page = await app.inject({ method: 'GET', url, cookies: { area: 'knowsley' } })
    assert.equal(page.statusCode, 200)
    assert.match(page.body, /value="knowsley" checked/)
    const unknown = await app.inject({ method: 'GET', url, cookies: { area: '<b>' } })
    assert.doesNotMatch(unknown.body, /checked/)
  })

  test('the page shows the answer already given', async () => {
    const page = await get(`/journey/ehc-plan?asker=parent&who=local-authority&hasPlan=yes`)
    assert.match(page.body, /value="yes" checked/)
  })
})

describe('errors', () => {
  test('no answer: an error summary linking to the field, and the message by the field', async () => {
    const res = await get(`/journey/who/answer?asker=parent&today=${TODAY}`)
    assert.equal(res.statusCode, 400)
    assert.match(res.body, /<title>Error: Who made the decision/)
    assert.deepEqual(
      errorSummary(res.body),
      [{ href: '#who', text: 'Select who made the decision or what you are worried about' }],
    )
    assert.equal(inlineError(res.body), 'Select who made the decision or what you are worried about')
    assert.match(res.body, /<input class="govuk-radios__input" id="who" name="who"/, 'the link target exists')
  })

  const letter = `asker=parent&who=local-authority&hasPlan=no&happened=refuse-assessment&today=${TODAY}`
  const cases: [string, Record<string, string>, string, string][] = [
    ['empty date', { 'noticeSentOn-day': '', 'noticeSentOn-month': '', 'noticeSentOn-year': '' }, 'Enter the date on the decision letter', '#noticeSentOn-day'],
    ['impossible date', { 'noticeSentOn-day': '31', 'noticeSentOn-month': '02', 'noticeSentOn-year': '2026' }, 'The date on the decision letter must be a real date', '#noticeSentOn-day'],
    ['future date', { 'noticeSentOn-day': '1', 'noticeSentOn-month': '12', 'noticeSentOn-year': '2026' }, 'The date on the decision letter must be today or in the past', '#noticeSentOn-day'],
    ['missing year', { 'noticeSentOn-day': '1', 'noticeSentOn-month': '10', 'noticeSentOn-year': '' }, 'The date on the decision letter must include a year', '#noticeSentOn-year'],
  ]
  for (const [name, entered, message, href] of cases) {
    test(`${name}: "${message}"`, async () => {
      const res = await get(`/journey/letter-date/answer?${letter}&${new URLSearchParams(entered).toString()}`)
      assert.equal(res.statusCode, 400)
      assert.deepEqual(errorSummary(res.body), [{ href, text: message }])
      assert.equal(inlineError(res.body), message)
      assert.ok(res.body.includes(`id="${href.slice(1)}"`), 'the link target exists')
      if (entered['noticeSentOn-day']) assert.ok(
        res.body.includes(`value="${entered['noticeSentOn-day']}"`),
        'what was typed is shown again',
      )
    })
  }

  test('other date questions have their own words', async () => {
    const res = await get(`/journey/discrimination-date/answer?asker=parent&who=discrimination&today=${TODAY}`)
    assert.deepEqual(errorSummary(res.body), [{ href: '#actOn-day', text: 'Enter the date it happened' }])
    const waiting = await get(`/journey/request-date/answer?asker=parent&who=local-authority&hasPlan=no&happened=waiting-final-plan&requestReceivedOn-day=30&requestReceivedOn-month=2&requestReceivedOn-year=2026&today=${TODAY}`)
    assert.deepEqual(
      errorSummary(waiting.body),
      [{ href: '#requestReceivedOn-day', text: 'The date the council got the request must be a real date' }],
    )
  })

  test('checkboxes with nothing ticked', async () => {
    const res = await get(`/journey/plan-parts/answer?asker=parent&who=local-authority&hasPlan=yes&happened=plan-contents&today=${TODAY}`)
    assert.equal(res.statusCode, 400)
    assert.deepEqual(
      errorSummary(res.body),
      [{ href: '#appealAbout', text: 'Select which parts of the EHC plan you disagree with' }],
    )
  })

  test('a bad date already in the URL is shown with its error', async () => {
    const res = await get(`/journey/letter-date?${letter}&noticeSentOn=2026-02-31`)
    assert.equal(res.statusCode, 200)
    assert.deepEqual(
      errorSummary(res.body),
      [{ href: '#noticeSentOn-day', text: 'The date on the decision letter must be a real date' }],
    )
  })

  test('a URL with a bad earlier answer goes back to the first bad question', async () => {
    const res = await get(`/journey/area?asker=parent&who=local-authority&hasPlan=perhaps&happened=refuse-assessment&noticeSentOn=2026-10-26`)
    assert.equal(res.statusCode, 303)
    assert.match(String(res.headers.location), /^\/journey\/ehc-plan\?asker=parent&who=local-authority&hasPlan=perhaps/)
    const jumped = await get(`/journey/area?today=${TODAY}`)
    assert.equal(jumped.headers.location, `/journey/who-is-asking?today=${TODAY}`)
    const answered = await get(`/journey/area/answer?area=liverpool&today=${TODAY}`)
    assert.equal(answered.headers.location, `/journey/who-is-asking?today=${TODAY}`)
  })

  test('check your answers with answers missing goes to the first one missing', async () => {
    const res = await get(`/journey/check-answers?asker=parent&who=school`)
    assert.equal(res.statusCode, 303)
    assert.match(String(res.headers.location), /^\/journey\/ehc-plan\?asker=parent&who=school/)
  })

  test('an unknown question is not found', async () => {
    assert.equal((await get('/journey/favourite-colour')).statusCode, 404)
    assert.equal((await get('/journey/favourite-colour/answer')).statusCode, 404)
  })

  test('what people type is escaped', async () => {
    const res = await get(`/journey/letter-date/answer?${letter}&noticeSentOn-day=%3Cscript%3E&noticeSentOn-month=1&noticeSentOn-year=2026`)
    assert.equal(res.statusCode, 400)
    assert.doesNotMatch(res.body, /<script>/)
    assert.match(res.body, /value="&lt;script&gt;"/)
  })
})

describe('every branch of the journey reaches a plan over HTTP', () => {
  test('check your answers, then the plan, for each way through', async () => {
    const paths = allJourneyPaths(journeyWithAreas(areaList(testServices().content)))
    assert.ok(paths.length > 300)
    for (const path of paths) {
      const check = await get(`/journey/check-answers?${answersQuery({ ...path.answers, today: TODAY })}`)
      assert.equal(check.statusCode, 200, JSON.stringify(path.answers))
      const planUrl = decode(/<a href="(\/plan\?[^"]+)"[^>]*class="govuk-button"/.exec(check.body)?.[1] ?? '')
      const plan = await get(planUrl)
      assert.equal(plan.statusCode, 200, `${planUrl}: ${plan.statusCode}`)
      assert.match(plan.body, /data-testid="routes"/)
    }
  })
})

describe('never a 500 in the journey', () => {
  let seed = 7
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed / 2147483648
  }
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T
  const ids = ['who-is-asking', 'who', 'ehc-plan', 'appeal-about', 'tribunal-order', 'hearing-date', 'transfer-date', 'transport-review', 'what-happened', 'plan-parts', 'letter-date', 'exclusion-date', 'mediation-adviser', 'certificate-date', 'area', 'check-answers']
  const answers: [string, readonly string[]][] = [
    ['asker', ['parent', 'young-person', 'x']],
    ['who', ['school', 'local-authority', 'exclusion', 'discrimination', 'health', 'x']],
    ['hasPlan', ['yes', 'no', '']],
    ['happened', ['refuse-assessment', 'plan-contents', 'school-support', 'waiting-final-plan', 'appeal-lodged', 'order-not-done', 'transport', 'phase-transfer', 'x']],
    ['appealed', ['refuse-assessment', 'plan-contents', 'x']],
    ['appealNow', ['hearing-set', 'unopposed', 'x']],
    ['hearingOn', ['2027-02-15', '2026-01-01', 'x']],
    ['transferKind', ['other', 'post-16-other', 'x']],
    ['appealAbout', ['needs', 'placement', 'x']],
    ['noticeSentOn', ['2026-10-26', '2026-02-31', '2030-01-01', 'x']],
    ['noticeSentOn-day', ['1', '31', 'x', '']],
    ['noticeSentOn-month', ['2', 'March', '13', '']],
    ['noticeSentOn-year', ['2026', '26', '']],
    ['mediation', ['not-yet', 'mediation', 'certificate-only']],
    ['area', ['liverpool', 'other', '<i>']],
    ['today', ['2026-11-27', 'x']],
  ]
  test('for random answers on random pages', async () => {
    for (let i = 0; i < 300; i++) {
      const params = new URLSearchParams()
      for (const [key, list] of answers) if (random() < 0.5) params.append(key, pick(list))
      const id = pick(ids)
      for (const path of [`/journey/${id}`, `/journey/${id}/answer`]) {
        const res = await get(`${path}?${params.toString()}`)
        assert.ok([200, 303, 400, 404].includes(res.statusCode), `${path}?${params.toString()} gave ${res.statusCode}`)
        if (id === 'check-answers' && path.endsWith('/answer')) assert.equal(res.statusCode, 404)
      }
    }
  })
})

test('changing a date answer shows the day, month and year already given', async () => {
  const answers = 'asker=parent&who=local-authority&hasPlan=no&happened=refuse-assessment&noticeSentOn=2026-03-05&today=2026-04-01'
  const page = await app.inject(`/journey/letter-date?${answers}`)
  assert.equal(page.statusCode, 200)
  for (const [part, value] of [['day', '5'], ['month', '3'], ['year', '2026']]) {
    assert.match(page.body, new RegExp(`name="noticeSentOn-${part}"[^>]*value="${value}"`), part)
  }
})

describe('the new situations', () => {
  test('an appeal already lodged: what it was about, the dates, a hearing date in the future, then a plan link with the Tribunal facts', async () => {
    let url = await answer(`/journey/who-is-asking?today=${TODAY}`, { asker: 'parent' })
    url = await answer(url, { who: 'local-authority' })
    url = await answer(url, { hasPlan: 'no' })
    url = await answer(url, { happened: 'appeal-lodged' })
    assert.match(url, /^\/journey\/appeal-about\?/)
    url = await answer(url, { appealed: 'refuse-assessment' })
    assert.match(url, /^\/journey\/appealed-letter-date\?/, 'mediation is not asked again')
    url = await answer(url, { 'noticeSentOn-day': '26', 'noticeSentOn-month': '10', 'noticeSentOn-year': '2026' })
    url = await answer(url, { 'lodgedOn-day': '2', 'lodgedOn-month': '11', 'lodgedOn-year': '2026' })
    url = await answer(url, { appealNow: 'hearing-set' })
    url = await answer(url, { 'registeredOn-day': '16', 'registeredOn-month': '11', 'registeredOn-year': '2026' })
    assert.match(url, /^\/journey\/hearing-date\?/)
    url = await answer(url, { 'hearingOn-day': '15', 'hearingOn-month': '2', 'hearingOn-year': '2027' })
    url = await answer(url, { area: 'knowsley' })
    const check = await get(url)
    assert.equal(check.statusCode, 200)
    assert.match(check.body, /15 February 2027/)
    const planUrl = decode(/<a href="(\/plan\?[^"]+)"[^>]*class="govuk-button"/.exec(check.body)?.[1] ?? '')
    assert.equal(
      planUrl,
      `/plan?decision=refuse-assessment&noticeSentOn=2026-10-26&area=knowsley&lodgedOn=2026-11-02&registeredOn=2026-11-16&hearingOn=2027-02-15&today=${TODAY}`,
    )
    assert.equal((await get(planUrl)).statusCode, 200)
  })

  test('a registration date before the appeal was sent says so', async () => {
    const before = `asker=parent&who=local-authority&hasPlan=yes&happened=appeal-lodged&appealed=cease-plan&noticeSentOn=2026-10-26&lodgedOn=2026-11-02&appealNow=registered&today=${TODAY}`
    const res = await get(`/journey/registered-date/answer?${before}&registeredOn-day=1&registeredOn-month=11&registeredOn-year=2026`)
    assert.equal(res.statusCode, 400)
    assert.deepEqual(errorSummary(res.body), [
      { href: '#registeredOn-day', text: 'The date the appeal was registered must be the same as or after the date you sent the appeal' },
    ])
  })

  test('a move to a new school may be in the future; a review date may not', async () => {
    const move = `asker=parent&who=local-authority&hasPlan=yes&happened=phase-transfer&transferKind=other&today=${TODAY}`
    const ok = await get(`/journey/transfer-date/answer?${move}&transferOn-day=1&transferOn-month=9&transferOn-year=2027`)
    assert.equal(ok.statusCode, 303)
    const review = `asker=parent&who=local-authority&hasPlan=yes&happened=review-coming&reviewedBefore=yes&today=${TODAY}`
    const future = await get(`/journey/last-review-date/answer?${review}&lastReviewOn-day=1&lastReviewOn-month=1&lastReviewOn-year=2027`)
    assert.equal(future.statusCode, 400)
    assert.equal(inlineError(future.body), 'The date of the last annual review meeting must be today or in the past')
  })

  test('the order question is skipped when only one order fits the appeal', async () => {
    const url = await answer(
      `/journey/appeal-about?asker=parent&who=local-authority&hasPlan=no&happened=order-not-done&today=${TODAY}`,
      { appealed: 'refuse-plan' },
    )
    assert.match(url, /^\/journey\/appealed-letter-date\?.*order=make-plan/)
  })
})

describe('a young person asking for themselves', () => {
  const young = `asker=young-person&today=${TODAY}`

  test('who is asking is the first question, and it must be answered', async () => {
    const res = await get(`/journey/who-is-asking/answer?today=${TODAY}`)
    assert.equal(res.statusCode, 400)
    assert.deepEqual(errorSummary(res.body), [
      { href: '#asker', text: 'Select whether you are asking for your child or for yourself' },
    ])
  })

  test('the questions speak to them, not about a child', async () => {
    for (const path of [`/journey/who?${young}`, `/journey/ehc-plan?${young}&who=local-authority`, `/journey/what-happened?${young}&who=local-authority&hasPlan=yes`]) {
      const page = await get(path)
      assert.equal(page.statusCode, 200, path)
      const main = /<main[\s\S]*<\/main>/.exec(page.body)?.[0] ?? ''
      assert.doesNotMatch(main, /\bchild\b/i, path)
    }
    const plan = await get(`/journey/ehc-plan?${young}&who=local-authority`)
    assert.match(plan.body, /Do you have an education, health and care \(EHC\) plan\?/)
    const error = await get(`/journey/ehc-plan/answer?${young}&who=local-authority`)
    assert.equal(inlineError(error.body), 'Select yes if you have an EHC plan')
  })

  test('check your answers uses their words, and the plan link carries who=young-person', async () => {
    const answers = `${young}&who=exclusion&actOn=2026-11-02&exclusionReview=not-yet&spokenToSchool=yes&area=liverpool`
    const check = await get(`/journey/check-answers?${answers}`)
    assert.equal(check.statusCode, 200)
    assert.match(check.body, /I have been suspended or excluded from school/)
    const planUrl = decode(/<a href="(\/plan\?[^"]+)"[^>]*class="govuk-button"/.exec(check.body)?.[1] ?? '')
    assert.match(planUrl, /^\/plan\?decision=exclusion&.*&who=young-person/)
    assert.equal((await get(planUrl)).statusCode, 200)
  })
})
