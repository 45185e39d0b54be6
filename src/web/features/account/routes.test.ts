import { test } from 'node:test'
import assert from 'node:assert/strict'
import type { FastifyInstance, LightMyRequestResponse } from 'fastify'
import { smtpMailer } from '../../../mail/index.js'
import { startTestSmtpServer } from '../../../mail/testing.js'
import { safeReturnPath } from '../../plugins/auth.js'
import { testAppWithStore } from '../../../../test/support/app.js'

// The account pages over HTTP, with email going over SMTP to a real server on loopback.

const PASSWORD = 'correct horse battery staple 7'

/** A browser without JavaScript: it keeps cookies and posts forms with the CSRF token from the page it read. */
function browser(app: FastifyInstance) {
  const jar: Record<string, string> = {}
  const keep = (reply: LightMyRequestResponse) => {
    for (const c of reply.cookies as { name: string; value: string; maxAge?: number; expires?: Date }[]) {
      if (c.value === '' || c.maxAge === 0) delete jar[c.name]
      else jar[c.name] = c.value
    }
    return reply
  }
  const get = async (url: string) => keep(await app.inject({ url, cookies: jar }))
  const csrf = (html: string) => /name="_csrf" value="([^"]+)"/.exec(html)?.[1] ?? ''
  const submit = async (page: LightMyRequestResponse, action: string, fields: Record<string, string>) =>
    keep(await app.inject({ method: 'POST', url: action, cookies: jar, payload: new URLSearchParams({ _csrf: csrf(page.body), ...fields }).toString(), headers: { 'content-type': 'application/x-www-form-urlencoded' } }))
  return { jar, get, submit }
}

const linkIn = (text: string, path: string) => {
  const m = new RegExp(`http://localhost:3000${path}\\?token=([A-Za-z0-9_%-]+)`).exec(text)
  assert.ok(m, `a ${path} link in: ${text}`)
  return `${path}?token=${m[1]}`
}

async function setUp() {
  const smtp = await startTestSmtpServer()
  const app = await testAppWithStore({ mailer: smtpMailer(smtp.url, 'sendpath <no-reply@sendpath.test>') })
  return { smtp, app, close: async () => (await app.close(), await smtp.close()) }
}

test('sign up, confirm by the link that arrived over SMTP, see the account; a used link does not work twice', async () => {
  const { smtp, app, close } = await setUp()
  try {
    const b = browser(app)
    const form = await b.get('/account/sign-up')
    assert.equal(form.statusCode, 200)
    const short = await b.submit(form, '/account/sign-up', { email: 'not-an-email', password: 'short' })
    assert.equal(short.statusCode, 400)
    assert.match(short.body, /There is a problem/)
    assert.match(short.body, /href="#email"/)
    assert.match(short.body, /href="#password"/)
    const made = await b.submit(form, '/account/sign-up', { email: 'Parent@Example.org', password: PASSWORD })
    assert.equal(made.statusCode, 303)
    assert.equal(made.headers.location, '/account/check-email')
    const cookie = (made.cookies as { name: string; httpOnly?: boolean; sameSite?: string; secure?: boolean }[]).find((c) => c.name === 'sendpath_session')!
    assert.deepEqual([cookie.httpOnly, cookie.sameSite, cookie.secure], [true, 'Lax', true])

    const mail = await smtp.next((m) => /Confirm your email/.test(m.subject ?? ''))
    const verify = linkIn(mail.text ?? '', '/account/verify')
    assert.match((await b.get('/account')).body, /Confirm your email address: open the link/)
    const page = await b.get(verify)
    assert.equal(page.statusCode, 200, 'following the link only shows a button: a mail scanner cannot use it up')
    const confirmed = await b.submit(page, '/account/verify', { token: new URL(`http://x${verify}`).searchParams.get('token')! })
    assert.match(confirmed.body, /Your email address is confirmed/)
    assert.doesNotMatch((await b.get('/account')).body, /Confirm your email address: open the link/)
    const again = await b.submit(page, '/account/verify', { token: new URL(`http://x${verify}`).searchParams.get('token')! })
    assert.equal(again.statusCode, 400)
    assert.match(again.body, /expired or has already been used/)
  } finally {
    await close()
  }
})

test('sign in: the same message for an unknown email and a wrong password, a safe return path, sign out, sign out everywhere', async () => {
  const { app, close } = await setUp()
  try {
    const setup = browser(app)
    await setup.submit(await setup.get('/account/sign-up'), '/account/sign-up', { email: 'p@example.org', password: PASSWORD }).catch(() => undefined)
    const b = browser(app)
    const away = await b.get('/account')
    assert.equal(away.statusCode, 303)
    assert.equal(away.headers.location, '/account/sign-in?returnTo=%2Faccount')
    const form = await b.get('/account/sign-in?returnTo=/account')
    const unknown = await b.submit(form, '/account/sign-in', { email: 'nobody@example.org', password: PASSWORD, returnTo: '/account' })
    const wrong = await b.submit(form, '/account/sign-in', { email: 'p@example.org', password: 'wrong password here', returnTo: '/account' })
    const said = (r: LightMyRequestResponse) => /govuk-error-summary__list">[\s\S]*?<a[^>]*>\s*([^<]+?)\s*</.exec(r.body)?.[1]
    assert.equal(unknown.statusCode, 400)
    assert.ok(said(unknown))
    assert.equal(said(unknown), said(wrong))
    assert.match(said(unknown) ?? '', /not right/)
    const evil = await b.submit(form, '/account/sign-in', { email: 'p@example.org', password: PASSWORD, returnTo: '//evil.example/steal' })
    assert.equal(evil.headers.location, '/account', 'another site is never a return path')
    assert.equal((await b.get('/account')).statusCode, 200)

    const other = browser(app)
    await other.submit(await other.get('/account/sign-in'), '/account/sign-in', { email: 'p@example.org', password: PASSWORD })
    assert.equal((await other.get('/account')).statusCode, 200)
    const everywhere = await b.submit(await b.get('/account'), '/account/sign-out-everywhere', {})
    assert.match(everywhere.body, /signed out everywhere/)
    assert.equal((await other.get('/account')).statusCode, 303, 'the other browser is signed out too')

    const forged = await app.inject({ method: 'POST', url: '/account/sign-out', cookies: other.jar, payload: 'x=1', headers: { 'content-type': 'application/x-www-form-urlencoded' } })
    assert.notEqual(forged.statusCode, 200, 'a form without the CSRF token does nothing')
  } finally {
    await close()
  }
})

test('sign-in is throttled with a clear message', async () => {
  const { app, close } = await setUp()
  try {
    const b = browser(app)
    const form = await b.get('/account/sign-in')
    let last: LightMyRequestResponse | undefined
    for (let i = 0; i < 6; i++) last = await b.submit(form, '/account/sign-in', { email: 'x@example.org', password: 'wrong password here' })
    assert.equal(last!.statusCode, 429)
    assert.match(last!.body, /too many attempts to sign in/)
  } finally {
    await close()
  }
})

test('forgotten password: the link arrives over SMTP, works once, and signs out every session', async () => {
  const { smtp, app, close } = await setUp()
  try {
    const b = browser(app)
    await b.submit(await b.get('/account/sign-up'), '/account/sign-up', { email: 'r@example.org', password: PASSWORD })
    assert.equal((await b.get('/account')).statusCode, 200)
    const other = browser(app)
    const asked = await other.submit(await other.get('/account/forgot-password'), '/account/forgot-password', { email: 'r@example.org' })
    const nobody = await other.submit(await other.get('/account/forgot-password'), '/account/forgot-password', { email: 'nobody@example.org' })
    assert.equal(asked.body.replace(/name="_csrf" value="[^"]+"/g, ''), nobody.body.replace(/name="_csrf" value="[^"]+"/g, ''), 'the same page whether or not there is an account')
    const mail = await smtp.next((m) => /Reset your sendpath password/.test(m.subject ?? ''))
    const reset = linkIn(mail.text ?? '', '/account/reset-password')
    const token = new URL(`http://x${reset}`).searchParams.get('token')!
    const page = await other.get(reset)
    const weak = await other.submit(page, '/account/reset-password', { token, password: 'short' })
    assert.equal(weak.statusCode, 400)
    assert.match(weak.body, /There is a problem/)
    const done = await other.submit(page, '/account/reset-password', { token, password: 'a brand new pass phrase 9' })
    assert.match(done.body, /Your password has been changed/)
    assert.equal((await b.get('/account')).statusCode, 303, 'the old session ended')
    const twice = await other.submit(page, '/account/reset-password', { token, password: 'another new pass phrase 9' })
    assert.match(twice.body, /expired or has already been used/)
    const signedIn = await other.submit(await other.get('/account/sign-in'), '/account/sign-in', { email: 'r@example.org', password: 'a brand new pass phrase 9' })
    assert.equal(signedIn.statusCode, 303)
  } finally {
    await close()
  }
})

test('safeReturnPath keeps paths on this site only', () => {
  assert.equal(safeReturnPath('/cases/1?x=2'), '/cases/1?x=2')
  for (const bad of ['//evil.example', '/\\evil.example', 'https://evil.example', 'javascript:alert(1)', '/a b', '', 42]) assert.equal(safeReturnPath(bad), '/account', String(bad))
})
