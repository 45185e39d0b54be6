import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import type { FastifyInstance } from 'fastify'
import { testApp } from '../../../../test/support/app.js'
import { escapeHtml, LETTER_TYPES, letterSchemas, type LetterType } from '../../../letters/index.js'
import { asPdfText, docxFiles, docxText, flatText, readPdf } from '../../../letters/testing/extract.js'
import { ARABIC, AWKWARD, EMOJI, HEBREW, MARKUP, VALID } from '../../../letters/testing/fixtures.js'

let app: FastifyInstance
before(async () => {
  app = await testApp()
})
after(() => app.close())

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
const DATE = '2026-11-02'

/** Each fixture, dated, so the letters do not depend on today's date. */
const bodyFor = (type: LetterType) => ({ ...VALID[type], date: DATE })

const postLetter = (type: string, payload: unknown, headers: Record<string, string> = {}) =>
  app.inject({
    method: 'POST',
    url: `/api/v1/letters/${type}`,
    headers: { 'content-type': 'application/json', ...headers },
    payload: typeof payload === 'string' ? payload : JSON.stringify(payload),
  })

interface ProblemBody {
  error: string
  details: { field: string; message: string }[]
}

describe('POST /api/v1/letters/{type}', () => {
  for (const type of LETTER_TYPES) {
    test(`${type}: Word, PDF and HTML by the Accept header, with the family's words exactly`, async () => {
      const docx = await postLetter(type, bodyFor(type), { accept: DOCX })
      assert.equal(docx.statusCode, 200, docx.body.slice(0, 500))
      assert.equal(docx.headers['content-type'], DOCX)
      assert.equal(docx.headers['content-disposition'], `attachment; filename="sendpath-${type}-${DATE}.docx"`)
      assert.equal(docx.headers['cache-control'], 'no-store')
      assert.equal(docx.headers.vary, 'Accept')
      const docxWords = docxText(docxFiles(docx.rawPayload)['word/document.xml']!)

      const pdf = await postLetter(type, bodyFor(type), { accept: 'application/pdf' })
      assert.equal(pdf.statusCode, 200)
      assert.equal(pdf.headers['content-type'], 'application/pdf')
      assert.equal(pdf.headers['content-disposition'], `attachment; filename="sendpath-${type}-${DATE}.pdf"`)
      assert.equal(pdf.rawPayload.subarray(0, 5).toString('latin1'), '%PDF-')
      const pdfWords = flatText((await readPdf(pdf.rawPayload)).text)

      const html = await postLetter(type, bodyFor(type), { accept: 'text/html' })
      assert.equal(html.statusCode, 200)
      assert.equal(html.headers['content-type'], 'text/html; charset=utf-8')
      assert.equal(html.headers['content-disposition'], `inline; filename="sendpath-${type}-${DATE}.html"`)
      assert.match(html.body, /^<!DOCTYPE html>\n<html lang="en-GB">/)
      assert.match(html.body, /<style>[^<]*\.sendpath-letter/, 'a saved copy carries its stylesheet')
      assert.match(html.body, /<\/html>\n$/)
      assert.doesNotMatch(html.body, /<script/)

      for (const value of AWKWARD) {
        assert.ok(docxWords.includes(value), `docx lost ${JSON.stringify(value)}`)
        assert.ok(pdfWords.includes(asPdfText(value)), `pdf lost ${JSON.stringify(value)}`)
        assert.ok(html.body.includes(escapeHtml(value)), `html lost ${JSON.stringify(value)}`)
      }
    })
  }

  test('with no Accept header, or */*, the letter is a PDF', async () => {
    for (const accept of [undefined, '*/*', 'application/*', 'application/json, */*;q=0.1']) {
      const res = await postLetter('complaint', bodyFor('complaint'), accept === undefined ? {} : { accept })
      assert.equal(res.statusCode, 200, String(accept))
      assert.equal(res.headers['content-type'], 'application/pdf', String(accept))
    }
  })

  test('an Accept header the API cannot meet: 406 with the problem body', async () => {
    const res = await postLetter('complaint', bodyFor('complaint'), { accept: 'application/json' })
    assert.equal(res.statusCode, 406)
    const body = res.json<ProblemBody>()
    assert.match(body.error, /application\/pdf/)
    assert.deepEqual(body.details.map((d) => d.field), ['(accept)'])
  })

  test('an unknown letter type: 404 problem naming the types', async () => {
    const res = await postLetter('love-letter', bodyFor('complaint'))
    assert.equal(res.statusCode, 404)
    const body = res.json<ProblemBody>()
    assert.match(body.error, /no letter called "love-letter"/)
    assert.match(body.error, /complaint, assessment-request/)
    assert.equal(body.details[0]?.field, 'type')
  })

  test('a body that is not JSON: 415', async () => {
    const form = await app.inject({
      method: 'POST',
      url: '/api/v1/letters/complaint',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'sender.name=Sam',
    })
    assert.equal(form.statusCode, 415)
    assert.equal(form.json<ProblemBody>().details[0]?.field, '(body)')
    const text = await app.inject({
      method: 'POST',
      url: '/api/v1/letters/complaint',
      headers: { 'content-type': 'text/plain' },
      payload: JSON.stringify(bodyFor('complaint')),
    })
    assert.equal(text.statusCode, 415)
    const xml = await app.inject({
      method: 'POST',
      url: '/api/v1/letters/complaint',
      headers: { 'content-type': 'application/xml' },
      payload: '<letter/>',
    })
    assert.equal(xml.statusCode, 415)
  })

  test('bad input: 400 with each problem on its field’s dot path', async () => {
    const complaint = VALID.complaint
    const res = await postLetter('complaint', {
      ...complaint,
      sender: { ...complaint.sender, name: '' },
      child: { ...complaint.child, dateOfBirth: '2016-02-30', shoeSize: 3 },
      issues: [complaint.issues[0], { what: 'x' }],
      respondWithinWorkingDays: 99,
    })
    assert.equal(res.statusCode, 400)
    assert.match(String(res.headers['content-type']), /^application\/json/)
    const body = res.json<ProblemBody>()
    const fields = Object.fromEntries(body.details.map((d) => [d.field, d.message]))
    assert.equal(fields['sender.name'], 'Enter your name')
    assert.match(fields['child.dateOfBirth'] ?? '', /real date in the form YYYY-MM-DD/)
    assert.match(fields['child.shoeSize'] ?? '', /not something this letter asks for/)
    assert.equal(fields['issues.1.wantedOutcome'], 'Enter what you want to happen')
    assert.equal(fields.respondWithinWorkingDays, 'Give them no more than 40 working days to reply')
    assert.match(body.error, /sender\.name|Enter your name/)
  })

  test('a body that is not an object, or is empty JSON: 400 on (body)', async () => {
    const list = await postLetter('complaint', [1, 2])
    assert.equal(list.statusCode, 400)
    assert.equal(list.json<ProblemBody>().details[0]?.field, '(body)')
    const broken = await postLetter('complaint', '{"sender":')
    assert.equal(broken.statusCode, 400)
    assert.equal(broken.json<ProblemBody>().details[0]?.field, '(body)')
  })

  test('a body over 64 KB: 413 problem', async () => {
    const res = await postLetter('complaint', { ...bodyFor('complaint'), alreadyTried: 'x'.repeat(70 * 1024) })
    assert.equal(res.statusCode, 413)
    assert.equal(res.json<ProblemBody>().details[0]?.field, '(body)')
  })

  test('the letter date comes from the body, or is today in London', async () => {
    const { date: _date, ...undated } = bodyFor('meeting-request')
    const res = await postLetter('meeting-request', undated, { accept: 'text/html' })
    assert.equal(res.statusCode, 200)
    assert.match(String(res.headers['content-disposition']), /sendpath-meeting-request-\d{4}-\d{2}-\d{2}\.html/)
  })

  test('awkward text stays text: markup, quotes, emoji and right-to-left scripts', async () => {
    const res = await postLetter(
      'complaint',
      { ...bodyFor('complaint'), alreadyTried: `${MARKUP} ${EMOJI} ${ARABIC} ${HEBREW}` },
      { accept: 'text/html' },
    )
    assert.ok(res.body.includes(escapeHtml(`${MARKUP} ${EMOJI} ${ARABIC} ${HEBREW}`)))
    assert.ok(!res.body.includes('<script>alert(1)'))
  })
})

describe('OpenAPI', () => {
  test('every letter type has its own path, with its request schema and the three formats', async () => {
    const doc = (await app.inject('/api/v1/openapi.json')).json<{
      paths: Record<string, { post?: Record<string, unknown> }>
      components: { schemas: Record<string, { properties?: Record<string, unknown>; required?: string[] }> }
    }>()
    for (const type of LETTER_TYPES) {
      const op = doc.paths[`/api/v1/letters/${type}`]?.post as
        | {
            requestBody: { content: { 'application/json': { schema: { $ref: string } } } }
            responses: Record<string, { content?: Record<string, unknown> }>
          }
        | undefined
      assert.ok(op, `no POST /api/v1/letters/${type}`)
      const ref = op.requestBody.content['application/json'].schema.$ref
      const name = ref.replace('#/components/schemas/', '')
      const schema = doc.components.schemas[name]
      assert.ok(schema?.properties, `${type}: ${ref} is not in components`)
      assert.deepEqual(
        Object.keys(schema.properties).sort(),
        Object.keys(letterSchemas[type].shape).sort(),
        `${type}: the documented fields are the schema's`,
      )
      assert.deepEqual(
        Object.keys(op.responses['200']?.content ?? {}).sort(),
        ['application/pdf', DOCX, 'text/html'].sort(),
      )
      for (const status of ['400', '406', '413', '415']) assert.ok(op.responses[status], `${type}: ${status}`)
    }
    const complaint = doc.components.schemas.ComplaintLetter
    assert.deepEqual(complaint?.required?.sort(), ['child', 'issues', 'recipient', 'sender'])
  })
})
