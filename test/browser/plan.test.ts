import { after, before, describe, test } from 'node:test'
import assert from 'node:assert/strict'
import { assertAccessible, assertNoHorizontalScroll, openPage, startHarness, type Harness } from './support/browser.js'

// Issue 8: a parent on a phone sees "do this next" (the action, its date, the letter and the
// SENDIASS phone number) without scrolling, on a 320px-wide screen.

let h: Harness
before(async () => {
  h = await startHarness()
})
after(() => h.close())

const REFUSED = '/plan?decision=refuse-assessment&noticeSentOn=2026-10-26&area=liverpool&today=2026-11-27'

describe('the plan on a phone', () => {
  test('"do this next" is whole on the first screen at 320px, and the plan is accessible', async () => {
    const { page } = await openPage(h, { width: 320 })
    await page.setViewportSize({ width: 320, height: 568 })
    await page.goto(`${h.baseUrl}${REFUSED}`)
    const box = await page.locator('#do-this-next').boundingBox()
    assert.ok(box, 'do this next is on the page')
    assert.ok(box.y >= 0 && box.y + box.height <= 568, `do this next ends at ${box.y + box.height}px, below the first 568px screen`)
    const text = await page.locator('#do-this-next').innerText()
    assert.match(text, /Saturday 26 December 2026 \(29 days left\)/)
    assert.match(text, /0800 012 9066/)
    await assertNoHorizontalScroll(page, 'plan at 320px')
    await assertAccessible(page, 'plan at 320px')
  })
})
