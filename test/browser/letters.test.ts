import { after, before, test } from 'node:test'
import assert from 'node:assert/strict'
import { readFile } from 'node:fs/promises'
import type { Page } from 'playwright-core'
import { ARABIC, EMOJI, HEBREW, MARKUP } from '../../src/letters/testing/fixtures.js'
import { LETTER_TYPES } from '../../src/letters/index.js'
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
  assert.equal(await page.locator('[data-testid=letter-list] li').count(), LETTER_TYPES.length)
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

  // The print view: the letter alone, in a new tab, so the preview stays as it was.
  const [printView] = await Promise.all([
    page.context().waitForEvent('page'),
    page.getByRole('button', { name: 'Print the letter' }).click(),
  ])
  await printView.waitForURL(/\/download\?format=html/)
  assert.match(await printView.locator('h1').innerText(), /Formal complaint/)
  assert.equal(await printView.locator('[data-testid=header], form, nav').count(), 0)
  assert.ok((await printView.locator('main').innerText()).includes(AWKWARD))
  await printView.emulateMedia({ media: 'print' })
  assert.equal(await printView.locator('.sendpath-letter-page__note').isVisible(), false, 'the note is not printed')
  await printView.emulateMedia({ media: 'screen' })
  await assertAccessible(printView, 'print view')
  assert.equal((await page.locator('h1').innerText()).trim(), 'Check your letter', 'the preview is still there')

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

/** Every answer on the form, by name: text boxes, text areas and the chosen radios. */
const answers = (page: Page) =>
  page.evaluate(() => {
    const out: Record<string, string> = {}
    for (const el of document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('form.app-letter-form input, form.app-letter-form textarea')) {
      if (el.type === 'hidden' || el.type === 'submit' || !el.name) continue
      if (el.type === 'radio') {
        if ((el as HTMLInputElement).checked) out[el.name] = el.value
      } else out[el.name] = el.value
    }
    return out
  })

test('a late mediation certificate: from the plan’s link to the preview, and Back keeps every answer', async () => {
  const { page, requests, cspViolations, close } = await openPage(h)
  await page.goto(`${h.baseUrl}/letters/chase-certificate?reason=no-mediation&since=2026-06-20&decision=refuse-plan&decisionDate=2026-06-10&area=liverpool`)
  assert.equal(await page.locator('#recipient-organisation').inputValue(), 'Why Mediate')
  assert.equal(await page.locator('#council').inputValue(), 'Liverpool City Council')
  await assertAccessible(page, 'chase certificate form')

  // A date that does not exist: a GOV.UK error linking to the day.
  await page.locator('#since-day').fill('31')
  await page.locator('#since-month').fill('6')
  await continueButton(page).click()
  const summary = page.locator('.govuk-error-summary')
  assert.equal(await summary.isVisible(), true)
  assert.ok((await summary.innerText()).includes('must be a real date'))
  await assertAccessible(page, 'chase certificate form with errors')

  await page.locator('#since-day').fill('20')
  await page.getByLabel('Your full name').fill(MARKUP)
  await page.getByLabel('Your address').fill('12 Oak Road\nLiverpool\nL1 1AA')
  await page.getByLabel('Your email address (optional)').fill('parent@example.com')
  await page.getByLabel('Your phone number (optional)').fill('0151 496 0000')
  await page.getByLabel('Name of the person you are writing to (optional)').fill('Mrs A Brown')
  await page.getByLabel('Their job title (optional)').fill('Mediation adviser')
  await page.getByLabel('The address you are writing to').fill('1 Dock Road\nBirkenhead')
  await page.getByLabel('The mediation service’s reference number (optional)').fill('WM/42')
  await page.getByLabel('Your child’s full name').fill(EMOJI)
  await page.locator('#child-dateOfBirth-day').fill('4')
  await page.locator('#child-dateOfBirth-month').fill('5')
  await page.locator('#child-dateOfBirth-year').fill('2016')
  await page.getByLabel('Your child’s school or college (optional)').fill(ARABIC)
  await page.locator('#date-day').fill('2')
  await page.locator('#date-month').fill('7')
  await page.locator('#date-year').fill('2026')
  const typed = await answers(page)
  assert.ok(Object.keys(typed).length >= 20, `the form has ${Object.keys(typed).length} answers`)

  await continueButton(page).click()
  assert.equal((await page.locator('h1').innerText()).trim(), 'Check your letter')
  const letter = await page.locator('[data-testid=letter]').innerText()
  assert.ok(letter.includes('Dear Mrs A Brown,'))
  assert.ok(letter.includes('Liverpool City Council'))
  await assertAccessible(page, 'chase certificate preview')

  // Back: the form again, every answer as it was typed.
  await page.getByRole('button', { name: 'Back', exact: true }).click()
  assert.equal((await page.locator('h1').innerText()).trim(), 'Chase a late mediation certificate')
  assert.deepEqual(await answers(page), typed)
  await assertAccessible(page, 'chase certificate form after Back')

  assert.deepEqual(sameOrigin(h, requests), [])
  assert.deepEqual(cspViolations, [])
  await close()
})
