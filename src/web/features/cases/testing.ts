import assert from 'node:assert/strict'
import type { FastifyInstance, LightMyRequestResponse } from 'fastify'
import { createSession, createUser } from '../../../accounts/index.js'

// Test helpers for the case pages: families signed in through the accounts library (the sign-in pages are
// built elsewhere), and forms posted the way a browser posts them, with the CSRF token from the page.

export interface Family {
  userId: string
  cookies: Record<string, string>
}

let counter = 0

export async function signedInFamily(app: FastifyInstance): Promise<Family> {
  const deps = { db: app.services.store.db, clock: app.services.clock }
  counter += 1
  const made = await createUser(deps, { email: `family${counter}@example.org`, password: 'correct horse battery staple 7', role: 'family' })
  assert.ok(made.ok)
  const session = await createSession(deps, made.user.id, 'web')
  return { userId: made.user.id, cookies: { sendpath_session: session.token } }
}

const cookiesFrom = (res: LightMyRequestResponse) => Object.fromEntries(res.cookies.map((c) => [c.name, c.value]))

/** Opens a form page and posts to `url` with its CSRF token and cookie, as a browser would. */
export async function postForm(app: FastifyInstance, family: Family, formUrl: string, url: string, fields: Record<string, string>) {
  const page = await app.inject({ url: formUrl, cookies: family.cookies })
  assert.equal(page.statusCode, 200, `${formUrl} opens`)
  const token = /name="_csrf" value="([^"]+)"/.exec(page.body)?.[1]
  assert.ok(token, `${formUrl} has a CSRF token`)
  return app.inject({
    method: 'POST',
    url,
    cookies: { ...family.cookies, ...cookiesFrom(page) },
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams({ _csrf: token, ...fields }).toString(),
  })
}

/** Adds a case through the pages and returns its id. */
export async function addCaseThroughPages(app: FastifyInstance, family: Family, name = 'Sam'): Promise<string> {
  const res = await postForm(app, family, '/cases/new', '/cases', { name, area: 'liverpool', hasPlan: 'yes', school: 'Park Primary' })
  assert.equal(res.statusCode, 303, res.body)
  const id = /^\/cases\/([A-Za-z0-9_-]+)$/.exec(String(res.headers.location))?.[1]
  assert.ok(id)
  return id
}
