import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import type { FastifyInstance } from 'fastify'
import { testApp } from '../../../test/support/app.js'

// Issue 9, finding 6: every rejection in house style. No raw zod or Fastify wording, one entry
// per field, counts in words, and 405 with Allow for a wrong method on a path that exists.

let app: FastifyInstance
before(async () => {
  app = await testApp()
})
after(() => app.close())

interface ProblemBody {
  error: string
  details: { field: string; message: string }[]
}

const post = (url: string, payload: string) =>
  app.inject({ method: 'POST', url, headers: { 'content-type': 'application/json', accept: 'text/html' }, payload })

/** zod's and Fastify's own phrases, which must never reach a client. */
const RAW = /expected \w+, received|Too big|Too small|Invalid input|Invalid option|<=|>=|FST_ERR|Unrecognized key/

function assertHouse(body: ProblemBody) {
  assert.doesNotMatch(JSON.stringify(body), RAW)
  const fields = body.details.map((d) => d.field)
  assert.equal(new Set(fields).size, fields.length, `one entry per field: ${fields.join(', ')}`)
}

describe('API messages', () => {
  test('valid JSON with "__proto__" is not called invalid JSON: the key is ignored and the rest judged', async () => {
    const res = await post('/api/v1/timeline', '{"__proto__": {"x": 1}, "decision": "refuse-assessment", "noticeSentOn": "2026-01-15", "today": "2026-02-01"}')
    assert.equal(res.statusCode, 200, res.body)
    assert.equal(({} as Record<string, unknown>).x, undefined, 'nothing reached the prototype')
    const letter = await post('/api/v1/letters/complaint', '{"__proto__": {}}')
    assert.equal(letter.statusCode, 400)
    assert.doesNotMatch(letter.json<ProblemBody>().error, /not valid JSON/)
  })

  test('a bad body to the letters API suggests a letter, not a timeline', async () => {
    const res = await post('/api/v1/letters/complaint', '{')
    assert.equal(res.statusCode, 400)
    const body = res.json<ProblemBody>()
    assert.equal(body.error, 'The request body is not valid JSON.')
    assert.match(body.details[0]!.message, /"sender"/)
    assert.doesNotMatch(body.details[0]!.message, /decision/)
  })

  test('null where an object belongs, and a list too long, in plain words', async () => {
    const res = await post('/api/v1/timeline', JSON.stringify({ decision: 'plan-contents', appealAbout: Array(7).fill('needs'), mediation: null }))
    const body = res.json<ProblemBody>()
    assertHouse(body)
    assert.deepEqual(body.details, [
      { field: 'appealAbout', message: 'appealAbout can have at most 4 items' },
      { field: 'mediation', message: 'mediation cannot be null: give a set of fields in braces, { }, or leave it out' },
    ])
    assert.equal(body.error, 'appealAbout can have at most 4 items. There is 1 more problem: see details.')
  })

  test('a body of null is plainly refused', async () => {
    const body = (await post('/api/v1/timeline', 'null')).json<ProblemBody>()
    assertHouse(body)
    assert.deepEqual(body.details, [{ field: '(body)', message: 'Send a JSON object of fields, in braces { }' }])
  })

  test('two more problems are counted as "There are 2 more problems"', async () => {
    const body = (await post('/api/v1/timeline', JSON.stringify({ decision: 'nope', noticeSentOn: 'soon', today: 3 }))).json<ProblemBody>()
    assertHouse(body)
    assert.match(body.error, /There are 2 more problems: see details\.$/)
  })

  test('letters: one entry per field, in plain words', async () => {
    const res = await post('/api/v1/letters/complaint', JSON.stringify({ sender: null, recipient: [], child: { name: '' }, issues: Array(13).fill({}) }))
    assert.equal(res.statusCode, 400)
    assertHouse(res.json<ProblemBody>())
  })
})

describe('405 for a wrong method on a path that exists', () => {
  test('API: 405 with Allow and the problem body', async () => {
    const res = await app.inject('/api/v1/timeline')
    assert.equal(res.statusCode, 405)
    assert.equal(res.headers.allow, 'POST')
    const body = res.json<ProblemBody>()
    assert.equal(body.error, '/api/v1/timeline does not accept GET. Use POST.')
    const letters = await app.inject({ method: 'PUT', url: '/api/v1/letters/complaint' })
    assert.equal(letters.statusCode, 405)
    assert.equal(letters.headers.allow, 'POST')
  })

  test('pages: 405 with Allow and the house page', async () => {
    const res = await app.inject({ method: 'DELETE', url: '/start' })
    assert.equal(res.statusCode, 405)
    assert.equal(res.headers.allow, 'GET, HEAD')
    assert.match(res.body, /govuk-template/)
    const form = await app.inject({ method: 'PUT', url: '/letters/complaint' })
    assert.equal(form.headers.allow, 'GET, HEAD, POST')
  })

  test('a path that does not exist is still a 404', async () => {
    assert.equal((await app.inject({ method: 'DELETE', url: '/nowhere' })).statusCode, 404)
    assert.equal((await app.inject('/letters/love-letter')).statusCode, 404)
  })
})
