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
    const form = page.getByRole('search', { name: 'Guidance' })
    await form.getByLabel('Search the guidance').fill('mediation')
    await form.getByRole('button', { name: 'Search' }).click()
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

// Issue 8: from any guidance page, the header's search box finds the appeals page for "deadline"; local help
// shows Knowsley's SEN team (with what could not be confirmed said plainly); all axe-clean at 320px.
describe('issue 8: search in the header, and local help at 320px', () => {
  test('guidance -> header search "deadline" -> the appeals page, with JavaScript off', async () => {
    const { page, requests, close } = await openPage(h, { javaScriptEnabled: false, width: 320 })
    try {
      await visit(page, '/guidance/first-steps')
      assert.match(await page.getByTestId('sendiass-phone').innerText(), /0800 012 9066/)
      const header = page.getByRole('search', { name: 'Site' })
      await header.getByLabel('Search guidance and local help').fill('deadline')
      await header.getByRole('button', { name: 'Search' }).click()
      await page.waitForURL(/\/search\?q=deadline$/)
      const first = page.getByTestId('results').getByRole('link').first()
      assert.match(await first.innerText(), /appeal/i)
      await first.click()
      await page.waitForURL(`${h.baseUrl}/guidance/appeals`)
      assert.match((await page.locator('h1').innerText()).trim(), /appeal to the SEND Tribunal/)
      assert.deepEqual(sameOrigin(h, requests), [])
    } finally {
      await close()
    }
  })

  test('search results, the appeals page and Knowsley local help are accessible at 320px and do not scroll sideways', async () => {
    const { page, requests, close } = await openPage(h, { width: 320 })
    try {
      for (const path of ['/search?q=deadline', '/search?q=Knowsley', '/guidance/appeals', '/local-help?area=knowsley', '/local-help?area=liverpool']) {
        await visit(page, path)
        await assertAccessible(page, `${path} at 320px`)
        await assertNoHorizontalScroll(page, `${path} at 320px`)
      }
      assert.deepEqual(sameOrigin(h, requests), [])
    } finally {
      await close()
    }
  })

  test('local help shows Knowsley\'s SEN team, and "Opening times" is not broken inside a word at 320px', async () => {
    const { page, close } = await openPage(h, { width: 320 })
    try {
      await visit(page, '/search?q=Knowsley')
      await page.getByTestId('results').getByRole('link', { name: 'Help in Knowsley' }).click()
      await page.waitForURL(`${h.baseUrl}/local-help?area=knowsley`)
      const senTeam = page.locator('#sen-team + p + .app-directory__service')
      assert.match(await senTeam.innerText(), /Knowsley Council SEN Team[\s\S]*Phone\s+Not confirmed[\s\S]*Email\s+Not confirmed[\s\S]*Address\s+Not confirmed/)
      // Each "Opening times" key is on one line: its height is that of a single line of its text.
      const keys = page.locator('dt', { hasText: 'Opening times' })
      assert.ok((await keys.count()) > 0)
      for (const key of await keys.all()) {
        const lines = await key.evaluate((el) => {
          const range = document.createRange()
          range.selectNodeContents(el)
          return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size
        })
        assert.equal(lines, 1, '"Opening times" on one line')
      }
    } finally {
      await close()
    }
  })

  test('the print view of a plan asks for no missing favicon', async () => {
    const { page, close } = await openPage(h, { width: 320 })
    try {
      const missing: string[] = []
      page.on('response', (r) => {
        if (r.status() === 404) missing.push(r.url())
      })
      await visit(page, '/plan/print?decision=refuse-assessment&noticeSentOn=2026-11-02&area=knowsley')
      const icon = await page.request.get(`${h.baseUrl}/favicon.ico`)
      assert.equal(icon.status(), 200, 'the redirect ends at the icon')
      assert.deepEqual(missing, [])
    } finally {
      await close()
    }
  })
})
