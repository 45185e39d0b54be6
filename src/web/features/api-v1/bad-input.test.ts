import { test } from 'node:test'
import assert from 'node:assert/strict'
import { fixedClock } from '../../../clock.js'
import { testAppWithStore } from '../../../../test/support/app.js'
import { family, multipartBody } from '../../../../test/support/api.js'

// Bad input on every case route gets a clear answer: 400 with {error, details:[{field, message}]} naming each
// field, 415 for a body that is not JSON (or not multipart for uploads), 413 for a file over the limit.

test('every API route answers bad input with a clear problem naming its field', async () => {
  const app = await testAppWithStore({ clock: fixedClock('2026-02-01') })
  try {
    const a = await family(app, 'a@example.org')
    const id = (await a.call('POST', '/api/v1/cases', { child: { name: 'Alex' }, area: 'liverpool' })).json().id as string
    const entryId = (await a.call('POST', `/api/v1/cases/${id}/entries`, { date: '2026-01-10', kind: 'email', summary: 'x' })).json().id as string

    const cases: [string, string, unknown, string, RegExp][] = [
      ['POST', '/api/v1/sessions', { email: 'a@example.org', password: 5 }, 'password', /must be text/],
      ['POST', '/api/v1/cases', { child: {}, area: 'liverpool' }, 'child.name', /name/],
      ['POST', '/api/v1/cases', { child: { name: 'A', dateOfBirth: '2015-02-30' }, area: 'liverpool' }, 'child.dateOfBirth', /must be a real date/],
      ['POST', '/api/v1/cases', { child: { name: 'A' }, area: 'Not An Area!' }, 'area', /area id/],
      ['POST', '/api/v1/cases', { child: { name: 'x'.repeat(101) }, area: 'liverpool' }, 'child.name', /100 characters or fewer/],
      ['POST', '/api/v1/cases', { child: { name: 'A' }, area: 'liverpool', owner: 'someone' }, 'owner', /"owner" is not a field this request takes/],
      ['POST', `/api/v1/cases/${id}/entries`, { date: '2026-01-10', kind: 'gossip', summary: 'x' }, 'kind', /kind must be one of/],
      ['POST', `/api/v1/cases/${id}/entries`, { date: '10/01/2026', kind: 'email', summary: 'x' }, 'date', /YYYY-MM-DD/],
      ['POST', `/api/v1/cases/${id}/entries`, { date: '2026-01-10', kind: 'email', summary: 'x'.repeat(10_001) }, 'summary', /10,000 characters or fewer/],
      ['PATCH', `/api/v1/cases/${id}/entries/${entryId}`, {}, '(body)', /at least one field/],
      ['PATCH', `/api/v1/cases/${id}/entries/${entryId}`, { promised: { by: '2026-01-01' } }, 'promised.what', /./],
      ['POST', `/api/v1/cases/${id}/decisions`, { decision: 'nope', noticeSentOn: '2026-01-15' }, 'decision', /decision must be one of/],
      ['POST', `/api/v1/cases/${id}/decisions`, { decision: 'refuse-assessment', noticeSentOn: '2026-01-15', today: '2026-01-20' }, 'today', /"today" is not a field this request takes/],
    ]
    for (const [method, url, body, field, message] of cases) {
      const reply = await a.call(method, url, body)
      assert.equal(reply.statusCode, 400, `${method} ${url} ${JSON.stringify(body).slice(0, 80)}: ${reply.body}`)
      const problem = reply.json()
      assert.equal(typeof problem.error, 'string')
      const detail = problem.details.find((d: { field: string }) => d.field === field)
      assert.ok(detail, `${method} ${url}: a problem for ${field} in ${reply.body}`)
      assert.match(detail.message, message)
    }

    for (const url of ['/api/v1/cases', `/api/v1/cases/${id}/entries`, `/api/v1/cases/${id}/decisions`]) {
      const text = await a.call('POST', url, 'child=Alex', { 'content-type': 'application/x-www-form-urlencoded' })
      assert.equal(text.statusCode, 415, url)
      const broken = await a.call('POST', url, '{"child":', { 'content-type': 'application/json' })
      assert.equal(broken.statusCode, 400, url)
      assert.match(broken.json().error, /not valid JSON/)
    }
    assert.equal((await a.call('PATCH', `/api/v1/cases/${id}/entries/${entryId}`, 'summary=x', { 'content-type': 'text/plain' })).statusCode, 415)

    const upload = (file: { name: string; content: Uint8Array }) => {
      const body = multipartBody(file)
      return app.inject({ method: 'POST', url: `/api/v1/cases/${id}/documents`, headers: { authorization: `Bearer ${a.token}`, ...body.headers }, payload: body.payload })
    }
    const exe = await upload({ name: 'letter.pdf', content: Buffer.from('MZ\x90\x00 this is not a PDF at all') })
    assert.equal(exe.statusCode, 400)
    assert.match(exe.json().details[0].message, /must be a PDF, a PNG or JPEG image, or a Word document/)
    const empty = await upload({ name: 'empty.pdf', content: new Uint8Array() })
    assert.equal(empty.statusCode, 400)
    assert.match(empty.json().details[0].message, /empty/)
    const huge = await upload({ name: 'big.pdf', content: Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(10 * 1024 * 1024)]) })
    assert.equal(huge.statusCode, 413)
    assert.match(huge.json().error, /smaller than 10 MB/)
    const json = await a.call('POST', `/api/v1/cases/${id}/documents`, { file: 'x' })
    assert.equal(json.statusCode, 415)
    assert.equal((await a.call('GET', `/api/v1/cases/${id}/documents`)).json().documents.length, 0, 'a refused upload leaves nothing behind')
  } finally {
    await app.close()
  }
})
