import { after, before, test } from 'node:test'
import assert from 'node:assert/strict'
import { readFile } from 'node:fs/promises'
import type { Page } from 'playwright-core'
import { ARABIC, EMOJI, HEBREW, MARKUP } from '../../src/letters/testing/fixtures.js'
import {
  assertAccessible,
  assertNoHorizontalScroll,
  openPage,
  sameOrigin,
  startHarness,
  type Harness,
} from './support/browser.js'

// One complete letter, clicked through as a parent would: the list of letters, the complaint
// form, its errors, adding an issue, the preview, the Word download and the print view. Axe
// (WCAG 2.2 AA) on each page, reflow at 320px, and the same journey with JavaScript off.

let h: Harness
before(async () => {
  h = await startHarness()
})
after(() => h.close())

const AWKWARD = `${MARKUP} ${EMOJI} ${ARABIC} ${HEBREW}`

async function fillComplaint(page: Page) {
  await page.getByLabel('Your full name').fill(MARKUP)
  await page.getByLabel('Your address').fill(`12 Oak Road\nLeeds\nLS1 1AA`)
  await page.getByLabel('Your email address (optional)').fill('parent@example.com')
  await page.getByLabel('Name of the school, council or organisation').fill('Oak Primary School')
  await page.getByLabel('The address you are writing to').fill('1 School Lane\nLeeds')
  await page.getByLabel('Your child’s full name').fill(EMOJI)
  await page.locator('#child-dateOfBirth-day').fill('4')
  await page.locator('#child-dateOfBirth-month').fill('5')
  await page.locator('#child-dateOfBirth-year').fill('2016')
  await page.locator('#issues-0-what').fill(AWKWARD)
  await page.locator('#issues-0-when').fill('September 2026')
  await page.locator('#issues-0-wantedOutcome').fill('A meeting with the SENCO.')
}

const continueButton = (page: Page) => page.getByRole('button', { name: 'Continue', exact: true })

test('a complaint from the list of letters to the Word file and the print view, accessible throughout', async () => {
  const { page, requests, cspViolations, close } = await openPage(h)
  await page.goto(`${h.baseUrl}/letters`)
  assert.equal(await page.locator('[data-testid=letter-list] li').count(), 7)
  await assertAccessible(page, 'letters')
  await page.getByRole('link', { name: 'Make a formal complaint' }).click()
  assert.equal(new URL(page.url()).pathname, '/letters/complaint')
  await assertAccessible(page, 'complaint form')

  // Nothing filled in: the error summary, each error linking to its field.
  await continueButton(page).click()
  const summary = page.locator('.govuk-error-summary')
  assert.equal(await summary.isVisible(), true)
  assert.match(await page.title(), /^Error: /)
  assert.equal(await summary.getByRole('link', { name: 'Enter your name' }).getAttribute('href'), '#sender-name')
  assert.equal(
    await summary.getByRole('link', { name: 'Add at least one thing you are complaining about' }).getAttribute('href'),
    '#issues-0-what',
  )
  await assertAccessible(page, 'complaint form with errors')
  await summary.getByRole('link', { name: 'Enter your name' }).click()
  assert.equal(await page.evaluate(() => location.hash), '#sender-name')

  await fillComplaint(page)
  // Add another issue: a fourth block, everything typed kept, landing on the new issue.
  await page.getByRole('button', { name: 'Add another issue' }).click()
  assert.equal(new URL(page.url()).hash, '#issues-item-3')
  assert.equal(await page.locator('#issues-3-what').count(), 1)
  assert.equal(await page.locator('#issues-0-what').inputValue(), AWKWARD)
  assert.equal(await page.locator('#sender-name').inputValue(), MARKUP)
  await page.locator('#issues-3-what').fill('The SENCO did not reply to three emails.')
  await page.locator('#issues-3-wantedOutcome').fill('A reply within a week.')

  // Enter in a box continues to the preview: "Add another issue" is not the form's first button.
  await page.locator('#sender-email').press('Enter')
  await page.waitForURL((url) => url.pathname === '/letters/complaint' && url.hash === '')
  assert.equal((await page.locator('h1').innerText()).trim(), 'Check your letter')
  const letter = page.locator('[data-testid=letter]')
  const text = await letter.innerText()
  assert.ok(text.includes(MARKUP), 'the family’s name exactly as typed')
  assert.ok(text.includes(AWKWARD))
  assert.ok(text.includes('Issue 2 of 2'))
  assert.ok(text.includes('The SENCO did not reply to three emails.'))
  assert.match(await page.locator('[data-testid=reply-by]').innerText(), /Expect a reply by \d{1,2} \w+ \d{4}/)
  assert.match(await page.locator('[data-testid=next-steps]').innerText(), /What happens next/)
  await assertAccessible(page, 'preview')

  // The Word file: a download, a zip.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download as Word (.docx)' }).click(),
  ])
  assert.match(download.suggestedFilename(), /^sendpath-complaint-\d{4}-\d{2}-\d{2}\.docx$/)
  const file = await readFile((await download.path())!)
  assert.equal(file.subarray(0, 2).toString('latin1'), 'PK')

  // The print view: the letter alone.
  await page.getByRole('button', { name: 'Print the letter' }).click()
  await page.waitForURL(/\/download\?format=html/)
  assert.match(await page.locator('h1').innerText(), /Formal complaint/)
  assert.equal(await page.locator('[data-testid=header], form, nav').count(), 0)
  assert.ok((await page.locator('main').innerText()).includes(AWKWARD))
  await page.emulateMedia({ media: 'print' })
  assert.equal(await page.locator('.sendpath-letter-page__note').isVisible(), false, 'the note is not printed')
  await page.emulateMedia({ media: 'screen' })
  await assertAccessible(page, 'print view')

  assert.deepEqual(sameOrigin(h, requests), [])
  assert.deepEqual(cspViolations, [])
  await close()
})

test('the form and the preview reflow at 320px wide', async () => {
  const { page, close } = await openPage(h, { width: 320 })
  await page.goto(`${h.baseUrl}/letters/complaint`)
  await assertNoHorizontalScroll(page, 'complaint form at 320px')
  await continueButton(page).click()
  await assertNoHorizontalScroll(page, 'complaint errors at 320px')
  await fillComplaint(page)
  await page
    .locator('#issues-1-what')
    .fill(`A very long word: ${'x'.repeat(80)} and parent.with.a.long.address@example.com`)
  await page.locator('#issues-1-wantedOutcome').fill('Put it right.')
  await continueButton(page).click()
  assert.equal((await page.locator('h1').innerText()).trim(), 'Check your letter')
  await assertNoHorizontalScroll(page, 'preview at 320px')
  await close()
})

test('with JavaScript off: errors, another issue, the preview and the downloads all work', async () => {
  const { page, close } = await openPage(h, { javaScriptEnabled: false })
  await page.goto(`${h.baseUrl}/letters/complaint`)
  await continueButton(page).click()
  assert.equal(await page.locator('.govuk-error-summary').isVisible(), true)
  await fillComplaint(page)
  await page.getByRole('button', { name: 'Add another issue' }).click()
  assert.equal(await page.locator('#issues-3-what').count(), 1)
  await continueButton(page).click()
  assert.equal((await page.locator('h1').innerText()).trim(), 'Check your letter')
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download as PDF' }).click(),
  ])
  assert.match(download.suggestedFilename(), /^sendpath-complaint-.*\.pdf$/)
  const file = await readFile((await download.path())!)
  assert.equal(file.subarray(0, 5).toString('latin1'), '%PDF-')
  await page.getByRole('button', { name: 'Change your answers' }).click()
  assert.equal(await page.locator('#issues-0-what').inputValue(), AWKWARD)
  await close()
})
