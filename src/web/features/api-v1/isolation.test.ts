import { test } from 'node:test'
import assert from 'node:assert/strict'
import { randomUUID } from 'node:crypto'
import { fixedClock } from '../../../clock.js'
import { samplePdf } from '../../../cases/testing.js'
import { testAppWithStore } from '../../../../test/support/app.js'
import { family, multipartBody } from '../../../../test/support/api.js'

// The safety matrix: family A cannot read, change, download or list anything of family B's by any API route,
// by B's real ids or by guessed ones, and a client with no token (or a bad one) gets nothing at all.

test('family A cannot reach anything of family B by any case route; a signed-out client gets 401 everywhere', async () => {
  const app = await testAppWithStore({ clock: fixedClock('2026-02-01') })
  try {
    const a = await family(app, 'a@example.org')
    const b = await family(app, 'b@example.org')
    const bCase = (await b.call('POST', '/api/v1/cases', { child: { name: 'Sam B' }, area: 'knowsley' })).json().id as string
    const bEntry = (await b.call('POST', `/api/v1/cases/${bCase}/entries`, { date: '2026-01-10', kind: 'email', summary: 'B private note' })).json().id as string
    assert.equal((await b.call('POST', `/api/v1/cases/${bCase}/decisions`, { decision: 'refuse-assessment', noticeSentOn: '2026-01-15' })).statusCode, 201)
    const upload = multipartBody({ name: 'b.pdf', content: samplePdf() })
    const bDoc = (await app.inject({ method: 'POST', url: `/api/v1/cases/${bCase}/documents`, headers: { authorization: `Bearer ${b.token}`, ...upload.headers }, payload: upload.payload })).json().id as string
    const aCase = (await a.call('POST', '/api/v1/cases', { child: { name: 'Alex A' }, area: 'liverpool' })).json().id as string
    const aEntry = (await a.call('POST', `/api/v1/cases/${aCase}/entries`, { date: '2026-01-11', kind: 'email', summary: 'A note' })).json().id as string

    const routes = (c: string, e: string, d: string): [string, string, unknown?][] => [
      ['GET', `/api/v1/cases/${c}`],
      ['DELETE', `/api/v1/cases/${c}`],
      ['POST', `/api/v1/cases/${c}/entries`, { date: '2026-01-12', kind: 'other', summary: 'planted' }],
      ['GET', `/api/v1/cases/${c}/entries`],
      ['PATCH', `/api/v1/cases/${c}/entries/${e}`, { summary: 'overwritten' }],
      ['GET', `/api/v1/cases/${c}/entries/${e}/history`],
      ['POST', `/api/v1/cases/${c}/decisions`, { decision: 'refuse-assessment', noticeSentOn: '2026-01-15' }],
      ['GET', `/api/v1/cases/${c}/timeline`],
      ['GET', `/api/v1/cases/${c}/documents`],
      ['GET', `/api/v1/cases/${c}/documents/${d}`],
      ['GET', `/api/v1/cases/${c}/calendar.ics`],
      ['GET', `/api/v1/cases/${c}/chronology`],
    ]
    const guessed = randomUUID()
    const attempts = [
      ...routes(bCase, bEntry, bDoc),
      ...routes(guessed, randomUUID(), randomUUID()),
      // A's own case with B's entry and document: the entry or document is not found in A's case.
      ['PATCH', `/api/v1/cases/${aCase}/entries/${bEntry}`, { summary: 'overwritten' }] as [string, string, unknown],
      ['GET', `/api/v1/cases/${aCase}/entries/${bEntry}/history`] as [string, string],
      ['GET', `/api/v1/cases/${aCase}/documents/${bDoc}`] as [string, string],
    ]
    const notFoundBody = (await a.call('GET', `/api/v1/cases/${guessed}`)).json()
    for (const [method, url, body] of attempts) {
      const reply = await a.call(method, url, body)
      assert.equal(reply.statusCode, 404, `${method} ${url} as A: ${reply.body}`)
      assert.doesNotMatch(reply.body, /Sam B|B private note|knowsley/)
      if (!url.startsWith(`/api/v1/cases/${aCase}`)) assert.deepEqual(reply.json(), notFoundBody, `${method} ${url}: the same answer as a case that does not exist`)
    }
    const upload2 = multipartBody({ name: 'planted.pdf', content: samplePdf() })
    const planted = await app.inject({ method: 'POST', url: `/api/v1/cases/${bCase}/documents`, headers: { authorization: `Bearer ${a.token}`, ...upload2.headers }, payload: upload2.payload })
    assert.equal(planted.statusCode, 404)
    assert.deepEqual((await a.call('GET', '/api/v1/cases')).json().cases.map((c: { id: string }) => c.id), [aCase], 'A lists only their own case')
    const zip = await a.call('GET', '/api/v1/export')
    assert.ok(!zip.rawPayload.includes(Buffer.from('B private note')) && !zip.rawPayload.includes(Buffer.from(bCase)), "A's export holds nothing of B's")

    // B's record is exactly as B left it.
    assert.deepEqual((await b.call('GET', `/api/v1/cases/${bCase}/entries`)).json().entries.map((e: { summary: string; version: number }) => [e.summary, e.version]), [['B private note', 1]])
    assert.equal((await b.call('GET', `/api/v1/cases/${bCase}/documents`)).json().documents.length, 1)
    assert.equal((await b.call('GET', `/api/v1/cases/${bCase}`)).statusCode, 200)

    // No token, a made-up token, or a token in a cookie: 401 on every route, whatever the ids.
    const everything: [string, string, unknown?][] = [
      ...routes(bCase, bEntry, bDoc),
      ...routes(aCase, aEntry, bDoc),
      ['GET', '/api/v1/cases'],
      ['POST', '/api/v1/cases', { child: { name: 'x' }, area: 'liverpool' }],
      ['GET', '/api/v1/export'],
      ['DELETE', '/api/v1/account'],
      ['DELETE', '/api/v1/sessions/current'],
      ['POST', `/api/v1/cases/${bCase}/documents`],
    ]
    for (const headers of [{}, { authorization: 'Bearer aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa' }, { authorization: b.token }, { cookie: `sendpath_session=${b.token}` }]) {
      for (const [method, url, body] of everything) {
        const reply = await app.inject({ method: method as 'GET', url, headers, ...(body === undefined ? {} : { payload: body as object }) })
        assert.equal(reply.statusCode, 401, `${method} ${url} with ${JSON.stringify(headers)}: ${reply.body}`)
        assert.doesNotMatch(reply.body, /Sam B|Alex A|private note/)
      }
    }
    assert.equal((await b.call('GET', `/api/v1/cases/${bCase}/entries`)).json().entries.length, 1, 'nothing changed')
  } finally {
    await app.close()
  }
})
