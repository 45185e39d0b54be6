import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import assert from 'node:assert/strict'
import { chromium, type Browser, type Page } from 'playwright-core'
import type { FastifyInstance } from 'fastify'
import { testApp } from '../../support/app.js'

// Browser tests drive Debian's Chromium (never a downloaded browser) against the app on loopback.
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')

export interface Harness {
  app: FastifyInstance
  browser: Browser
  baseUrl: string
  close: () => Promise<void>
}

/** `makeApp` builds the app under test: by default one with no store and no mailer (the public pages). */
export async function startHarness(makeApp: () => Promise<FastifyInstance> = () => testApp()): Promise<Harness> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium is not installed at ${CHROMIUM}. Run: apt-get install -y chromium (the browser suite never downloads a browser).`)
  }
  const app = await makeApp()
  const baseUrl = await app.listen({ port: 0, host: '127.0.0.1' })
  // playwright gives each launch a fresh, empty profile of its own.
  const browser = await chromium.launch({
    headless: true,
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
  return {
    app,
    browser,
    baseUrl,
    close: async () => {
      await browser.close()
      await app.close()
    },
  }
}

/** A new page that records every request, so tests can prove nothing leaves the service's origin. */
export async function openPage(h: Harness, options: { javaScriptEnabled?: boolean; width?: number } = {}) {
  const context = await h.browser.newContext({
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    viewport: { width: options.width ?? 1024, height: 800 },
  })
  const page = await context.newPage()
  // playwright-core has no default timeout: without one a stuck step would hang CI instead of failing.
  page.setDefaultTimeout(15_000)
  const requests: string[] = []
  page.on('request', (r) => requests.push(r.url()))
  const cspViolations: string[] = []
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) cspViolations.push(m.text())
  })
  return { page, requests, cspViolations, close: () => context.close() }
}

interface AxeResult {
  violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[]
}

/** Runs axe-core with the WCAG 2.0, 2.1 and 2.2 A and AA rules and fails on any violation. */
export async function assertAccessible(page: Page, label: string) {
  // axe runs as script in the page, so it cannot run where JavaScript is switched off.
  // Injected by evaluation, not a <script> tag, so the page's CSP stays as strict as for users.
  await page.evaluate(axeSource)
  const result = (await page.evaluate(() =>
    // @ts-expect-error axe is global once injected
    window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } }),
  )) as AxeResult
  const summary = result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
  assert.deepEqual(summary, [], `axe found violations on ${label}`)
}

/** No horizontal scrolling at the given width (WCAG 1.4.10 reflow at 320 CSS px). */
export async function assertNoHorizontalScroll(page: Page, label: string) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
  assert.ok(overflow <= 1, `${label} scrolls sideways by ${overflow}px`)
}

export const sameOrigin = (h: Harness, urls: string[]) => urls.filter((u) => !u.startsWith(h.baseUrl) && !u.startsWith('data:'))
