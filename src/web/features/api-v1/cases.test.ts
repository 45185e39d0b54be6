import { test } from 'node:test'
import assert from 'node:assert/strict'
import { unzipSync } from 'fflate'
import { fixedClock } from '../../../clock.js'
import { samplePdf } from '../../../cases/testing.js'
import { testAppWithStore } from '../../../../test/support/app.js'
import { family, multipartBody } from '../../../../test/support/api.js'
import { chronologyFormat } from './cases.js'

const clock = fixedClock('2026-02-01')
const NEW_CASE = { child: { name: 'Alex Jones', dateOfBirth: '2015-04-01' }, area: 'liverpool', school: 'Hill Primary', hasPlan: false }
const ENTRY = { date: '2026-01-20', kind: 'meeting', summary: 'The SENCO agreed to ask for speech therapy.', people: 'SENCO, class teacher', promised: { what: 'Referral sent', by: '2026-02-10' } }
const DECISION = { decision: 'refuse-assessment', noticeSentOn: '2026-01-15' }

test('a family keeps a case over the API: create, list, entries with history, decisions, timeline, documents, calendar, chronology, export, delete', async () => {
  const app = await testAppWithStore({ clock })
  try {
    const a = await family(app, 'a@example.org')
    const made = await a.call('POST', '/api/v1/cases', NEW_CASE)
    assert.equal(made.statusCode, 201, made.body)
    const id = made.json().id as string
    assert.match(id, /^[0-9a-f-]{36}$/)
    assert.deepEqual((await a.call('GET', '/api/v1/cases')).json().cases.map((c: { id: string }) => c.id), [id])
    assert.equal((await a.call('GET', `/api/v1/cases/${id}`)).json().child.name, 'Alex Jones')

    const entry = await a.call('POST', `/api/v1/cases/${id}/entries`, ENTRY)
    assert.equal(entry.statusCode, 201, entry.body)
    const entryId = entry.json().id
    const changed = await a.call('PATCH', `/api/v1/cases/${id}/entries/${entryId}`, { summary: 'The SENCO agreed to refer to speech therapy.' })
    assert.equal(changed.statusCode, 200, changed.body)
    assert.equal(changed.json().version, 2)
    const history = (await a.call('GET', `/api/v1/cases/${id}/entries/${entryId}/history`)).json().versions
    assert.deepEqual(history.map((v: { summary: string }) => v.summary), [ENTRY.summary, 'The SENCO agreed to refer to speech therapy.'])
    assert.equal((await a.call('GET', `/api/v1/cases/${id}/entries`)).json().entries.length, 1)

    const decision = await a.call('POST', `/api/v1/cases/${id}/decisions`, DECISION)
    assert.equal(decision.statusCode, 201, decision.body)
    const { id: decisionId, timeline } = decision.json()
    assert.ok(timeline.milestones.some((m: { id: string }) => m.id === 'appeal-deadline'))
    const milestones = (await a.call('GET', `/api/v1/cases/${id}/timeline`)).json().milestones
    assert.ok(milestones.length > 0 && milestones.every((m: { decisionId: string }) => m.decisionId === decisionId))

    const upload = multipartBody({ name: 'decision letter.pdf', content: samplePdf() }, { entryId })
    const doc = await app.inject({ method: 'POST', url: `/api/v1/cases/${id}/documents`, headers: { authorization: `Bearer ${a.token}`, ...upload.headers }, payload: upload.payload })
    assert.equal(doc.statusCode, 201, doc.body)
    const { name, type, size, entryId: attachedTo } = doc.json()
    assert.deepEqual({ name, type, size, attachedTo }, { name: 'decision letter.pdf', type: 'application/pdf', size: samplePdf().byteLength, attachedTo: entryId })
    const download = await a.call('GET', `/api/v1/cases/${id}/documents/${doc.json().id}`)
    assert.equal(download.statusCode, 200)
    assert.equal(download.headers['content-type'], 'application/pdf')
    assert.deepEqual(new Uint8Array(download.rawPayload), samplePdf())
    assert.match(String(download.headers['content-disposition']), /^attachment; filename="decision letter\.pdf"/)

    const ics = await a.call('GET', `/api/v1/cases/${id}/calendar.ics`)
    assert.equal(ics.statusCode, 200)
    assert.match(ics.body, /BEGIN:VEVENT[\s\S]*Tribunal/)

    const pdf = await a.call('GET', `/api/v1/cases/${id}/chronology`, undefined, { accept: 'application/pdf' })
    assert.equal(pdf.statusCode, 200)
    assert.equal(pdf.rawPayload.subarray(0, 5).toString(), '%PDF-')
    const docx = await a.call('GET', `/api/v1/cases/${id}/chronology`, undefined, { accept: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' })
    assert.equal(docx.statusCode, 200)
    assert.equal(docx.rawPayload.subarray(0, 2).toString(), 'PK')
    assert.equal((await a.call('GET', `/api/v1/cases/${id}/chronology`, undefined, { accept: 'text/html' })).statusCode, 406)

    const zip = await a.call('GET', '/api/v1/export')
    assert.equal(zip.statusCode, 200)
    const files = Object.keys(unzipSync(new Uint8Array(zip.rawPayload)))
    assert.ok(files.includes('account.json') && files.includes('cases/1/case.json') && files.some((f) => f.startsWith('cases/1/documents/001-')), files.join(', '))

    assert.equal((await a.call('DELETE', `/api/v1/cases/${id}`)).statusCode, 204)
    assert.equal((await a.call('GET', `/api/v1/cases/${id}`)).statusCode, 404)
    assert.equal((await a.call('DELETE', '/api/v1/account')).statusCode, 204)
    assert.equal((await a.call('GET', '/api/v1/cases')).statusCode, 401, 'the token died with the account')
  } finally {
    await app.close()
  }
})

test('chronologyFormat reads Accept: PDF by default, Word when preferred, nothing for neither', () => {
  assert.equal(chronologyFormat(undefined), 'pdf')
  assert.equal(chronologyFormat('*/*'), 'pdf')
  assert.equal(chronologyFormat('application/vnd.openxmlformats-officedocument.wordprocessingml.document'), 'docx')
  assert.equal(chronologyFormat('application/pdf;q=0.5, application/vnd.openxmlformats-officedocument.wordprocessingml.document'), 'docx')
  assert.equal(chronologyFormat('text/html'), undefined)
})
