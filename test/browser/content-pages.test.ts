import { after, before, describe, test } from 'node:test'
import assert from 'node:assert/strict'
import type { Page } from 'playwright-core'
import { loadContent } from '../../src/content/load-content.js'
import { assertAccessible, assertNoHorizontalScroll, openPage, sameOrigin, startHarness, type Harness } from './support/browser.js'

// Guidance, search, local help and the fixed pages: accessible (axe, WCAG 2.2 AA rules), readable at
// 320px without sideways scrolling, and nothing fetched from any other origin.

let h: Harness
before(async () => {
  h = await startHarness()
})
after(() => h.close())

const content = loadContent()

const pages: { label: string; path: string; h1: RegExp }[] = [
  { label: 'home', path: '/', h1: /Disagree with a decision/ },
  { label: 'guidance list', path: '/guidance', h1: /^Guidance$/ },
  ...content.guidance.map((p) => ({ label: `guidance: ${p.slug}`, path: `/guidance/${p.slug}`, h1: new RegExp(`^${p.title.replace(/[?()]/g, '\\$&')}$`) })),
  { label: 'search results', path: '/search?q=mediation', h1: /Search the guidance/ },
  { label: 'search, no results', path: '/search?q=xylophone', h1: /Search the guidance/ },
  { label: 'local help, nothing chosen', path: '/local-help', h1: /^Find help where you live$/ },
  { label: 'local help, Liverpool', path: '/local-help?area=liverpool', h1: /^Help in Liverpool$/ },
  { label: 'local help, Knowsley', path: '/local-help?area=knowsley', h1: /^Help in Knowsley$/ },
  { label: 'local help, unknown area', path: '/local-help?area=manchester', h1: /^Help where you live$/ },
  { label: 'about and privacy', path: '/about', h1: /About this service/ },
  { label: 'accessibility statement', path: '/accessibility', h1: /^Accessibility statement$/ },
]

/** Does something that posts the area form, and waits for the page it redirects to. */
async function afterPost(page: Page, action: () => Promise<void>) {
  const post = page.waitForResponse((r) => r.url() === `${h.baseUrl}/local-help` && r.request().method() === 'POST')
  const landed = page.waitForResponse((r) => r.url() === `${h.baseUrl}/local-help` && r.request().method() === 'GET')
  await action()
  assert.equal((await post).status(), 303)
  await landed
  await page.waitForLoadState()
}

async function visit(page: Page, path: string) {
  // Without the test runner, playwright waits for ever by default: fail instead.
  page.setDefaultTimeout(15_000)
  const res = await page.goto(`${h.baseUrl}${path}`)
  assert.equal(res?.status(), 200, `${path} -> ${res?.status()}`)
}

describe('every content page', () => {
  for (const { label, path, h1 } of pages) {
    test(`${label} (${path}): axe clean, no third-party requests, no CSP violations`, async () => {
      const { page, requests, cspViolations, close } = await openPage(h)
      try {
        await visit(page, path)
        assert.match((await page.locator('h1').innerText()).trim(), h1)
        await assertAccessible(page, label)
        assert.deepEqual(sameOrigin(h, requests), [])
        assert.deepEqual(cspViolations, [])
      } finally {
        await close()
      }
    })
  }

  test('no page scrolls sideways at 320px, and each is still accessible there', async () => {
    const { page, requests, close } = await openPage(h, { width: 320 })
    try {
      for (const { label, path } of pages) {
        await visit(page, path)
        await assertNoHorizontalScroll(page, `${label} at 320px`)
        await assertAccessible(page, `${label} at 320px`)
      }
      assert.deepEqual(sameOrigin(h, requests), [])
    } finally {
      await close()
    }
  })
})

describe('local help in the browser', () => {
  test('submitting with nothing chosen shows the error summary and inline error, accessibly, at 320px too', async () => {
    for (const width of [1024, 320]) {
      const { page, requests, close } = await openPage(h, { width })
      try {
        await visit(page, '/local-help')
        await page.getByRole('button', { name: 'Show help where I live' }).click()
        await page.waitForSelector('.govuk-error-summary')
        assert.match(await page.title(), /^Error: /)
        assert.match(await page.locator('.govuk-error-summary').innerText(), /Select the area you live in/)
        assert.match(await page.locator('#area-error').innerText(), /Select the area you live in/)
        await assertAccessible(page, `local help error at ${width}px`)
        await assertNoHorizontalScroll(page, `local help error at ${width}px`)
        assert.deepEqual(sameOrigin(h, requests), [])
      } finally {
        await close()
      }
    }
  })

  test('with JavaScript off and only a keyboard: choose Knowsley once, and guidance shows its SENDIASS', async () => {
    const { page, close } = await openPage(h, { javaScriptEnabled: false })
    try {
      await visit(page, '/local-help')
      await page.locator('#area').focus()
      await page.keyboard.press('ArrowDown') // Liverpool -> Knowsley
      assert.equal(await page.locator('input[name=area][value=knowsley]').isChecked(), true)
      await afterPost(page, () => page.keyboard.press('Enter')) // Enter submits the form
      assert.equal((await page.locator('h1').innerText()).trim(), 'Help in Knowsley')
      const cookies = await page.context().cookies()
      const area = cookies.find((c) => c.name === 'area')
      assert.equal(area?.value, 'knowsley')
      assert.equal(area?.httpOnly, true)
      assert.equal(area?.sameSite, 'Lax')

      await visit(page, '/guidance/mediation')
      assert.match(await page.getByTestId('who-can-help').innerText(), /In Knowsley, contact:[\s\S]*Liverpool & Knowsley SENDIASS/)

      // Choosing again replaces the choice.
      await visit(page, '/local-help')
      await page.getByLabel('Somewhere else in England').check()
      await afterPost(page, () => page.getByRole('button', { name: 'Save my area' }).click())
      assert.match(await page.getByTestId('area-not-available').innerText(), /We do not have local details for your area yet/)
    } finally {
      await close()
    }
  })

  test('guidance with a chosen area shows its SENDIASS accessibly, at 320px too', async () => {
    // axe needs JavaScript, so this runs with it on; the cookie is the one the form sets.
    for (const width of [1024, 320]) {
      const { page, close } = await openPage(h, { width })
      try {
        await page.context().addCookies([{ name: 'area', value: 'liverpool', url: h.baseUrl }])
        await visit(page, '/guidance/first-steps')
        assert.match(await page.getByTestId('who-can-help').innerText(), /In Liverpool, contact:/)
        await assertAccessible(page, `guidance with Liverpool chosen at ${width}px`)
        await assertNoHorizontalScroll(page, `guidance with Liverpool chosen at ${width}px`)
      } finally {
        await close()
      }
    }
  })

  test('a shared ?area= link stores nothing', async () => {
    const { page, close } = await openPage(h)
    try {
      await visit(page, '/local-help?area=liverpool')
      const cookies = await page.context().cookies()
      assert.equal(cookies.find((c) => c.name === 'area'), undefined)
    } finally {
      await close()
    }
  })
})

test('search from the guidance list leads to results and on to the page', async () => {
  const { page, requests, close } = await openPage(h, { javaScriptEnabled: false })
  try {
    await visit(page, '/guidance')
    await page.getByLabel('Search the guidance').fill('mediation')
    await page.getByRole('button', { name: 'Search' }).click()
    await page.waitForURL(/\/search\?q=mediation$/)
    const first = page.getByTestId('results').getByRole('link').first()
    assert.match(await first.innerText(), /mediation/i)
    await first.click()
    await page.waitForURL(`${h.baseUrl}/guidance/mediation`)
    assert.deepEqual(sameOrigin(h, requests), [])
  } finally {
    await close()
  }
})
