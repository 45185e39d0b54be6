import { after, before, describe, test } from 'node:test'
import assert from 'node:assert/strict'
import type { FastifyInstance } from 'fastify'
import { testAppWithStore } from '../../../../test/support/app.js'
import { samplePdf, samplePng } from '../../../cases/testing.js'
import { LIMITS } from '../../../cases/index.js'
import { addCaseThroughPages, signedInFamily, type Family } from './testing.js'
import { attachment } from './documents.js'

let app: FastifyInstance
let a: Family
let b: Family
before(async () => {
  app = await testAppWithStore()
  a = await signedInFamily(app)
  b = await signedInFamily(app)
})
after(() => app.close())

/** A multipart body as a browser sends it: fields first, then the file (an empty name when none is chosen). */
function multipartBody(fields: Record<string, string>, file: { name: string; content: Uint8Array }) {
  const boundary = '----sendpathTestBoundary'
  const parts: Buffer[] = []
  for (const [k, v] of Object.entries(fields)) parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`))
  parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: application/octet-stream\r\n\r\n`))
  parts.push(Buffer.from(file.content), Buffer.from(`\r\n--${boundary}--\r\n`))
  return { payload: Buffer.concat(parts), contentType: `multipart/form-data; boundary=${boundary}` }
}

/** Posts the upload form with a CSRF token from the family's own form page (of `formCaseId`). */
async function upload(family: Family, caseId: string, file: { name: string; content: Uint8Array } | undefined, formCaseId = caseId) {
  const page = await app.inject({ url: `/cases/${formCaseId}/documents/new`, cookies: family.cookies })
  const token = /name="_csrf" value="([^"]+)"/.exec(page.body)?.[1] ?? 'none'
  const { payload, contentType } = multipartBody({ _csrf: token, entryId: '' }, file ?? { name: '', content: new Uint8Array() })
  const cookies = { ...family.cookies, ...Object.fromEntries(page.cookies.map((c) => [c.name, c.value])) }
  return app.inject({ method: 'POST', url: `/cases/${caseId}/documents`, cookies, headers: { 'content-type': contentType }, payload })
}

describe('documents', () => {
  test('a PDF is uploaded, listed on the case page and downloaded as an attachment that is never cached', async () => {
    const id = await addCaseThroughPages(app, a)
    const res = await upload(a, id, { name: 'decision letter.pdf', content: samplePdf() })
    assert.equal(res.statusCode, 303, res.body)
    const page = await app.inject({ url: `/cases/${id}`, cookies: a.cookies })
    const href = new RegExp(`href="(/cases/${id}/documents/[^"]+)">decision letter.pdf`).exec(page.body)?.[1]
    assert.ok(href, 'the document is listed')
    const got = await app.inject({ url: href, cookies: a.cookies })
    assert.equal(got.statusCode, 200)
    assert.equal(got.headers['content-type'], 'application/pdf')
    assert.equal(got.headers['cache-control'], 'no-store')
    assert.match(String(got.headers['content-disposition']), /^attachment; filename="decision letter.pdf"/)
    assert.deepEqual(new Uint8Array(got.rawPayload), samplePdf())
    const other = await app.inject({ url: href, cookies: b.cookies })
    assert.equal(other.statusCode, 404, 'B cannot download A’s document')
  })

  test('a file that is not a PDF, image or Word document is refused by its content, whatever its name', async () => {
    const id = await addCaseThroughPages(app, a)
    const res = await upload(a, id, { name: 'report.pdf', content: new TextEncoder().encode('just some text, not a PDF') })
    assert.equal(res.statusCode, 400)
    assert.match(res.body, /href="#file">The selected file must be a PDF/)
  })

  test('no file chosen, and a file too big, get clear messages', async () => {
    const id = await addCaseThroughPages(app, a)
    const none = await upload(a, id, undefined)
    assert.equal(none.statusCode, 400)
    assert.match(none.body, /Select a file to upload/)
    const big = new Uint8Array(LIMITS.documentBytes + 1)
    big.set(samplePng())
    const tooBig = await upload(a, id, { name: 'scan.png', content: big })
    assert.equal(tooBig.statusCode, 413)
    assert.match(tooBig.body, /The selected file must be smaller than 10 MB/)
  })

  test('B cannot upload to A’s case: 404', async () => {
    const id = await addCaseThroughPages(app, a)
    const own = await addCaseThroughPages(app, b)
    const res = await upload(b, id, { name: 'x.png', content: samplePng() }, own)
    assert.equal(res.statusCode, 404)
  })

  test('attachment names keep non-ASCII letters for browsers that read filename*', () => {
    assert.equal(attachment('Zoë.pdf'), `attachment; filename="Zo_.pdf"; filename*=UTF-8''Zo%C3%AB.pdf`)
  })
})
