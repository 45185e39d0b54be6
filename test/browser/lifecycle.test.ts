import { after, before, describe, test } from 'node:test'
import assert from 'node:assert/strict'
import type { Page } from 'playwright-core'
import { Temporal } from 'temporal-polyfill'
import { computeTimeline, formatDate, parseIsoDate, type TimelineFacts } from '../../src/law/index.js'
import { openPage, startHarness, type Harness } from './support/browser.js'
import { daysAgo, today, walkJourney, type Step } from './support/journey-walk.js'

// Five journeys at later moments of a plan's life (issue 10), clicked through from the start page
// to the plan: proposed amendments after an annual review, a move to a new school, an appeal
// lodged, a Tribunal order not carried out and an exclusion. Each checks "do this next", a date
// worked out by the engine (whose own tests check it against the law) and axe on every page.

let h: Harness
before(async () => {
  h = await startHarness()
})
after(() => h.close())

/** Answers for questions a journey may or may not ask, depending on earlier answers. */
const DEFAULTS: Step[] = [
  [/asking for your child, or for yourself/i, 'I am a parent or carer, asking about my child'],
  [/talked to the teacher/i, 'Yes'],
  [/contacted the mediation adviser/i, 'No, not yet'],
]

const walk = (page: Page, steps: Step[], label: string) => walkJourney(h, page, steps, label, { defaults: DEFAULTS })

/** The engine's date for a milestone, as the plan writes it ("9 November 2026" inside "Monday 9 November 2026"). */
function expected(facts: Omit<TimelineFacts, 'today'>, ids: string[]): string {
  const milestones = computeTimeline({ ...facts, today: today.toString() }).milestones
  const m = ids.map((id) => milestones.find((x) => x.id === id)).find((x) => x !== undefined && x.status !== 'passed')
  assert.ok(m, `the engine gives one of ${ids.join(', ')}`)
  return formatDate(parseIsoDate(m.date)!)
}

const doThisNext = (page: Page) => page.locator('[data-testid=do-this-next]')

async function assertNext(page: Page, action: RegExp, date: string, letter?: { text: string; path: string }) {
  const box = await doThisNext(page).innerText()
  assert.match(box, action)
  assert.ok(box.includes(date), `"do this next" gives ${date}: ${box}`)
  if (letter) {
    const link = doThisNext(page).getByRole('button', { name: letter.text })
    assert.match((await link.getAttribute('href')) ?? '', new RegExp(`^${letter.path}\\?`))
  }
}

describe('the plan’s later life, from the start page to the plan', () => {
  test('proposed amendments after an annual review: reply within the 15 days, with the reply letter', async () => {
    const { page, close } = await openPage(h)
    const meeting = daysAgo(20)
    const notice = daysAgo(3)
    await walk(page, [
      [/who made the decision/i, 'The council (local authority)'],
      [/EHC\) plan/i, 'Yes'],
      [/what has happened/i, 'The council sent proposed changes to the EHC plan'],
      [/after an annual review meeting/i, 'Yes'],
      [/date was the annual review meeting/i, meeting],
      [/date is on the letter with the proposed changes/i, notice],
      [/where do you live/i, 'Liverpool'],
    ], 'amendments')
    const facts = { decision: 'la-conduct' as const, ehc: { reviewMeetingOn: meeting.toString(), amendmentNoticeSentOn: notice.toString() } }
    await assertNext(page, /Reply to the proposed changes/, expected(facts, ['amendment-response-by']), {
      text: 'Write your reply',
      path: '/letters/amendment-response',
    })
    await close()
  })

  test('a move to a new school next September: the review must name it by 14 February', async () => {
    const { page, close } = await openPage(h)
    const move = Temporal.PlainDate.from({ year: today.year + 1, month: 9, day: 1 })
    await walk(page, [
      [/who made the decision/i, 'The council (local authority)'],
      [/EHC\) plan/i, 'Yes'],
      [/what has happened/i, 'My child is moving to a new school or college, for example next September'],
      [/what kind of move/i, 'Starting school, or moving up to the next school'],
      [/when is the move/i, move],
      [/where do you live/i, 'Knowsley'],
    ], 'phase transfer')
    const date = expected({ decision: 'la-conduct', ehc: { transfer: { kind: 'other', on: move.toString() } } }, ['phase-transfer-review-by'])
    assert.equal(date, `14 February ${move.year}`)
    await assertNext(page, /names the new school or college/, date, { text: 'Write to ask for a review', path: '/letters/early-review' })
    await close()
  })

  test('an appeal lodged: the Tribunal’s next stage with its date', async () => {
    const { page, close } = await openPage(h)
    const notice = daysAgo(40)
    const lodged = daysAgo(7)
    await walk(page, [
      [/who made the decision/i, 'The council (local authority)'],
      [/EHC\) plan/i, 'Yes'],
      [/what has happened/i, 'I have appealed to the Tribunal and I am waiting for the hearing or the decision'],
      [/what was your appeal about/i, 'What the EHC plan says, or the school or college it names'],
      [/which parts of the EHC plan/i, ['The special educational help my child must get (section F)']],
      [/letter with the decision you appealed against/i, notice],
      [/send your appeal to the Tribunal/i, lodged],
      [/where is your appeal now/i, 'I am waiting for the Tribunal to register it'],
      [/where do you live/i, 'Liverpool'],
    ], 'appeal lodged')
    const facts = { decision: 'plan-contents' as const, appealAbout: ['provision' as const], noticeSentOn: notice.toString(), tribunal: { lodgedOn: lodged.toString() } }
    await assertNext(page, /Follow the Tribunal’s timetable/, expected(facts, ['tribunal-registration-expected', 'la-response-due', 'hearing']))
    await close()
  })

  test('a Tribunal order not carried out: chase the council, with the date the regulation set', async () => {
    const { page, close } = await openPage(h)
    const notice = daysAgo(200)
    const order = daysAgo(60)
    await walk(page, [
      [/who made the decision/i, 'The council (local authority)'],
      [/EHC\) plan/i, 'Yes'],
      [/what has happened/i, 'The Tribunal decided my appeal, and the council has not done what it ordered'],
      [/what was your appeal about/i, 'The council decided not to change the EHC plan after a review'],
      [/letter with the decision you appealed against/i, notice],
      [/decision sent/i, order],
      [/where do you live/i, 'Liverpool'],
    ], 'order not carried out')
    const box = await doThisNext(page).innerText()
    assert.match(box, /it has not done what the Tribunal decided/)
    // The limit has passed, so the date is read from the engine's milestone directly.
    const m = computeTimeline({
      decision: 'refuse-amend',
      noticeSentOn: notice.toString(),
      tribunal: { order: 'amend-plan', orderSentOn: order.toString() },
      today: today.toString(),
    }).milestones.find((x) => x.id === 'order-amended-plan-due')
    assert.ok(m)
    assert.ok(box.includes(formatDate(parseIsoDate(m.date)!)), box)
    const href = await doThisNext(page).getByRole('button', { name: 'Write to chase the council' }).getAttribute('href')
    assert.equal(href, `/letters/chase-tribunal-order?basis=order&order=amend-plan&startedOn=${order.toString()}&area=liverpool`)
    await close()
  })

  test('an exclusion upheld by the board: ask for a review panel; this year’s school days cannot be counted yet', async () => {
    const { page, close } = await openPage(h)
    const excluded = daysAgo(20)
    const told = daysAgo(5)
    await walk(page, [
      [/who made the decision/i, 'My child has been suspended or excluded from school'],
      [/suspended or excluded\?/i, excluded],
      [/governing board decided/i, 'Yes, and it decided my child cannot go back'],
      [/told the governing board’s decision/i, told],
      [/where do you live/i, 'Liverpool'],
    ], 'exclusion')
    const box = await doThisNext(page).innerText()
    assert.match(box, /Ask for the exclusion to be reviewed/)
    const href = await doThisNext(page).getByRole('button', { name: 'Write to ask for an independent review panel' }).getAttribute('href')
    assert.match(href ?? '', new RegExp(`^/letters/exclusion-review-panel\\?.*boardDecisionNoticeOn=${told.toString()}`))
    // Liverpool's 2026/27 term dates are not confirmed, so the plan says the school days cannot be counted.
    const termYear = today.month >= 9 ? `${today.year}/${String(today.year + 1).slice(2)}` : `${today.year - 1}/${String(today.year).slice(2)}`
    assert.match(
      await page.locator('[data-testid=plan-warnings]').innerText(),
      new RegExp(`Liverpool's school term dates for ${termYear} are not confirmed yet, so the school days cannot be counted yet`),
    )
    // The discrimination claim is counted in calendar months, so it has a date.
    const claim = expected({ decision: 'exclusion', actOn: excluded.toString() }, ['claim-deadline'])
    assert.ok((await page.locator('[data-testid=dates]').innerText()).includes(claim))
    await close()
  })
})
