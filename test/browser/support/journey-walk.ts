import assert from 'node:assert/strict'
import type { Page } from 'playwright-core'
import { Temporal } from 'temporal-polyfill'
import { assertAccessible, type Harness } from './browser.js'

// Clicking through the "what can I do?" journey as a parent would, for the browser suites that
// walk from the start page to a plan. The journey asks for real dates, so tests give dates
// relative to today in London.

export const today = Temporal.Now.plainDateISO('Europe/London')
export const daysAgo = (n: number) => today.subtract({ days: n })

export type Answer = string | string[] | Temporal.PlainDate
/** One step: the question (matched against the page's heading) and the answer to give. */
export type Step = [RegExp, Answer]

/** Fills in a date's three boxes, or ticks the radios or checkboxes labelled with the answer. */
export async function answer(page: Page, value: Answer) {
  if (value instanceof Temporal.PlainDate) {
    await page.getByLabel('Day', { exact: true }).fill(String(value.day))
    await page.getByLabel('Month', { exact: true }).fill(String(value.month))
    await page.getByLabel('Year', { exact: true }).fill(String(value.year))
  } else {
    for (const label of Array.isArray(value) ? value : [value]) await page.getByLabel(label, { exact: true }).check()
  }
}

export const questionTitle = async (page: Page) => (await page.locator('h1').first().innerText()).trim()

export interface WalkOptions {
  /** Answers for questions a journey may or may not ask, depending on earlier answers. */
  defaults: Step[]
  /** Run axe on every page on the way (default true). */
  check?: boolean
}

/**
 * Walks the journey from /start until the plan, answering each question from `steps` (each must
 * be asked) or else from the defaults, and fails on a question it has no answer for.
 */
export async function walkJourney(h: Harness, page: Page, steps: Step[], label: string, { defaults, check = true }: WalkOptions) {
  await page.goto(`${h.baseUrl}/start`)
  if (check) await assertAccessible(page, `${label}: start`)
  await page.getByRole('button', { name: /start/i }).click()
  const unused = [...steps]
  for (let i = 0; i < 25 && !page.url().includes('/journey/check-answers'); i++) {
    const title = await questionTitle(page)
    const index = unused.findIndex(([pattern]) => pattern.test(title))
    const fallback = defaults.find(([pattern]) => pattern.test(title))
    assert.ok(index >= 0 || fallback, `${label}: no answer for the question "${title}"`)
    const [, value] = index >= 0 ? unused.splice(index, 1)[0]! : fallback!
    if (check) await assertAccessible(page, `${label}: ${title}`)
    await answer(page, value)
    await page.getByRole('button', { name: 'Continue' }).click()
  }
  assert.ok(page.url().includes('/journey/check-answers'), `${label}: reached check answers`)
  assert.deepEqual(unused.map(([p]) => String(p)), [], `${label}: every answer was asked for`)
  if (check) await assertAccessible(page, `${label}: check answers`)
  await page.getByRole('button', { name: 'See your plan' }).click()
  assert.match(page.url(), /\/plan\?/)
  assert.equal(await questionTitle(page), 'Your plan')
  if (check) await assertAccessible(page, `${label}: plan`)
  return page
}
