import { after, before, describe, test } from 'node:test'
import assert from 'node:assert/strict'
import type { FastifyInstance, LightMyRequestResponse } from 'fastify'
import { Temporal } from 'temporal-polyfill'
import { testAppWithStore } from '../../../../test/support/app.js'
import { createUser } from '../../../accounts/index.js'
import { listDecisions, listDocuments } from '../../../cases/index.js'
import { PENDING_SAVE_COOKIE } from '../../plugins/auth.js'
import { addCaseThroughPages, signedInFamily, type Family } from './testing.js'

// "Save to my case" from the plan and from a letter's preview: signed in and signed out (through sign-in, with
// nothing lost), bad input, and another family's case, which is a 404 exactly like one that does not exist.

let app: FastifyInstance
let a: Family
let b: Family
let planQuery: string
before(async () => {
  app = await testAppWithStore()
  a = await signedInFamily(app)
  b = await signedInFamily(app)
  const tenDaysAgo = Temporal.PlainDate.from(app.services.clock.today()).subtract({ days: 10 }).toString()
  planQuery = `decision=refuse-assessment&noticeSentOn=${tenDaysAgo}&area=liverpool`
})
after(() => app.close())

const cookiesFrom = (res: LightMyRequestResponse) => Object.fromEntries(res.cookies.map((c) => [c.name, c.value]))
const csrfOf = (html: string) => /name="_csrf" value="([^"]+)"/.exec(html)?.[1] ?? 'none'

/** Opens a page and posts a form from it with its CSRF token, keeping every cookie as a browser would. */
async function postFrom(cookies: Record<string, string>, pageUrl: string, url: string, fields: Record<string, string>) {
  const page = await app.inject({ url: pageUrl, cookies })
  assert.equal(page.statusCode, 200, `${pageUrl} opens`)
  const jar = { ...cookies, ...cookiesFrom(page) }
  const res = await app.inject({
    method: 'POST',
    url,
    cookies: jar,
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams({ _csrf: csrfOf(page.body), ...fields }).toString(),
  })
  return { res, jar: { ...jar, ...cookiesFrom(res) } }
}

/** A plain complaint, as the letter form posts it. */
const complaint = (): Record<string, string> => ({
  'sender.name': 'Alex Morgan',
  'sender.address': '12 Oak Road\nLiverpool',
  'sender.email': 'alex@example.org',
  'recipient.name': 'Ms Priya Shah',
  'recipient.organisation': 'Oak Primary School',
  'recipient.address': '1 School Lane\nLiverpool',
  'child.name': 'Sam Morgan',
  '_count.issues': '1',
  'issues.0.what': 'The SENCO did not reply to three emails.',
  'issues.0.wantedOutcome': 'A meeting this term.',
  respondWithinWorkingDays: '20',
})

describe('save a plan to a case', () => {
  test('the plan page links to its save page, which a signed-in family posts, then chooses the case: the answers become a decision', async () => {
    const planPage = await app.inject({ url: `/plan?${planQuery}` })
    const href = /<a href="([^"]+)"[^>]*data-testid="save-plan"/.exec(planPage.body)?.[1]?.replaceAll('&amp;', '&')
    assert.ok(href?.startsWith('/plan/save?'), 'the plan page has "Save to my case"')
    if (!href) return
    const savePage = await app.inject({ url: href, cookies: a.cookies })
    assert.equal(savePage.headers['cache-control'], 'no-store')
    const plan = /name="plan" value="([^"]+)"/.exec(savePage.body)?.[1]?.replaceAll('&amp;', '&') ?? ''
    const id = await addCaseThroughPages(app, a, 'Robin')
    const begun = await postFrom(a.cookies, href, '/plan/save', { plan })
    assert.equal(begun.res.statusCode, 303, begun.res.body)
    assert.equal(begun.res.headers.location, '/cases/save')
    assert.ok(begun.jar[PENDING_SAVE_COOKIE], 'the pending save is kept by its cookie')
    const choose = await app.inject({ url: '/cases/save', cookies: begun.jar })
    assert.equal(choose.statusCode, 200)
    assert.match(choose.body, /Your plan: /)
    assert.match(choose.body, /Robin/)
    const saved = await postFrom(begun.jar, '/cases/save', '/cases/save', { caseId: id })
    assert.equal(saved.res.statusCode, 303, saved.res.body)
    assert.equal(saved.res.headers.location, `/cases/${id}#timeline`)
    const decisions = await listDecisions({ db: app.services.store.db, clock: app.services.clock }, a.userId, id)
    assert.equal(decisions?.length, 1)
    assert.equal(decisions?.[0]?.request.decision, 'refuse-assessment')
    assert.equal(decisions?.[0]?.request.area, 'liverpool')
    // Saved once: the pending save is gone, and its cookie with it.
    assert.equal(saved.res.cookies.find((c) => c.name === PENDING_SAVE_COOKIE)?.value, '')
    const again = await app.inject({ url: '/cases/save', cookies: begun.jar })
    assert.equal(again.statusCode, 404)
    assert.match(again.body, /nothing waiting to be saved/)
  })

  test('a bad plan link is refused with a clear page, by GET and by POST', async () => {
    const bad = await app.inject({ url: '/plan/save?decision=nope&noticeSentOn=2026-13-01' })
    assert.equal(bad.statusCode, 400)
    assert.match(bad.body, /problem with the link to your plan/)
    const posted = await postFrom({}, `/plan/save?${planQuery}`, '/plan/save', { plan: 'decision=nope' })
    assert.equal(posted.res.statusCode, 400)
    assert.equal(posted.jar[PENDING_SAVE_COOKIE], undefined, 'nothing is kept')
    const long = await postFrom({}, `/plan/save?${planQuery}`, '/plan/save', { plan: `${planQuery}&x=${'a'.repeat(5000)}` })
    assert.equal(long.res.statusCode, 400)
  })

  test('without the CSRF token nothing is kept', async () => {
    const res = await app.inject({ method: 'POST', url: '/plan/save', headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: `plan=${encodeURIComponent(planQuery)}` })
    assert.equal(res.statusCode, 403)
    assert.equal(cookiesFrom(res)[PENDING_SAVE_COOKIE], undefined)
  })
})

describe('save a letter to a case', () => {
  test('signed out: the letter waits through sign-in, then becomes a PDF document on the chosen case', async () => {
    const deps = { db: app.services.store.db, clock: app.services.clock }
    const made = await createUser(deps, { email: 'later@example.org', password: 'correct horse battery staple 9', role: 'family' })
    assert.ok(made.ok)
    const begun = await postFrom({}, '/letters/complaint', '/letters/complaint/save', complaint())
    assert.equal(begun.res.statusCode, 303, begun.res.body)
    assert.equal(begun.res.headers.location, '/cases/save')
    // Signed out, /cases/save sends the visitor to sign in and back; sign-up keeps the way back too.
    const gate = await app.inject({ url: '/cases/save', cookies: begun.jar })
    assert.equal(gate.statusCode, 303)
    assert.equal(gate.headers.location, '/account/sign-in?returnTo=%2Fcases%2Fsave')
    const signInPage = await app.inject({ url: gate.headers.location, cookies: begun.jar })
    assert.match(signInPage.body, /href="\/account\/sign-up\?returnTo=%2Fcases%2Fsave"/)
    const signedIn = await postFrom(begun.jar, gate.headers.location, '/account/sign-in', { email: 'later@example.org', password: 'correct horse battery staple 9', returnTo: '/cases/save' })
    assert.equal(signedIn.res.statusCode, 303, signedIn.res.body)
    assert.equal(signedIn.res.headers.location, '/cases/save')
    // No case yet: the page offers to add one, and adding it comes back here.
    const empty = await app.inject({ url: '/cases/save', cookies: signedIn.jar })
    assert.equal(empty.statusCode, 200)
    assert.match(empty.body, /Your letter: /)
    assert.match(empty.body, /href="\/cases\/new\?then=save"/)
    const added = await postFrom(signedIn.jar, '/cases/new?then=save', '/cases', { name: 'Sam', area: 'liverpool', hasPlan: 'no', then: 'save' })
    assert.equal(added.res.statusCode, 303, added.res.body)
    assert.equal(added.res.headers.location, '/cases/save')
    const choose = await app.inject({ url: '/cases/save', cookies: added.jar })
    const caseId = /name="caseId" type="radio" value="([^"]+)"/.exec(choose.body)?.[1]
    assert.ok(caseId, choose.body)
    const saved = await postFrom(added.jar, '/cases/save', '/cases/save', { caseId })
    assert.equal(saved.res.statusCode, 303, saved.res.body)
    assert.equal(saved.res.headers.location, `/cases/${caseId}#documents`)
    const docs = await listDocuments(deps, made.user.id, caseId)
    assert.equal(docs?.length, 1)
    assert.equal(docs?.[0]?.type, 'application/pdf')
    assert.match(docs?.[0]?.name ?? '', /\.pdf$/)
  })

  test('a letter with mistakes goes back to its form, and nothing is kept', async () => {
    const { res, jar } = await postFrom({}, '/letters/complaint', '/letters/complaint/save', { ...complaint(), 'sender.name': '' })
    assert.equal(res.statusCode, 400)
    assert.match(res.body, /There is a problem/)
    assert.equal(jar[PENDING_SAVE_COOKIE], undefined)
  })
})

describe('choosing the case', () => {
  test('another family’s case is a 404, like one that does not exist, and the pending save is kept', async () => {
    const theirs = await addCaseThroughPages(app, b, 'Not yours')
    const begun = await postFrom(a.cookies, `/plan/save?${planQuery}`, '/plan/save', { plan: planQuery })
    for (const caseId of [theirs, '00000000-0000-4000-8000-000000000000']) {
      const { res } = await postFrom(begun.jar, '/cases/save', '/cases/save', { caseId })
      assert.equal(res.statusCode, 404, caseId)
    }
    assert.equal((await listDecisions({ db: app.services.store.db, clock: app.services.clock }, b.userId, theirs))?.length, 0)
    const still = await app.inject({ url: '/cases/save', cookies: begun.jar })
    assert.equal(still.statusCode, 200)
    assert.doesNotMatch(still.body, /Not yours/, "the other family's case is not offered")
  })

  test('no case chosen: the error summary says so', async () => {
    const begun = await postFrom(a.cookies, `/plan/save?${planQuery}`, '/plan/save', { plan: planQuery })
    const { res } = await postFrom(begun.jar, '/cases/save', '/cases/save', {})
    assert.equal(res.statusCode, 400)
    assert.match(res.body, /<a href="#caseId">Select the case to save it to<\/a>/)
  })
})
