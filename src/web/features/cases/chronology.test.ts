import { after, before, describe, test } from 'node:test'
import assert from 'node:assert/strict'
import type { FastifyInstance } from 'fastify'
import { unzipSync, strFromU8 } from 'fflate'
import { testAppWithStore } from '../../../../test/support/app.js'
import { pdfDocumentsRendered } from '../../../letters/render/pdf.js'
import { addCaseThroughPages, postForm, signedInFamily, type Family } from './testing.js'

let app: FastifyInstance
let a: Family
let b: Family
before(async () => {
  app = await testAppWithStore()
  a = await signedInFamily(app)
  b = await signedInFamily(app)
})
after(() => app.close())

describe('the chronology', () => {
  test('downloads as PDF and as Word, with the diary in it; B gets 404', async () => {
    const id = await addCaseThroughPages(app, a, 'Kit')
    await postForm(app, a, `/cases/${id}/entries/new`, `/cases/${id}/entries`, { 'date-day': '3', 'date-month': '9', 'date-year': '2026', kind: 'phone-call', summary: 'Council said the assessment is under way' })
    assert.equal((await app.inject({ url: `/cases/${id}/chronology`, cookies: a.cookies })).statusCode, 200)
    const drawnHere = pdfDocumentsRendered()
    const pdf = await app.inject({ url: `/cases/${id}/chronology.pdf`, cookies: a.cookies })
    assert.equal(pdf.statusCode, 200)
    assert.equal(pdf.headers['content-type'], 'application/pdf')
    assert.equal(pdf.headers['cache-control'], 'no-store')
    assert.match(String(pdf.headers['content-disposition']), /^attachment; filename="chronology-\d{4}-\d{2}-\d{2}\.pdf"$/)
    assert.equal(pdf.rawPayload.subarray(0, 5).toString(), '%PDF-')
    assert.equal(pdfDocumentsRendered(), drawnHere, 'the chronology is drawn by a letter worker, not on the event loop')
    const docx = await app.inject({ url: `/cases/${id}/chronology.docx`, cookies: a.cookies })
    assert.equal(docx.statusCode, 200)
    const xml = strFromU8(unzipSync(new Uint8Array(docx.rawPayload))['word/document.xml']!)
    assert.match(xml, /Council said the assessment is under way/)
    assert.match(xml, /Phone call/)
    for (const url of [`/cases/${id}/chronology`, `/cases/${id}/chronology.pdf`, `/cases/${id}/chronology.docx`]) {
      assert.equal((await app.inject({ url, cookies: b.cookies })).statusCode, 404, url)
    }
    assert.equal((await app.inject({ url: `/cases/${id}/chronology.exe`, cookies: a.cookies })).statusCode, 404)
  })
})
