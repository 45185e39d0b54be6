import { after, before, describe, test } from 'node:test'
import assert from 'node:assert/strict'
import type { Page } from 'playwright-core'
import { computeTimeline, formatDate, parseIsoDate, type TimelineFacts } from '../../src/law/index.js'
import { assertAccessible, assertNoHorizontalScroll, openPage, sameOrigin, startHarness, type Harness } from './support/browser.js'
import { answer, daysAgo, questionTitle, today, walkJourney, type Step } from './support/journey-walk.js'

// Six complete "what can I do?" journeys, clicked through as a parent would, checked for routes,
// dates, accessibility (axe, WCAG 2.2 AA) on every page, reflow at 320px and no third-party requests.
// The journey asks for real dates, so the expected dates come from the engine (whose own tests
// check them against the law) for dates relative to today in London.

let h: Harness
before(async () => {
  h = await startHarness()
})
after(() => h.close())

/** Answers for questions a journey may or may not ask, depending on earlier answers. */
const DEFAULTS: Step[] = [
  [/asking for your child, or for yourself/i, 'I am a parent or carer, asking about my child'],
  [/talked to the teacher/i, 'Yes'],
  [/governing board decided/i, 'No, not yet, or I do not know'],
]

const walk = (page: Page, steps: Step[], label: string, check = true) =>
  walkJourney(h, page, steps, label, { defaults: DEFAULTS, check })

const expected = (facts: Omit<TimelineFacts, 'today'>, id: string) => {
  const m = computeTimeline({ ...facts, today: today.toString() }).milestones.find((x) => x.id === id)
  assert.ok(m, `the engine gives ${id}`)
  return formatDate(parseIsoDate(m.date)!)
}
const routesText = (page: Page) => page.locator('[data-testid=routes]').innerText()
const datesText = (page: Page) => page.locator('[data-testid=dates]').innerText()
/** What is not open, as a reader sees it after opening the folded section. */
async function closedText(page: Page): Promise<string> {
  const closed = page.locator('[data-testid=closed-routes]')
  await closed.locator('summary').click()
  return closed.innerText()
}

describe('six journeys from the start page to the plan', () => {
  test('a refused EHC needs assessment: mediation advice, then the Tribunal, with the appeal date', async () => {
    const { page, requests, close } = await openPage(h)
    const letter = daysAgo(10)
    await walk(page, [
      [/who made the decision/i, 'The council (local authority)'],
      [/EHC\) plan/i, 'No, or not yet'],
      [/what has happened/i, 'The council said no to an EHC needs assessment'],
      [/date is on the decision letter/i, letter],
      [/contacted the mediation adviser/i, 'No, not yet'],
      [/where do you live/i, 'Liverpool'],
    ], 'refused assessment')
    const routes = await routesText(page)
    assert.match(routes, /mediation advice/i)
    assert.match(routes, /Appeal to the First-tier Tribunal/)
    assert.match(await datesText(page), new RegExp(expected({ decision: 'refuse-assessment', noticeSentOn: letter.toString() }, 'appeal-deadline')))
    assert.match(await page.locator('[data-testid=timeline]').innerHTML(), /<title/)
    assert.match(await page.locator('main').innerText(), /Liverpool & Knowsley SENDIASS|Liverpool and Knowsley/)
    assert.deepEqual(sameOrigin(h, requests), [])
    await close()
  })

  test('a final plan disputed only about the school named: no mediation advice needed, and the plan says why', async () => {
    const { page, close } = await openPage(h)
    const letter = daysAgo(20)
    await walk(page, [
      [/who made the decision/i, 'The council (local authority)'],
      [/EHC\) plan/i, 'Yes'],
      [/what has happened/i, 'I disagree with what the final EHC plan, or an amended plan, says'],
      [/which parts of the EHC plan/i, ['The school or college named, the type of school, or that no school is named (section I)']],
      [/date is on the decision letter/i, letter],
      [/where do you live/i, 'Knowsley'],
    ], 'placement only')
    assert.match(await closedText(page), /do not need mediation advice/i)
    assert.doesNotMatch(await routesText(page), /\d\. Get mediation advice and a certificate/, "not a route to take")
    assert.match(await datesText(page), new RegExp(expected({ decision: 'plan-contents', appealAbout: ['placement'], noticeSentOn: letter.toString() }, 'appeal-deadline')))
    await close()
  })

  test('SEN support at school with no plan: talk to the school, ask for an assessment; no appeal', async () => {
    const { page, close } = await openPage(h)
    await walk(page, [
      [/who made the decision/i, 'A school, nursery or pre-school'],
      [/EHC\) plan/i, 'No, or not yet'],
      [/talked to the teacher/i, 'No, not yet'],
      [/where do you live/i, 'Liverpool'],
    ], 'school support')
    const routes = await routesText(page)
    assert.match(routes, /Talk to the school/)
    assert.match(routes, /Ask for an EHC needs assessment/)
    assert.match(await closedText(page), /cannot appeal/i)
    await close()
  })

  test('an exclusion: the review route and the discrimination claim date', async () => {
    const { page, close } = await openPage(h)
    const excluded = daysAgo(5)
    await walk(page, [
      [/who made the decision/i, 'My child has been suspended or excluded from school'],
      [/suspended or excluded\?/i, excluded],
      [/where do you live/i, 'Knowsley'],
    ], 'exclusion')
    const routes = await routesText(page)
    assert.match(routes, /Ask for the exclusion to be reviewed/)
    assert.match(routes, /15 school days/)
    assert.match(await datesText(page), new RegExp(expected({ decision: 'exclusion', actOn: excluded.toString() }, 'claim-deadline')))
    await close()
  })

  test('a deadline already passed: the plan warns and explains a late appeal', async () => {
    const { page, close } = await openPage(h)
    const letter = today.subtract({ years: 1 })
    await walk(page, [
      [/who made the decision/i, 'The council (local authority)'],
      [/EHC\) plan/i, 'Yes'],
      [/what has happened/i, 'The council decided to stop the EHC plan'],
      [/date is on the decision letter/i, letter],
      [/contacted the mediation adviser/i, 'No, not yet'],
      [/where do you live/i, 'Somewhere else in England'],
    ], 'deadline passed')
    const main = await page.locator('main').innerText()
    assert.match(main, /ask the Tribunal for more time/i)
    assert.match(await page.locator('[data-testid=plan-warnings]').innerText(), /passed/i)
    await close()
  })

  test('with JavaScript switched off, a disability discrimination journey still reaches the plan', async () => {
    const { page, close } = await openPage(h, { javaScriptEnabled: false })
    const act = daysAgo(30)
    await walk(page, [
      [/who made the decision/i, 'A school treated my child unfairly because of their disability'],
      [/when did it happen/i, act],
      [/where do you live/i, 'Liverpool'],
    ], 'discrimination, no JavaScript', false)
    assert.match(await routesText(page), /disability discrimination claim/i)
    assert.match(await datesText(page), new RegExp(expected({ decision: 'disability-discrimination', actOn: act.toString() }, 'claim-deadline')))
    await close()
  })
})

describe('changing an answer', () => {
  test('changing a date answer brings the day, month and year boxes back filled in', async () => {
    const { page, close } = await openPage(h)
    const letter = daysAgo(10)
    await walk(page, [
      [/who made the decision/i, 'The council (local authority)'],
      [/EHC\) plan/i, 'No, or not yet'],
      [/what has happened/i, 'The council said no to an EHC needs assessment'],
      [/date is on the decision letter/i, letter],
      [/contacted the mediation adviser/i, 'No, not yet'],
      [/where do you live/i, 'Liverpool'],
    ], 'change a date', false)
    await page.goBack()
    assert.ok(page.url().includes('/journey/check-answers'))
    await page.getByRole('link', { name: /Change the date on the decision letter/i }).click()
    assert.match(await questionTitle(page), /date is on the decision letter/i)
    const box = (label: string) => page.getByLabel(label, { exact: true }).inputValue()
    assert.deepEqual([await box('Day'), await box('Month'), await box('Year')], [String(letter.day), String(letter.month), String(letter.year)])
    await assertAccessible(page, 'change a date')
    await close()
  })
})

describe('error states and small screens', () => {
  test('no answer and an impossible date each show the error summary linking to the field', async () => {
    const { page, close } = await openPage(h)
    await page.goto(`${h.baseUrl}/start`)
    await page.getByRole('button', { name: /start/i }).click()
    await page.getByRole('button', { name: 'Continue' }).click()
    const summary = page.locator('.govuk-error-summary')
    assert.match(await summary.innerText(), /Select whether you are asking for your child or for yourself/)
    await assertAccessible(page, 'error: no answer')
    const href = await summary.locator('a').first().getAttribute('href')
    assert.ok(href?.startsWith('#'))
    await answer(page, 'I am a parent or carer, asking about my child')
    await page.getByRole('button', { name: 'Continue' }).click()
    await page.getByRole('button', { name: 'Continue' }).click()
    assert.match(await summary.innerText(), /Select who made the decision/)
    await answer(page, 'The council (local authority)')
    await page.getByRole('button', { name: 'Continue' }).click()
    await answer(page, 'No, or not yet')
    await page.getByRole('button', { name: 'Continue' }).click()
    await answer(page, 'The council said no to an EHC needs assessment')
    await page.getByRole('button', { name: 'Continue' }).click()
    await page.getByLabel('Day', { exact: true }).fill('31')
    await page.getByLabel('Month', { exact: true }).fill('2')
    await page.getByLabel('Year', { exact: true }).fill('2026')
    await page.getByRole('button', { name: 'Continue' }).click()
    assert.match(await summary.innerText(), /must be a real date/)
    await assertAccessible(page, 'error: impossible date')
    const future = today.add({ days: 30 })
    await answer(page, future)
    await page.getByRole('button', { name: 'Continue' }).click()
    assert.match(await summary.innerText(), /today or in the past/)
    await close()
  })

  test('a bad plan link shows the problems page, accessible, never a server error', async () => {
    const { page, close } = await openPage(h)
    const res = await page.goto(`${h.baseUrl}/plan?decision=refuse-everything&noticeSentOn=2026-02-30&area=liverpool`)
    assert.equal(res?.status(), 400)
    await assertAccessible(page, 'plan problems')
    await close()
  })

  test('the plan and a question page reflow at 320px without sideways scrolling', async () => {
    const { page, close } = await openPage(h, { width: 320 })
    await page.goto(`${h.baseUrl}/plan?decision=plan-contents&appealAbout=needs&appealAbout=placement&noticeSentOn=${daysAgo(12)}&area=liverpool&mediation=certificate-only&adviserInformedOn=${daysAgo(3)}`)
    assert.equal(await questionTitle(page), 'Your plan')
    await assertNoHorizontalScroll(page, 'plan at 320px')
    await assertAccessible(page, 'plan at 320px')
    await page.goto(`${h.baseUrl}/start`)
    await page.getByRole('button', { name: /start/i }).click()
    await assertNoHorizontalScroll(page, 'first question at 320px')
    await close()
  })
})

describe('a young person whose appeal is lodged, from the start page to the plan', () => {
  test('the questions speak to them, the hearing date may be in the future, and the plan link carries the Tribunal dates and who=young-person', async () => {
    const { page, requests, close } = await openPage(h)
    const letter = daysAgo(60)
    const lodged = daysAgo(30)
    const registered = daysAgo(20)
    const hearing = today.add({ days: 60 })
    await walk(page, [
      [/asking for your child, or for yourself/i, 'I am a young person aged 16 to 25, asking for myself'],
      [/who made the decision/i, 'The council (local authority)'],
      [/^Do you have an education, health and care/i, 'Yes'],
      [/what has happened/i, 'I have appealed to the Tribunal and I am waiting for the hearing or the decision'],
      [/what was your appeal about/i, 'What the EHC plan says, or the school or college it names'],
      [/which parts of the EHC plan/i, ['The special educational help I must get (section F)']],
      [/decision you appealed against/i, letter],
      [/send your appeal to the Tribunal/i, lodged],
      [/where is your appeal now/i, 'The Tribunal has set a date for the hearing'],
      [/registration letter/i, registered],
      [/what date is the hearing/i, hearing],
      [/where do you live/i, 'Knowsley'],
    ], 'young person, appeal lodged')
    const url = new URL(page.url())
    assert.equal(url.searchParams.get('who'), 'young-person')
    assert.equal(url.searchParams.get('decision'), 'plan-contents')
    assert.equal(url.searchParams.get('lodgedOn'), lodged.toString())
    assert.equal(url.searchParams.get('registeredOn'), registered.toString())
    assert.equal(url.searchParams.get('hearingOn'), hearing.toString())
    assert.deepEqual(sameOrigin(h, requests), [])
    await close()
  })
})
