import { after, before, describe, test } from 'node:test'
import assert from 'node:assert/strict'
import type { FastifyInstance } from 'fastify'
import { unzipSync, strFromU8 } from 'fflate'
import { testAppWithStore } from '../../../../test/support/app.js'
import { listCases } from '../../../cases/index.js'
import { addCaseThroughPages, postForm, signedInFamily, type Family } from '../cases/testing.js'

// Download everything and delete the account, each behind a confirmation page with a POST form.

let app: FastifyInstance
let a: Family
let b: Family
before(async () => {
  app = await testAppWithStore()
  a = await signedInFamily(app)
  b = await signedInFamily(app)
})
after(() => app.close())

const deps = () => ({ db: app.services.store.db, clock: app.services.clock })

describe('your data', () => {
  test('the account page links to both confirmation pages; each warns and carries a POST form, and neither is cached', async () => {
    const account = await app.inject({ url: '/account', cookies: a.cookies })
    assert.match(account.body, /href="\/account\/export"/)
    assert.match(account.body, /href="\/account\/delete"/)
    for (const url of ['/account/export', '/account/delete']) {
      const page = await app.inject({ url, cookies: a.cookies })
      assert.equal(page.statusCode, 200, url)
      assert.equal(page.headers['cache-control'], 'no-store')
      assert.match(page.body, /govuk-warning-text/)
      assert.match(page.body, new RegExp(`<form method="post" action="${url}"`))
    }
  })

  test('signed out, both pages and both actions send the visitor to sign in', async () => {
    for (const method of ['GET', 'POST'] as const) {
      for (const url of ['/account/export', '/account/delete']) {
        const res = await app.inject({ method, url })
        assert.equal(res.statusCode, 303, `${method} ${url}`)
        assert.match(String(res.headers.location), /^\/account\/sign-in/)
      }
    }
  })

  test('a POST without the CSRF token changes nothing', async () => {
    const res = await app.inject({ method: 'POST', url: '/account/delete', cookies: a.cookies })
    assert.equal(res.statusCode, 403)
    assert.match(res.body, /nothing happened/)
    assert.equal((await app.inject({ url: '/account', cookies: a.cookies })).statusCode, 200, 'still signed in, account still there')
  })

  test('the export is a ZIP of the family’s own cases only', async () => {
    await addCaseThroughPages(app, a, 'Ada')
    await addCaseThroughPages(app, b, 'Other child')
    const res = await postForm(app, a, '/account/export', '/account/export', {})
    assert.equal(res.statusCode, 200, res.body)
    assert.equal(res.headers['content-type'], 'application/zip')
    assert.match(String(res.headers['content-disposition']), /^attachment; filename="sendpath-data-\d{4}-\d{2}-\d{2}\.zip"$/)
    assert.equal(res.headers['cache-control'], 'no-store')
    const files = unzipSync(new Uint8Array(res.rawPayload))
    const all = Object.values(files).map((f) => strFromU8(f)).join('\n')
    assert.match(all, /Ada/)
    assert.doesNotMatch(all, /Other child/)
  })

  test('deleting ends the session and removes everything; the other family is untouched', async () => {
    const doomed = await signedInFamily(app)
    await addCaseThroughPages(app, doomed, 'Gone')
    const res = await postForm(app, doomed, '/account/delete', '/account/delete', {})
    assert.equal(res.statusCode, 200, res.body)
    assert.match(res.body, /Your account has been deleted/)
    assert.equal(res.cookies.find((c) => c.name === 'sendpath_session')?.value, '', 'the session cookie is cleared')
    assert.deepEqual(await listCases(deps(), doomed.userId), [])
    const user = await app.services.store.db.selectFrom('users').select('id').where('id', '=', doomed.userId).executeTakeFirst()
    assert.equal(user, undefined)
    const after = await app.inject({ url: '/account', cookies: doomed.cookies })
    assert.equal(after.statusCode, 303, 'the old session no longer works')
    assert.equal((await listCases(deps(), b.userId)).length, 1)
  })
})
