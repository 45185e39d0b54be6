import { after, before, describe, test } from 'node:test'
import assert from 'node:assert/strict'
import type { FastifyInstance, LightMyRequestResponse } from 'fastify'
import { testApp } from '../../../../test/support/app.js'
import { loadContent } from '../../../content/load-content.js'

let app: FastifyInstance
before(async () => {
  app = await testApp()
})
after(() => app.close())

const content = loadContent()
const liverpool = content.areas.get('liverpool')

const areaCookie = (res: LightMyRequestResponse) => res.cookies.find((c) => c.name === 'area')
const h1 = (html: string) => /<h1 class="govuk-heading-xl">([^<]*)<\/h1>/.exec(html)?.[1]
const radios = (html: string) => [...html.matchAll(/<input class="govuk-radios__input"[^>]* value="([^"]+)"/g)].map((m) => m[1])
const checked = (html: string) => /<input class="govuk-radios__input"[^>]* value="([^"]+)" checked>/.exec(html)?.[1]

/** What a browser does: load the form (getting the CSRF cookie and token), then post it back. */
async function post(fields: Record<string, string>, { withToken = true } = {}) {
  const form = await app.inject('/local-help')
  const token = /<input type="hidden" name="_csrf" value="([^"]+)">/.exec(form.body)?.[1]
  const secret = form.cookies.find((c) => c.name === '_csrf')?.value
  assert.ok(token && secret, 'the form carries a CSRF token and sets its cookie')
  return app.inject({
    method: 'POST',
    url: '/local-help',
    cookies: { _csrf: secret },
    payload: new URLSearchParams(withToken ? { _csrf: token, ...fields } : fields).toString(),
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
  })
}

describe('GET /local-help', () => {
  test('with no area chosen: the choice of area, Liverpool and Knowsley first, then somewhere else', async () => {
    const res = await app.inject('/local-help')
    assert.equal(res.statusCode, 200)
    assert.equal(h1(res.body), 'Find help where you live')
    assert.deepEqual(radios(res.body), ['liverpool', 'knowsley', 'other'])
    assert.match(res.body, /<label class="govuk-label govuk-radios__label" for="area-\d">\s*Somewhere else in England\s*<\/label>/)
    assert.match(res.body, /<form method="post" action="\/local-help" novalidate>\s*<input type="hidden" name="_csrf" value="[^"]+">/)
    assert.equal(checked(res.body), undefined)
    assert.equal(areaCookie(res), undefined)
  })

  test('with the area cookie: that area\'s directory, in order, then the national services', async () => {
    assert.ok(liverpool)
    const res = await app.inject({ url: '/local-help', cookies: { area: 'liverpool' } })
    assert.equal(res.statusCode, 200)
    assert.equal(h1(res.body), 'Help in Liverpool')
    const order = ['sendiass', 'local-offer', 'sen-team', 'mediation', 'disagreement-resolution', 'complaints', 'national-services']
    const positions = order.map((id) => res.body.indexOf(`id="${id}"`))
    assert.ok(positions.every((p) => p > 0), `all sections present: ${positions.join(', ')}`)
    assert.deepEqual([...positions].sort((a, b) => a - b), positions)
    const s = liverpool.sendiass
    assert.ok(res.body.includes('Liverpool &amp; Knowsley SENDIASS'))
    assert.ok(res.body.includes(s.address))
    assert.ok(res.body.includes(`<a class="govuk-link app-directory__link" href="tel:${s.phone.replace(/ /g, '')}">${s.phone}</a>`))
    assert.ok(res.body.includes(`<a class="govuk-link app-directory__link" href="mailto:${s.email}">${s.email}</a>`))
    assert.ok(res.body.includes(`href="${s.website}"`))
    assert.ok(res.body.includes(s.opening))
    assert.ok(res.body.includes(liverpool.localOffer.website.replace(/&/g, '&amp;')))
    assert.ok(res.body.includes(liverpool.senTeam.name))
    assert.ok(res.body.includes(liverpool.mediation.name))
    assert.ok(res.body.includes(liverpool.disagreementResolution.name))
    assert.ok(res.body.includes(liverpool.complaints.council.name))
    for (const service of content.national) assert.ok(res.body.includes(service.name.replace(/'/g, '&#39;')), service.name)
    assert.equal(checked(res.body), 'liverpool', 'the change form shows the current choice')
    assert.match(res.body, /Change your area/)
  })

  test('?area= shows that area without setting a cookie, and wins over the cookie', async () => {
    const res = await app.inject({ url: '/local-help?area=Knowsley', cookies: { area: 'liverpool' } })
    assert.equal(res.statusCode, 200)
    assert.equal(h1(res.body), 'Help in Knowsley')
    assert.ok(res.body.includes('Knowsley Council SEN Team'))
    assert.equal(areaCookie(res), undefined)
    assert.match(res.body, /Choose your area<\/a> to see it every time you visit/)
  })

  test('an unknown area: the national directory, saying local details are not available and how to find SENDIASS', async () => {
    for (const url of ['/local-help?area=manchester', '/local-help?area=other', '/local-help?area=%3Cscript%3E']) {
      const res = await app.inject(url)
      assert.equal(res.statusCode, 200, url)
      assert.equal(h1(res.body), 'Help where you live')
      assert.match(res.body, /We do not have local details for (?:that|your) area yet\. We only have them for Liverpool and Knowsley so far\./)
      assert.match(res.body, /How to find your council's SENDIASS/)
      assert.match(res.body, /href="https:\/\/www\.gov\.uk\/find-local-council"/)
      for (const service of content.national) assert.ok(res.body.includes(service.name.replace(/'/g, '&#39;')), service.name)
      assert.doesNotMatch(res.body, /id="sendiass"/)
      assert.doesNotMatch(res.body, /<script>/)
    }
  })

  test('the cookie "other" gives the national directory; a stale or made-up cookie is ignored', async () => {
    const other = await app.inject({ url: '/local-help', cookies: { area: 'other' } })
    assert.match(other.body, /We do not have local details for your area yet/)
    assert.equal(checked(other.body), 'other')
    const stale = await app.inject({ url: '/local-help', cookies: { area: 'atlantis' } })
    assert.equal(h1(stale.body), 'Find help where you live')
  })
  test('Knowsley: the SEN team, the named mediation provider, and "Not confirmed" for each detail no public page gave', async () => {
    const res = await app.inject('/local-help?area=knowsley')
    const senTeam = res.body.slice(res.body.indexOf('id="sen-team"'), res.body.indexOf('id="mediation"'))
    assert.match(senTeam, /Knowsley Council SEN Team/)
    const marked = [...senTeam.matchAll(/data-not-confirmed="(\w+)"><dt class="govuk-summary-list__key">(\w+)<\/dt><dd class="govuk-summary-list__value">Not confirmed</g)].map((m) => m[2])
    assert.deepEqual(marked, ['Phone', 'Email', 'Address'])
    assert.match(res.body.slice(res.body.indexOf('id="mediation"')), /Why Mediate/)
    // SENDIASS: the opening times row says the hours are not confirmed rather than inventing them.
    assert.match(res.body, /Opening times<\/dt><dd class="govuk-summary-list__value">Phone for opening times \(hours not confirmed\)</)
  })
})

describe('POST /local-help', () => {
  test('without a CSRF token: 403, and the form again with a message (not a 500)', async () => {
    const res = await post({ area: 'liverpool' }, { withToken: false })
    assert.equal(res.statusCode, 403)
    assert.equal(areaCookie(res), undefined)
    assert.match(res.body, /<h2 class="govuk-error-summary__title">\s*There is a problem\s*<\/h2>/)
    assert.match(res.body, /Your choice was not saved because the page had expired/)
  })

  test('with no CSRF cookie at all: 403', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/local-help',
      payload: 'area=liverpool&_csrf=made-up',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    })
    assert.equal(res.statusCode, 403)
    assert.equal(areaCookie(res), undefined)
  })

  test('with a token: sets the area cookie for 180 days and goes back to /local-help', async () => {
    const res = await post({ area: 'knowsley' })
    assert.equal(res.statusCode, 303)
    assert.equal(res.headers.location, '/local-help')
    const cookie = areaCookie(res)
    assert.ok(cookie)
    assert.equal(cookie.value, 'knowsley')
    assert.equal(cookie.httpOnly, true)
    assert.equal(cookie.sameSite, 'Lax')
    assert.equal(cookie.path, '/')
    assert.equal(cookie.maxAge, 180 * 24 * 60 * 60)
    assert.ok(!cookie.secure, 'not secure outside production, so it works on http://localhost')
  })

  test('"Somewhere else in England" is stored as other', async () => {
    const res = await post({ area: 'other' })
    assert.equal(res.statusCode, 303)
    assert.equal(areaCookie(res)?.value, 'other')
  })

  test('nothing chosen: the GOV.UK error summary linking to the radios, and an inline error', async () => {
    const res = await post({})
    assert.equal(res.statusCode, 400)
    assert.equal(areaCookie(res), undefined)
    assert.match(res.body, /<title>Error: Find help where you live – sendpath<\/title>/)
    assert.match(res.body, /<a href="#area">Select the area you live in, or select somewhere else in England<\/a>/)
    assert.match(res.body, /<p id="area-error" class="govuk-error-message">\s*<span class="govuk-visually-hidden">Error:<\/span> Select the area you live in/)
    assert.match(res.body, /<div class="govuk-form-group govuk-form-group--error">/)
  })

  test('an area we do not know is refused like an empty choice', async () => {
    for (const area of ['atlantis', '', 'LIVERPOOL ']) {
      const res = await post({ area })
      assert.equal(res.statusCode, 400, area)
      assert.equal(areaCookie(res), undefined)
    }
  })

  test('in production the cookie is sent over HTTPS only', async () => {
    const prod = await testApp({ NODE_ENV: 'production' })
    try {
      const form = await prod.inject('/local-help')
      const token = /name="_csrf" value="([^"]+)"/.exec(form.body)?.[1] ?? ''
      const secret = form.cookies.find((c) => c.name === '_csrf')?.value ?? ''
      const res = await prod.inject({
        method: 'POST',
        url: '/local-help',
        cookies: { _csrf: secret },
        payload: new URLSearchParams({ _csrf: token, area: 'liverpool' }).toString(),
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      })
      assert.equal(res.statusCode, 303)
      assert.equal(areaCookie(res)?.secure, true)
    } finally {
      await prod.close()
    }
  })
})
