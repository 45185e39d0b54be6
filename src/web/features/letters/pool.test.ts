import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import { performance } from 'node:perf_hooks'
import type { FastifyInstance } from 'fastify'
import { testApp } from '../../../../test/support/app.js'
import { pdfDocumentsRendered } from '../../../letters/render/pdf.js'
import { VALID } from '../../../letters/testing/fixtures.js'
import { worstCaseAscii } from '../../../letters/testing/worst-case.js'

// Issue 9, finding 2: one client's PDFs held every other request. Letters are now drawn by
// worker threads; these tests show the event loop draws none and answers others meanwhile.

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'

const postPdf = (app: FastifyInstance, payload: unknown, accept = 'application/pdf') =>
  app.inject({
    method: 'POST',
    url: '/api/v1/letters/complaint',
    headers: { 'content-type': 'application/json', accept },
    payload: JSON.stringify(payload),
  })

describe('letters off the event loop', () => {
  let app: FastifyInstance
  before(async () => {
    app = await testApp({ LETTER_WORKERS: 1, LETTER_QUEUE_MAX: 32 })
  })
  after(() => app.close())

  test('Word and PDF letters are drawn by workers: the event loop draws no PDF', async () => {
    const drawnHere = pdfDocumentsRendered()
    const pdf = await postPdf(app, { ...VALID.complaint, date: '2026-11-02' })
    assert.equal(pdf.statusCode, 200)
    assert.equal(pdf.rawPayload.subarray(0, 5).toString('latin1'), '%PDF-')
    const docx = await postPdf(app, { ...VALID.complaint, date: '2026-11-02' }, DOCX)
    assert.equal(docx.statusCode, 200)
    assert.equal(docx.rawPayload.subarray(0, 2).toString('latin1'), 'PK')
    assert.equal(pdfDocumentsRendered(), drawnHere, 'a PDF was drawn on the event loop')
  })

  test('while four worst-case PDFs are made, the event loop is mostly idle and answers a health check first', async () => {
    // Event-loop utilisation is the share of the time the loop was busy: drawing the PDFs on
    // it kept it near 1 (and /health waited behind them); with workers it is mostly waiting.
    const start = performance.eventLoopUtilization()
    const finished: string[] = []
    const pdfs = Array.from({ length: 4 }, (_, i) =>
      postPdf(app, worstCaseAscii()).then((res) => {
        assert.equal(res.statusCode, 200)
        finished.push(`pdf ${i + 1}`)
      }),
    )
    const health = app.inject('/health').then((res) => {
      assert.equal(res.statusCode, 200)
      finished.push('health')
    })
    await Promise.all([...pdfs, health])
    const busy = performance.eventLoopUtilization(start).utilization
    assert.equal(finished[0], 'health', `finished in the order ${finished.join(', ')}`)
    assert.ok(busy < 0.5, `the event loop was busy ${(busy * 100).toFixed(0)}% of the time`)
  })
})

describe('when every letter worker is busy', () => {
  let app: FastifyInstance
  before(async () => {
    app = await testApp({ LETTER_WORKERS: 1, LETTER_QUEUE_MAX: 1 })
  })
  after(() => app.close())

  test('the API answers 503 with Retry-After and a problem body; letters that fit are still made', async () => {
    const answers = await Promise.all(Array.from({ length: 4 }, () => postPdf(app, worstCaseAscii())))
    const busy = answers.filter((a) => a.statusCode === 503)
    assert.ok(busy.length >= 1, `statuses: ${answers.map((a) => a.statusCode).join(', ')}`)
    assert.ok(answers.some((a) => a.statusCode === 200))
    for (const res of busy) {
      assert.equal(res.headers['retry-after'], '60')
      assert.match(String(res.headers['content-type']), /^application\/json/)
      const body = res.json() as { error: string; details: { field: string; message: string }[] }
      assert.match(body.error, /busy.*Try again in a minute/)
      assert.ok(body.details.length > 0)
    }
  })
})

describe('the letters page when every letter worker is busy', () => {
  let app: FastifyInstance
  before(async () => {
    app = await testApp({ LETTER_WORKERS: 1, LETTER_QUEUE_MAX: 1 })
  })
  after(() => app.close())

  test('a download says, on a GOV.UK page, that the service is busy and to try again in a minute', async () => {
    const form = await app.inject('/letters/complaint')
    const token = /<input type="hidden" name="_csrf" value="([^"]+)">/.exec(form.body)?.[1]
    const secret = form.cookies.find((c) => c.name === '_csrf')?.value
    assert.ok(token && secret)
    const long = worstCaseAscii().issues[0]!
    const fields = new URLSearchParams({
      _csrf: token,
      'sender.name': 'Sam Jones',
      'sender.address': '1 High Street\nLiverpool',
      'recipient.organisation': 'Hill Primary School',
      'recipient.address': 'School Lane\nLiverpool',
      'child.name': 'Alex',
      '_count.issues': '1',
      'issues.0.what': long.what,
      'issues.0.wantedOutcome': long.wantedOutcome,
      'date-day': '2',
      'date-month': '11',
      'date-year': '2026',
    })
    const download = () =>
      app.inject({
        method: 'POST',
        url: '/letters/complaint/download?format=pdf',
        cookies: { _csrf: secret },
        payload: fields.toString(),
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      })
    const answers = await Promise.all(Array.from({ length: 4 }, download))
    const busy = answers.filter((a) => a.statusCode === 503)
    assert.ok(busy.length >= 1, `statuses: ${answers.map((a) => `${a.statusCode} ${a.body.slice(0, 200)}`).join(', ')}`)
    for (const res of busy) {
      assert.equal(res.headers['retry-after'], '60')
      assert.match(String(res.headers['content-type']), /^text\/html/)
      assert.match(res.body, /<h1 class="govuk-heading-l">Sorry, the service is busy<\/h1>/)
      assert.match(res.body, /Try again in a minute/)
    }
  })
})
