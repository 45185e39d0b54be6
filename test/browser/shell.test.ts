import { after, before, test } from 'node:test'
import assert from 'node:assert/strict'
import { assertAccessible, assertNoHorizontalScroll, openPage, sameOrigin, startHarness, type Harness } from './support/browser.js'

let h: Harness
before(async () => {
  h = await startHarness()
})
after(() => h.close())

test('the home page renders our own header with a system font, is accessible, and makes no third-party requests', async () => {
  const { page, requests, cspViolations, close } = await openPage(h)
  await page.goto(`${h.baseUrl}/`)
  assert.equal(await page.locator('[data-testid=header]').innerText().then((t) => t.includes('sendpath')), true)
  const font = await page.evaluate(() => getComputedStyle(document.body).fontFamily)
  assert.doesNotMatch(font, /GDS Transport/)
  assert.equal(await page.locator('.govuk-header__logotype, svg.govuk-logo').count(), 0, 'no crown')
  await assertAccessible(page, 'home')
  assert.deepEqual(sameOrigin(h, requests), [])
  assert.deepEqual(cspViolations, [])
  await close()
})

test('the home page reflows at 320px wide', async () => {
  const { page, close } = await openPage(h, { width: 320 })
  await page.goto(`${h.baseUrl}/`)
  await assertNoHorizontalScroll(page, 'home at 320px')
  await close()
})

test('the not-found page is accessible and says what to do', async () => {
  const { page, close } = await openPage(h)
  const res = await page.goto(`${h.baseUrl}/no-such-page`)
  assert.equal(res?.status(), 404)
  assert.match(await page.locator('h1').innerText(), /Page not found/)
  await assertAccessible(page, 'not found')
  await close()
})
