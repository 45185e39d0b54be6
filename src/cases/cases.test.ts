import { after, before, describe, test } from 'node:test'
import assert from 'node:assert/strict'
import { strToU8, unzipSync, strFromU8, zipSync } from 'fflate'
import { manualClock, MINUTE } from '../store/clock.js'
import type { Store } from '../store/database.js'
import { newId } from '../store/ids.js'
import { openTestStore } from '../store/testing.js'
import { createUser } from '../accounts/index.js'
import {
  addDecision,
  addDocument,
  addEntry,
  caseChronology,
  caseOverview,
  caseForCalendarFeed,
  caseTimeline,
  createCalendarFeed,
  createCase,
  deleteAccount,
  deleteCase,
  downloadDocument,
  entryHistory,
  exportAccount,
  LIMITS,
  listCases,
  listDecisions,
  listDocuments,
  listEntries,
  readAuditLog,
  readDiary,
  revokeCalendarFeeds,
  updateEntry,
  viewCase,
  type Case,
  type Deps,
  type Result,
} from './index.js'
import { sampleDocx, sampleJpeg, samplePdf, samplePng } from './testing.js'

let store: Store
let deps: Deps
const clock = manualClock(1_780_000_000_000)
before(async () => {
  store = await openTestStore()
  deps = { db: store.db, clock }
})
after(() => store.close())

async function family(tag = 'family') {
  const r = await createUser(deps, { email: `${tag}-${newId().slice(0, 8)}@example.org`, password: 'a long enough pass phrase', role: 'family' })
  assert.ok(r.ok)
  return r.user.id
}

function value<T>(r: Result<T>): T {
  assert.ok(r.ok, JSON.stringify(r))
  return r.value
}

const problems = (r: Result<unknown>) => {
  assert.equal(r.ok, false)
  assert.ok(!r.ok && r.status === 'invalid', JSON.stringify(r))
  return r.problems
}

async function aCase(owner: string, input: object = {}): Promise<Case> {
  return value(await createCase(deps, owner, { child: { name: 'Alex Jones', dateOfBirth: '2016-05-04' }, area: 'liverpool', school: 'Hill Primary School', hasPlan: true, ...input }))
}

const ENTRY = { date: '2026-01-20', kind: 'meeting', summary: 'SENCo agreed to refer to the educational psychologist', people: 'SENCo, class teacher', promised: { what: 'Referral sent', by: '2026-02-03' } }
const DECISION = { decision: 'refuse-assessment', noticeSentOn: '2026-01-15' }
const TODAY = '2026-02-01'

describe('cases', () => {
  test('are created with random ids, listed for their owner and viewed', async () => {
    const owner = await family()
    const a = await aCase(owner)
    clock.advance(1000)
    const b = await aCase(owner, { child: { name: 'Sam' }, school: undefined, hasPlan: undefined, area: 'knowsley' })
    assert.match(a.id, /^[0-9a-f-]{36}$/)
    assert.deepEqual(a.child, { name: 'Alex Jones', dateOfBirth: '2016-05-04' })
    assert.equal(a.hasPlan, true)
    assert.deepEqual(Object.keys(b).sort(), ['area', 'child', 'createdAt', 'id', 'updatedAt'])
    assert.deepEqual(
      (await listCases(deps, owner)).map((c) => c.id),
      [a.id, b.id],
    )
    assert.equal((await viewCase(deps, owner, a.id))?.school, 'Hill Primary School')
  })

  for (const [why, input, field, pattern] of [
    ['no name', { child: { name: '  ' }, area: 'liverpool' }, 'child.name', /Enter the child/],
    ['a name that is too long', { child: { name: 'x'.repeat(LIMITS.childName + 1) }, area: 'liverpool' }, 'child.name', /100 characters or fewer/],
    ['an impossible date of birth', { child: { name: 'A', dateOfBirth: '2016-02-30' }, area: 'liverpool' }, 'child.dateOfBirth', /must be a real date/],
    ['a bad area', { child: { name: 'A' }, area: 'Liverpool City' }, 'area', /area id/],
    ['an unknown field', { child: { name: 'A' }, area: 'liverpool', secret: 1 }, 'secret', /"secret" is not a field this request takes/],
  ] as const) {
    test(`refuse ${why}, naming the field`, async () => {
      const p = problems(await createCase(deps, await family(), input))
      assert.ok(
        p.some((x) => x.field === field && pattern.test(x.message)),
        JSON.stringify(p),
      )
    })
  }

  test(`stop at ${LIMITS.casesPerAccount} per account`, async () => {
    const owner = await family()
    for (let i = 0; i < LIMITS.casesPerAccount; i++) await aCase(owner)
    assert.match(problems(await createCase(deps, owner, { child: { name: 'One more' }, area: 'liverpool' }))[0]!.message, /up to 20 cases/)
  })
})

describe('the case overview (the case page)', () => {
  test('has the latest entries newest first and whether there are more, every milestone, the documents, and logs one view', async () => {
    const owner = await family()
    const c = await aCase(owner)
    for (let day = 1; day <= 8; day++) value(await addEntry(deps, owner, c.id, { ...ENTRY, date: `2026-01-${String(day).padStart(2, '0')}`, summary: `Day ${day}` }))
    value(await addDecision(deps, owner, c.id, DECISION, TODAY))
    value(await addDocument(deps, owner, c.id, { name: 'a.pdf', content: samplePdf() }))
    // The log is ordered by time: each step a second after the last.
    clock.advance(1000)
    const before = (await readAuditLog(deps, owner, c.id))!.length
    clock.advance(1000)
    const seen = (await caseOverview(deps, owner, c.id, TODAY))!
    assert.equal(seen.case.id, c.id)
    assert.equal(seen.moreEntries, true)
    assert.deepEqual(
      seen.recentEntries.map((e) => e.summary),
      ['Day 8', 'Day 7', 'Day 6', 'Day 5', 'Day 4'],
    )
    assert.deepEqual(seen.milestones, await caseTimeline(deps, owner, c.id, TODAY, { audit: false }))
    assert.ok(seen.milestones.length > 0)
    assert.deepEqual(seen.documents.map((d) => d.name), ['a.pdf'])
    clock.advance(1000)
    const after = (await readAuditLog(deps, owner, c.id))!
    // After the first read of the log: one "case.view" for the overview, then the second read of the log.
    assert.deepEqual(after.slice(before).map((r) => r.action), ['case.view', 'audit.view'])
  })

  test('with exactly as many entries as it shows, there are no more', async () => {
    const owner = await family()
    const c = await aCase(owner)
    for (let day = 1; day <= 5; day++) value(await addEntry(deps, owner, c.id, { ...ENTRY, date: `2026-01-0${day}` }))
    const seen = (await caseOverview(deps, owner, c.id, TODAY))!
    assert.equal(seen.recentEntries.length, 5)
    assert.equal(seen.moreEntries, false)
  })
})

describe('diary entries', () => {
  test('are listed by date, and an edit keeps every earlier version with who and when', async () => {
    const owner = await family()
    const c = await aCase(owner)
    const later = value(await addEntry(deps, owner, c.id, { ...ENTRY, date: '2026-03-01', kind: 'phone-call', summary: 'Called the SEN team' }))
    const first = value(await addEntry(deps, owner, c.id, ENTRY))
    assert.deepEqual(
      (await listEntries(deps, owner, c.id))!.map((e) => e.id),
      [first.id, later.id],
    )
    assert.deepEqual(first.promised, { what: 'Referral sent', by: '2026-02-03' })

    clock.advance(MINUTE)
    const edited = value(await updateEntry(deps, owner, c.id, first.id, { summary: 'SENCo agreed to refer to the EP this week', people: null }))
    assert.equal(edited.version, 2)
    assert.equal(edited.people, undefined)
    assert.equal(edited.date, ENTRY.date, 'fields not in the patch are kept')
    clock.advance(MINUTE)
    value(await updateEntry(deps, owner, c.id, first.id, { promised: null }))

    const history = (await entryHistory(deps, owner, c.id, first.id))!
    assert.deepEqual(
      history.map((v) => [v.version, v.summary, v.people ?? null, v.promised?.what ?? null]),
      [
        [1, ENTRY.summary, ENTRY.people, 'Referral sent'],
        [2, 'SENCo agreed to refer to the EP this week', null, 'Referral sent'],
        [3, 'SENCo agreed to refer to the EP this week', null, null],
      ],
    )
    assert.ok(history.every((v) => v.editedBy === owner))
    assert.ok(history[0]!.editedAt < history[1]!.editedAt && history[1]!.editedAt < history[2]!.editedAt)
  })

  test('refuse bad input with the field named, and an empty patch', async () => {
    const owner = await family()
    const c = await aCase(owner)
    const p = problems(await addEntry(deps, owner, c.id, { date: '2026-13-01', kind: 'chat', summary: 'x'.repeat(LIMITS.summary + 1) }))
    assert.deepEqual(p.map((x) => x.field).sort(), ['date', 'kind', 'summary'])
    assert.match(p.find((x) => x.field === 'summary')!.message, /10,000 characters or fewer/)
    const e = value(await addEntry(deps, owner, c.id, ENTRY))
    assert.match(problems(await updateEntry(deps, owner, c.id, e.id, {}))[0]!.message, /at least one field/)
  })

  test(`stop at ${LIMITS.entriesPerCase} per case`, async () => {
    const owner = await family()
    const c = await aCase(owner)
    const T = clock.now()
    const rows = Array.from({ length: LIMITS.entriesPerCase - 1 }, () => ({ id: newId(), case_id: c.id, version: 1, date: '2026-01-01', kind: 'other' as const, summary: 's', people: null, promised_what: null, promised_by: null, created_at: T, updated_at: T }))
    for (let i = 0; i < rows.length; i += 200) await store.db.insertInto('entries').values(rows.slice(i, i + 200)).execute()
    // Three at once for the one place left: the case row is locked first, so exactly one gets in.
    const results = await Promise.all([1, 2, 3].map(() => addEntry(deps, owner, c.id, ENTRY)))
    assert.equal(results.filter((r) => r.ok).length, 1)
    assert.match(problems(results.find((r) => !r.ok)!)[0]!.message, /up to 2,000 diary entries/)
    assert.equal((await listEntries(deps, owner, c.id))!.length, LIMITS.entriesPerCase)
  })
})

describe('decisions', () => {
  test('are checked with the timeline request schema and the engine, then give a timeline', async () => {
    const owner = await family()
    const c = await aCase(owner)
    assert.match(problems(await addDecision(deps, owner, c.id, { ...DECISION, today: TODAY }, TODAY))[0]!.message, /"today" is not a field this request takes/)
    assert.ok(problems(await addDecision(deps, owner, c.id, { decision: 'refuse-assessment' }, TODAY)).some((p) => p.field === 'noticeSentOn'))
    const made = value(await addDecision(deps, owner, c.id, DECISION, TODAY))
    assert.equal(made.timeline.milestones.find((m) => m.id === 'appeal-deadline')?.date, '2026-03-16')
    value(await addDecision(deps, owner, c.id, { decision: 'disability-discrimination', actOn: '2026-01-10' }, TODAY))
    assert.equal((await listDecisions(deps, owner, c.id))!.length, 2)
    const milestones = (await caseTimeline(deps, owner, c.id, TODAY))!
    const dates = milestones.map((m) => m.date)
    assert.deepEqual(dates, [...dates].sort())
    assert.ok(milestones.every((m) => typeof m.decisionId === 'string'))
    assert.equal(milestones.find((m) => m.id === 'appeal-deadline')?.decisionId, made.id)
    assert.ok(milestones.some((m) => m.id === 'claim-deadline'))
  })

  test('a stored decision the engine now refuses shows no dates, and the others still do', async () => {
    const owner = await family()
    const c = await aCase(owner)
    const made = value(await addDecision(deps, owner, c.id, DECISION, TODAY))
    // As if the law's checks had grown stricter since it was saved: a notice date after today.
    const refused = { decision: 'refuse-plan', noticeSentOn: '2099-01-01' }
    await store.db.insertInto('decisions').values({ id: newId(), case_id: c.id, request: JSON.stringify(refused), created_by: owner, created_at: clock.now() }).execute()
    const milestones = (await caseTimeline(deps, owner, c.id, TODAY))!
    assert.ok(milestones.length > 0)
    assert.ok(milestones.every((m) => m.decisionId === made.id))
  })
})

describe('documents', () => {
  for (const [kind, bytes, type] of [
    ['a PDF', samplePdf(), 'application/pdf'],
    ['a PNG', samplePng(), 'image/png'],
    ['a JPEG', sampleJpeg(), 'image/jpeg'],
    ['a Word document', sampleDocx(), 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
  ] as const) {
    test(`${kind} is stored in the database by its content type and comes back byte for byte`, async () => {
      const owner = await family()
      const c = await aCase(owner)
      const info = value(await addDocument(deps, owner, c.id, { name: 'C:\\letters\\decision.bin', content: bytes }))
      assert.equal(info.type, type)
      assert.equal(info.name, 'decision.bin')
      assert.equal(info.size, bytes.length)
      const file = (await downloadDocument(deps, owner, c.id, info.id))!
      assert.deepEqual(new Uint8Array(file.content), bytes)
    })
  }

  test('a file is judged by its content, not its name: text called .pdf and a plain ZIP are refused', async () => {
    const owner = await family()
    const c = await aCase(owner)
    for (const content of [strToU8('just some text, honest'), zipSync({ 'a.txt': strToU8('hello') })]) {
      assert.match(problems(await addDocument(deps, owner, c.id, { name: 'letter.pdf', content }))[0]!.message, /must be a PDF, a PNG or JPEG image, or a Word document/)
    }
    assert.match(problems(await addDocument(deps, owner, c.id, { name: 'empty.pdf', content: new Uint8Array() }))[0]!.message, /empty/)
    const big = new Uint8Array(LIMITS.documentBytes + 1)
    big.set(samplePdf())
    assert.match(problems(await addDocument(deps, owner, c.id, { name: 'big.pdf', content: big }))[0]!.message, /smaller than 10 MB/)
    assert.deepEqual(await listDocuments(deps, owner, c.id), [])
  })

  test('attach to an entry of the same case only; a refused attachment saves nothing', async () => {
    const owner = await family()
    const c = await aCase(owner)
    const other = await aCase(owner)
    const e = value(await addEntry(deps, owner, c.id, ENTRY))
    const elsewhere = value(await addEntry(deps, owner, other.id, ENTRY))
    assert.equal(value(await addDocument(deps, owner, c.id, { name: 'a.pdf', content: samplePdf(), entryId: e.id })).entryId, e.id)
    const before = (await viewCase(deps, owner, c.id))!.updatedAt
    clock.advance(1000)
    assert.equal(problems(await addDocument(deps, owner, c.id, { name: 'b.pdf', content: samplePdf(), entryId: elsewhere.id }))[0]!.field, 'entryId')
    assert.deepEqual(await updateEntry(deps, owner, c.id, elsewhere.id, { summary: 'not in this case' }), { ok: false, status: 'not-found' })
    assert.equal((await viewCase(deps, owner, c.id))!.updatedAt, before, 'a refused change leaves not even a timestamp')
    assert.equal((await listDocuments(deps, owner, c.id))!.length, 1)
    const audit = await store.db.selectFrom('audit_log').select('action').where('case_id', '=', c.id).where('action', '=', 'document.upload').execute()
    assert.equal(audit.length, 1, 'no log row for the upload that was refused')
  })
})

describe("one family cannot reach another's case", () => {
  test('every function answers exactly as for a case or item that does not exist, and changes nothing', async () => {
    const a = await family('a')
    const b = await family('b')
    const c = await aCase(a)
    const e = value(await addEntry(deps, a, c.id, ENTRY))
    const d = value(await addDocument(deps, a, c.id, { name: 'a.pdf', content: samplePdf() }))
    value(await addDecision(deps, a, c.id, DECISION, TODAY))
    const missing = newId()
    const before = JSON.stringify(await store.db.selectFrom('entries').selectAll().where('case_id', '=', c.id).execute())

    for (const caseId of [c.id, missing]) {
      assert.equal(await viewCase(deps, b, caseId), undefined)
      assert.equal(await listEntries(deps, b, caseId), undefined)
      assert.equal(await readDiary(deps, b, caseId), undefined)
      assert.equal(await caseOverview(deps, b, caseId, TODAY), undefined)
      assert.equal(await entryHistory(deps, b, caseId, e.id), undefined)
      assert.equal(await listDecisions(deps, b, caseId), undefined)
      assert.equal(await caseTimeline(deps, b, caseId, TODAY), undefined)
      assert.equal(await listDocuments(deps, b, caseId), undefined)
      assert.equal(await downloadDocument(deps, b, caseId, d.id), undefined)
      assert.equal(await readAuditLog(deps, b, caseId), undefined)
      assert.equal(await createCalendarFeed(deps, b, caseId), undefined)
      assert.equal(await revokeCalendarFeeds(deps, b, caseId), undefined)
      assert.deepEqual(await addEntry(deps, b, caseId, ENTRY), { ok: false, status: 'not-found' })
      assert.deepEqual(await updateEntry(deps, b, caseId, e.id, { summary: 'changed by b' }), { ok: false, status: 'not-found' })
      assert.deepEqual(await addDecision(deps, b, caseId, DECISION, TODAY), { ok: false, status: 'not-found' })
      assert.deepEqual(await addDocument(deps, b, caseId, { name: 'x.pdf', content: samplePdf() }), { ok: false, status: 'not-found' })
      assert.deepEqual(await deleteCase(deps, b, caseId), { ok: false, status: 'not-found' })
    }
    // Guessing ids of items inside A's case from A's own case id does not help B either, and A's ids inside another case fail for A.
    const other = await aCase(a)
    assert.equal(await downloadDocument(deps, a, other.id, d.id), undefined)
    assert.deepEqual(await updateEntry(deps, a, other.id, e.id, { summary: 'wrong case' }), { ok: false, status: 'not-found' })
    assert.deepEqual(await listCases(deps, b), [])
    assert.equal(JSON.stringify(await store.db.selectFrom('entries').selectAll().where('case_id', '=', c.id).execute()), before)
    assert.equal((await viewCase(deps, a, c.id))?.id, c.id)
  })
})

describe('the audit log', () => {
  test("records each view, change, download and export, and the owner can read their case's log", async () => {
    const owner = await family()
    // The log is ordered by time: each step happens a second after the last.
    const tick = () => clock.advance(1000)
    const c = await aCase(owner)
    tick()
    const e = value(await addEntry(deps, owner, c.id, ENTRY))
    tick()
    value(await updateEntry(deps, owner, c.id, e.id, { kind: 'email' }))
    tick()
    const d = value(await addDocument(deps, owner, c.id, { name: 'a.pdf', content: samplePdf() }))
    tick()
    await downloadDocument(deps, owner, c.id, d.id)
    tick()
    await viewCase(deps, owner, c.id)
    tick()
    await caseOverview(deps, owner, c.id, TODAY)
    tick()
    await readDiary(deps, owner, c.id)
    tick()
    await exportAccount(deps, owner)
    tick()
    const log = (await readAuditLog(deps, owner, c.id))!
    assert.deepEqual(
      log.map((r) => r.action),
      ['case.create', 'entry.create', 'entry.update', 'document.upload', 'document.download', 'case.view', 'case.view', 'diary.view', 'account.export', 'audit.view'],
    )
    assert.ok(log.every((r) => r.userId === owner))
    assert.equal(log.find((r) => r.action === 'document.download')?.detail, d.id)
  })
})

describe('calendar feeds', () => {
  test('a private link opens its case until revoked; a new one can be made after', async () => {
    const owner = await family()
    const c = await aCase(owner)
    const secret = (await createCalendarFeed(deps, owner, c.id))!
    assert.deepEqual(await caseForCalendarFeed(deps, secret), { caseId: c.id, ownerId: owner })
    assert.equal(await caseForCalendarFeed(deps, 'guessed'), undefined)
    assert.equal(await revokeCalendarFeeds(deps, owner, c.id), 1)
    assert.equal(await caseForCalendarFeed(deps, secret), undefined)
    const again = (await createCalendarFeed(deps, owner, c.id))!
    assert.equal((await caseForCalendarFeed(deps, again))?.caseId, c.id)
  })
})

describe('your data', () => {
  test('the export is a ZIP with JSON for the account and each case, and the documents themselves', async () => {
    const owner = await family()
    const c = await aCase(owner)
    const e = value(await addEntry(deps, owner, c.id, ENTRY))
    value(await updateEntry(deps, owner, c.id, e.id, { summary: 'Second thoughts' }))
    value(await addDecision(deps, owner, c.id, DECISION, TODAY))
    value(await addDocument(deps, owner, c.id, { name: 'decision letter.pdf', content: samplePdf() }))
    clock.advance(1000)
    value(await addDocument(deps, owner, c.id, { name: 'photo.png', content: samplePng() }))
    const files = unzipSync((await exportAccount(deps, owner))!)
    assert.deepEqual(Object.keys(files).sort(), ['account.json', 'cases/1/case.json', 'cases/1/documents/001-decision letter.pdf', 'cases/1/documents/002-photo.png'])
    const account = JSON.parse(strFromU8(files['account.json']!))
    assert.equal(account.account.id, owner)
    assert.equal(account.account.password_hash, undefined)
    assert.ok(!strFromU8(files['account.json']!).includes('argon2'))
    const record = JSON.parse(strFromU8(files['cases/1/case.json']!))
    assert.equal(record.case.id, c.id)
    assert.match(record.case.createdAt, /^\d{4}-\d{2}-\d{2}T/)
    assert.deepEqual(
      record.entries[0].versions.map((v: { summary: string }) => v.summary),
      [ENTRY.summary, 'Second thoughts'],
    )
    assert.equal(record.decisions[0].request.decision, 'refuse-assessment')
    assert.equal(record.documents[1].file, 'documents/002-photo.png')
    assert.deepEqual(files['cases/1/documents/001-decision letter.pdf'], samplePdf())
  })

  test('deleting the account removes everything in it, and nothing of anyone else', async () => {
    const owner = await family()
    const neighbour = await family()
    const c = await aCase(owner)
    const kept = await aCase(neighbour)
    const e = value(await addEntry(deps, owner, c.id, ENTRY))
    value(await updateEntry(deps, owner, c.id, e.id, { summary: 'again' }))
    const dec = value(await addDecision(deps, owner, c.id, DECISION, TODAY))
    await store.db.insertInto('reminders').values({ id: newId(), decision_id: dec.id, milestone_id: 'appeal-deadline', milestone_date: '2026-03-16', kind: '4w', sent_to: 'x@y.z', sent_at: clock.now() }).execute()
    value(await addDocument(deps, owner, c.id, { name: 'a.pdf', content: samplePdf() }))
    await createCalendarFeed(deps, owner, c.id)
    await store.db.insertInto('sessions').values({ id: newId(), user_id: owner, token_hash: newId(), kind: 'web', created_at: 0, expires_at: clock.now() + MINUTE }).execute()

    assert.equal(await deleteAccount(deps, owner), true)
    assert.equal((await store.db.selectFrom('users').select('id').where('id', '=', owner).execute()).length, 0)
    assert.equal((await store.db.selectFrom('sessions').select('id').where('user_id', '=', owner).execute()).length, 0)
    assert.equal((await store.db.selectFrom('cases').select('id').where('owner_id', '=', owner).execute()).length, 0)
    assert.equal((await store.db.selectFrom('audit_log').select('id').where('user_id', '=', owner).execute()).length, 0)
    for (const table of ['entries', 'decisions', 'documents', 'calendar_feeds'] as const) {
      assert.equal((await store.db.selectFrom(table).select('id').where('case_id', '=', c.id).execute()).length, 0, table)
    }
    assert.equal((await store.db.selectFrom('entry_versions').select('id').where('entry_id', '=', e.id).execute()).length, 0)
    assert.equal((await store.db.selectFrom('reminders').select('id').where('decision_id', '=', dec.id).execute()).length, 0)
    assert.equal((await viewCase(deps, neighbour, kept.id))?.id, kept.id)
    assert.equal(await deleteAccount(deps, owner), false)
  })

  test('deleting a case leaves the rest of the account', async () => {
    const owner = await family()
    const gone = await aCase(owner)
    const stays = await aCase(owner)
    value(await addEntry(deps, owner, gone.id, ENTRY))
    assert.deepEqual(await deleteCase(deps, owner, gone.id), { ok: true, value: null })
    assert.deepEqual(
      (await listCases(deps, owner)).map((c) => c.id),
      [stays.id],
    )
    assert.equal((await store.db.selectFrom('entries').select('id').where('case_id', '=', gone.id).execute()).length, 0)
  })
})

describe('the chronology', () => {
  test('lists entries and the decision dates that have come, by date, with the documents numbered', async () => {
    const owner = await family()
    const c = await aCase(owner)
    const meeting = value(await addEntry(deps, owner, c.id, { ...ENTRY, date: '2026-01-20' }))
    value(await addEntry(deps, owner, c.id, { date: '2026-01-05', kind: 'letter', summary: 'Asked for an assessment' }))
    const dec = value(await addDecision(deps, owner, c.id, DECISION, TODAY))
    value(await addDocument(deps, owner, c.id, { name: 'refusal.pdf', content: samplePdf() }))
    clock.advance(1000)
    value(await addDocument(deps, owner, c.id, { name: 'minutes.docx', content: sampleDocx(), entryId: meeting.id }))
    const chron = (await caseChronology(deps, owner, c.id, TODAY))!
    assert.deepEqual(
      chron.events.map((e) => [e.date, e.kind === 'entry' ? e.entry.kind : e.milestone.id]),
      [
        ['2026-01-05', 'letter'],
        ['2026-01-15', 'notice-sent'],
        ['2026-01-20', 'meeting'],
      ],
      'upcoming deadlines are not part of what has happened',
    )
    const ev = chron.events[2]!
    assert.ok(ev.kind === 'entry' && ev.documentNumbers.length === 1 && ev.documentNumbers[0] === 2)
    assert.deepEqual(
      chron.documents.map((d) => [d.number, d.name]),
      [
        [1, 'refusal.pdf'],
        [2, 'minutes.docx'],
      ],
    )
    assert.match(chron.documents[0]!.addedOn, /^\d{4}-\d{2}-\d{2}$/)
    const notice = chron.events[1]!
    assert.equal(notice.kind === 'milestone' ? notice.decisionId : undefined, dec.id)
    assert.equal(await caseChronology(deps, await family(), c.id, TODAY), undefined, "another family's case is not found")
  })
})
