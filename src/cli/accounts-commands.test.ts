import { test } from 'node:test'
import assert from 'node:assert/strict'
import { Readable } from 'node:stream'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { addDecision, createCase } from '../cases/index.js'
import { startTestSmtpServer, recipients } from '../mail/testing.js'
import { manualClock } from '../store/clock.js'
import { openStore } from '../store/database.js'
import { runReminders } from './reminders.js'
import { runUsers } from './users.js'

const io = () => {
  const out: string[] = []
  const err: string[] = []
  return { out, err, io: { out: (l: string) => out.push(l), err: (l: string) => err.push(l) } }
}
const clock = manualClock(1_780_000_000_000)

test('users create makes a verified account with its role and areas, reading the password from standard input', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sendpath-cli-users-'))
  try {
    const r = io()
    const code = await runUsers(['create', '--email', 'Adviser@Example.org', '--role', 'adviser', '--area', 'liverpool', '--area', 'knowsley'], r.io, Readable.from(['a long enough pass phrase\n']), { DATA_DIR: dir }, clock)
    assert.equal(code, 0, r.err.join('\n'))
    assert.match(r.out[0]!, /^[0-9a-f-]{36}$/)
    const store = openStore({ dataDir: dir })
    const row = await store.db.selectFrom('users').selectAll().where('id', '=', r.out[0]!).executeTakeFirstOrThrow()
    await store.close()
    assert.equal(row.email, 'adviser@example.org')
    assert.equal(row.role, 'adviser')
    assert.deepEqual(JSON.parse(row.areas), ['liverpool', 'knowsley'])
    assert.notEqual(row.verified_at, null)

    const bad = io()
    assert.equal(await runUsers(['create', '--email', 'x@example.org', '--role', 'boss'], bad.io, Readable.from(['short\n']), { DATA_DIR: dir }, clock), 2)
    assert.match(bad.err.join('\n'), /--role: role must be one of/)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})

test('reminders send-due sends what is due over SMTP and prints how many', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sendpath-cli-reminders-'))
  const smtp = await startTestSmtpServer()
  try {
    const env = { DATA_DIR: dir, SMTP_URL: smtp.url, MAIL_FROM: 'reminders@sendpath.test', PUBLIC_URL: 'https://sendpath.test' }
    const made = io()
    await runUsers(['create', '--email', 'parent@example.org', '--role', 'family'], made.io, Readable.from(['a long enough pass phrase']), env, clock)
    const store = openStore({ dataDir: dir })
    const deps = { db: store.db, clock }
    const c = await createCase(deps, made.out[0]!, { child: { name: 'Robin' }, area: 'liverpool' })
    assert.ok(c.ok)
    assert.ok((await addDecision(deps, made.out[0]!, c.value.id, { decision: 'disability-discrimination', actOn: '2026-01-10' }, '2026-01-10')).ok)
    await store.close()

    const r = io()
    // The claim deadline is 9 July 2026: 28 days before is 11 June.
    assert.equal(await runReminders(['send-due'], r.io, env, { now: clock.now, today: () => '2026-06-11' }), 0)
    assert.deepEqual(r.out, ['Sent 1 reminder.'])
    const mail = await smtp.next((m) => recipients(m).includes('parent@example.org'))
    assert.match(mail.text ?? '', /https:\/\/sendpath\.test\/cases\//)
    const again = io()
    assert.equal(await runReminders(['send-due'], again.io, env, { now: clock.now, today: () => '2026-06-11' }), 0)
    assert.deepEqual(again.out, ['Sent 0 reminders.'])
  } finally {
    await smtp.close()
    rmSync(dir, { recursive: true, force: true })
  }
})
