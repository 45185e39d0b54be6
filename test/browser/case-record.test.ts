import { after, before, test } from 'node:test'
import assert from 'node:assert/strict'
import { readFile } from 'node:fs/promises'
import type { BrowserContext, Page } from 'playwright-core'
import { Temporal } from 'temporal-polyfill'
import { samplePdf } from '../../src/cases/testing.js'
import { smtpMailer } from '../../src/mail/index.js'
import { recipients, startTestSmtpServer, type TestSmtpServer } from '../../src/mail/testing.js'
import { testAppWithStore } from '../support/app.js'
import { assertAccessible, assertNoHorizontalScroll, openPage, sameOrigin, startHarness, type Harness } from './support/browser.js'

// A family's case record, clicked through with JavaScript off on a 320 px screen: sign up from "Save to my case"
// on the plan, confirm the email address from the message that arrived over SMTP on loopback, add the case, save
// the plan to it, add a diary entry and a document, download the chronology, then delete the account. Each page
// on the way is also opened, with the same cookies, where axe can run (axe needs JavaScript) and checked for
// WCAG 2.2 AA and for sideways scrolling at 320 px.

let h: Harness
let smtp: TestSmtpServer
before(async () => {
  smtp = await startTestSmtpServer()
  h = await startHarness(() => testAppWithStore({ mailer: smtpMailer(smtp.url, 'sendpath <no-reply@localhost>') }))
})
after(async () => {
  await h.close()
  await smtp.close()
})

const EMAIL = 'parent@example.org'
const PASSWORD = 'purple elephant orchard 42'

/** Opens what `page` shows in the context where JavaScript runs, with the same cookies, and checks it. */
async function audit(page: Page, checker: { page: Page; context: BrowserContext }, label: string) {
  await checker.context.clearCookies()
  await checker.context.addCookies(await page.context().cookies())
  const res = await checker.page.goto(page.url())
  assert.equal(res?.status(), 200, `${label} opens again for axe`)
  await assertAccessible(checker.page, label)
  await assertNoHorizontalScroll(checker.page, label)
}

test('sign up, confirm by email, save a plan to a new case, add an entry and a document, download the chronology, delete the account', async () => {
  const family = await openPage(h, { javaScriptEnabled: false, width: 320 })
  const checker = await openPage(h, { width: 320 })
  const page = family.page
  const check = (label: string) => audit(page, { page: checker.page, context: checker.page.context() }, label)
  try {
    const tenDaysAgo = Temporal.PlainDate.from(h.app.services.clock.today()).subtract({ days: 10 }).toString()
    await page.goto(`${h.baseUrl}/plan?decision=refuse-assessment&noticeSentOn=${tenDaysAgo}&area=liverpool`)

    // "Save to my case": signed out, it goes by way of sign-in, and on to create an account.
    await page.getByRole('button', { name: 'Save to my case' }).click()
    assert.equal(new URL(page.url()).pathname, '/plan/save')
    await check('save the plan')
    await page.getByRole('button', { name: 'Save to my case' }).click()
    assert.equal(new URL(page.url()).pathname, '/account/sign-in')
    await check('sign in')
    await page.getByRole('link', { name: 'Create an account' }).click()
    assert.equal(new URL(page.url()).pathname, '/account/sign-up')
    await check('create an account')
    await page.getByLabel('Email address').fill(EMAIL)
    await page.getByLabel('Password').fill(PASSWORD)
    await page.getByRole('button', { name: 'Create account' }).click()
    assert.equal(new URL(page.url()).pathname, '/account/check-email')
    await check('check your email')
    const continueHref = await page.getByRole('link', { name: 'Continue where you were' }).getAttribute('href')
    assert.equal(continueHref, '/cases/save')

    // The email arrived over SMTP; its link opens a page whose button confirms the address.
    const mail = await smtp.next((m) => recipients(m).includes(EMAIL))
    const link = /https?:\/\/[^\s/]+(\/account\/verify\?token=[A-Za-z0-9_%-]+)/.exec(mail.text ?? '')?.[1]
    assert.ok(link, `the email carries the link: ${mail.text}`)
    await page.goto(`${h.baseUrl}${link}`)
    await check('confirm your email address')
    await page.getByRole('button', { name: 'Confirm my email address' }).click()
    assert.equal(await page.locator('h1').textContent(), 'Your email address is confirmed')

    // Back to the plan being saved: no case yet, so add one, then choose it.
    await page.goto(`${h.baseUrl}${continueHref}`)
    assert.match((await page.getByTestId('saving').textContent()) ?? '', /^Your plan: /)
    await check('choose the case (none yet)')
    await page.getByRole('button', { name: 'Add a case' }).click()
    await check('add a case')
    await page.getByLabel('Child or young person’s name').fill('Sam Morgan')
    await page.getByLabel('Which council area?').selectOption('liverpool')
    await page.getByRole('radio', { name: 'Yes' }).check()
    await page.getByRole('button', { name: 'Add case' }).click()
    assert.equal(new URL(page.url()).pathname, '/cases/save')
    await check('choose the case')
    await page.getByRole('radio', { name: 'Sam Morgan' }).check()
    await page.getByRole('button', { name: 'Save to this case' }).click()
    const casePath = new URL(page.url()).pathname
    assert.match(casePath, /^\/cases\/[0-9a-f-]{36}$/)
    assert.ok((await page.getByTestId('milestones').locator('li').count()) > 0, 'the plan is on the case as a decision with its dates')
    await check('the case')

    // A diary entry.
    await page.getByRole('link', { name: 'Add a diary entry' }).click()
    await check('add a diary entry')
    await page.locator('#date-day').fill('3')
    await page.locator('#date-month').fill('9')
    await page.locator('#date-year').fill(tenDaysAgo.slice(0, 4))
    await page.getByRole('radio', { name: 'Meeting' }).check()
    await page.getByLabel('What was said or agreed').fill('The SENCO agreed to ask for an assessment.')
    await page.getByRole('button', { name: 'Save entry' }).click()
    assert.equal(new URL(page.url()).pathname, casePath)
    assert.match((await page.getByTestId('entry').first().textContent()) ?? '', /The SENCO agreed to ask for an assessment\./)
    // The whole diary has its own page (the case page shows only the latest entries).
    await page.goto(`${h.baseUrl}${casePath}/diary`)
    await check('the diary')
    assert.match((await page.getByTestId('entry').first().textContent()) ?? '', /The SENCO agreed to ask for an assessment\./)
    await page.getByRole('link', { name: 'Back' }).click()
    assert.equal(new URL(page.url()).pathname, casePath)

    // A document.
    await page.getByRole('link', { name: 'Upload a document' }).click()
    await check('upload a document')
    await page.locator('#file').setInputFiles({ name: 'school report.pdf', mimeType: 'application/pdf', buffer: Buffer.from(samplePdf()) })
    await page.getByRole('button', { name: 'Upload' }).click()
    assert.equal(new URL(page.url()).pathname, casePath)
    assert.match((await page.getByTestId('documents').textContent()) ?? '', /school report\.pdf/)

    // The chronology, as a PDF.
    await page.getByRole('link', { name: 'Chronology' }).click()
    await check('chronology')
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download as PDF' }).click()])
    assert.match(download.suggestedFilename(), /^chronology-\d{4}-\d{2}-\d{2}\.pdf$/)
    const pdf = await readFile((await download.path())!)
    assert.equal(pdf.subarray(0, 5).toString('latin1'), '%PDF-')

    // Delete the account, after its confirmation page: signed out, and nothing is left.
    await page.goto(`${h.baseUrl}/account`)
    await check('your account')
    await page.getByRole('link', { name: 'Delete your account' }).click()
    await check('delete your account')
    await page.getByRole('button', { name: 'Delete my account and everything in it' }).click()
    assert.equal(await page.locator('h1').textContent(), 'Your account has been deleted')
    await page.goto(`${h.baseUrl}${casePath}`)
    assert.equal(new URL(page.url()).pathname, '/account/sign-in')
    const db = h.app.services.store.db
    assert.equal(await db.selectFrom('users').select('id').where('email', '=', EMAIL).executeTakeFirst(), undefined)
    assert.deepEqual(await db.selectFrom('cases').select('id').execute(), [])
    assert.deepEqual(await db.selectFrom('documents').select('id').execute(), [])

    assert.deepEqual(sameOrigin(h, family.requests), [], 'nothing is loaded from another site')
  } finally {
    await family.close()
    await checker.close()
  }
})
