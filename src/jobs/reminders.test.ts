import { after, before, beforeEach, test } from 'node:test'
import assert from 'node:assert/strict'
import { Temporal } from 'temporal-polyfill'
import { createUser } from '../accounts/index.js'
import { addDecision, createCase } from '../cases/index.js'
import { computeTimeline } from '../law/index.js'
import { smtpMailer, type Mailer } from '../mail/index.js'
import { recipients, startTestSmtpServer, type TestSmtpServer } from '../mail/testing.js'
import { manualClock } from '../store/clock.js'
import type { Store } from '../store/database.js'
import { newId } from '../store/ids.js'
import { openTestStore } from '../store/testing.js'
import { familyDeadlines, reminderDue, sendDueReminders } from './reminders.js'

let store: Store
let smtp: TestSmtpServer
let mailer: Mailer
const clock = manualClock(1_780_000_000_000)
before(async () => {
  store = await openTestStore()
  smtp = await startTestSmtpServer({ reject: (to) => to.startsWith('bounce-') })
  mailer = smtpMailer(smtp.url, 'sendpath <reminders@sendpath.test>')
})
after(async () => {
  mailer.close()
  await smtp.close()
  await store.close()
})
beforeEach(async () => {
  // Each test starts with no decisions, so counts are the test's own.
  await store.db.deleteFrom('decisions').execute()
})

const deps = () => ({ db: store.db, clock })
// A claim must be made within 6 months of the act: one deadline the family must meet.
const DECISION = { decision: 'disability-discrimination', actOn: '2026-01-10' } as const
const DEADLINE = computeTimeline({ ...DECISION, today: '2026-01-10' }).milestones.find((m) => m.id === 'claim-deadline')!.date
const daysBefore = (n: number) => Temporal.PlainDate.from(DEADLINE).subtract({ days: n }).toString()

async function familyWithDecision(email = `fam-${newId().slice(0, 8)}@example.org`, verified = true) {
  const u = await createUser(deps(), { email, password: 'a long enough pass phrase', role: 'family' })
  assert.ok(u.ok)
  if (!verified) await store.db.updateTable('users').set({ verified_at: null }).where('id', '=', u.user.id).execute()
  const c = await createCase(deps(), u.user.id, { child: { name: 'Robin' }, area: 'liverpool' })
  assert.ok(c.ok)
  const d = await addDecision(deps(), u.user.id, c.value.id, DECISION, '2026-01-10')
  assert.ok(d.ok)
  return { email, decisionId: d.value.id }
}

const run = (today: string) => sendDueReminders({ db: store.db, mailer, clock, today, caseLink: (id) => `https://sendpath.test/cases/${id}` })

test('which reminder is due: the most recent one that has come due, none before 4 weeks or after the deadline', () => {
  assert.equal(reminderDue(29), undefined)
  assert.equal(reminderDue(28), '4w')
  assert.equal(reminderDue(8), '4w')
  assert.equal(reminderDue(7), '1w')
  assert.equal(reminderDue(2), '1w')
  assert.equal(reminderDue(1), '1d')
  assert.equal(reminderDue(0), '1d')
  assert.equal(reminderDue(-1), undefined)
})

test('only deadlines the family must meet themselves, not ones already passed', () => {
  const t = computeTimeline({ decision: 'refuse-assessment', noticeSentOn: '2026-01-15', today: '2026-03-01' })
  const ids = familyDeadlines(t.milestones).map((m) => m.id)
  assert.ok(ids.includes('appeal-deadline'))
  assert.ok(!ids.includes('notice-sent'), 'the council acts on that one')
  assert.ok(!ids.includes('contact-mediation-adviser-by') || t.milestones.find((m) => m.id === 'contact-mediation-adviser-by')!.status !== 'passed')
})

test('4 weeks, 1 week and 1 day before, each sent once over SMTP, and nothing after the deadline', async () => {
  const { email, decisionId } = await familyWithDecision()
  assert.equal(await run(daysBefore(29)), 0)
  assert.equal(await run(daysBefore(28)), 1)
  assert.equal(await run(daysBefore(28)), 0, 'not twice on the same day')
  assert.equal(await run(daysBefore(20)), 0)
  assert.equal(await run(daysBefore(7)), 1)
  assert.equal(await run(daysBefore(6)), 0)
  assert.equal(await run(daysBefore(1)), 1)
  assert.equal(await run(daysBefore(0)), 0)
  assert.equal(await run(daysBefore(-1)), 0)
  const kinds = await store.db.selectFrom('reminders').select('kind').where('decision_id', '=', decisionId).orderBy('sent_at').execute()
  assert.deepEqual(
    kinds.map((k) => k.kind).sort(),
    ['1d', '1w', '4w'],
  )
  const mails = smtp.received.filter((m) => recipients(m).includes(email))
  assert.equal(mails.length, 3)
  assert.match(mails[0]!.subject ?? '', /Last day to make a disability discrimination claim/)
  assert.match(mails[0]!.text ?? '', /about Robin/)
  assert.match(mails[0]!.text ?? '', /in 28 days/)
  assert.match(mails[2]!.text ?? '', /tomorrow/)
  assert.match(mails[0]!.text ?? '', /https:\/\/sendpath\.test\/cases\//)
})

test('a family joining late gets only the most recent reminder that has come due, then the next one', async () => {
  const { email } = await familyWithDecision()
  assert.equal(await run(daysBefore(5)), 1)
  assert.equal(await run(daysBefore(4)), 0, 'the 4-week reminder is never sent after the 1-week one')
  assert.equal(await run(daysBefore(1)), 1)
  const subjects = smtp.received.filter((m) => recipients(m).includes(email)).map((m) => m.text ?? '')
  assert.equal(subjects.length, 2)
  assert.match(subjects[0]!, /in 5 days/)
})

test('joining on the day gets one reminder; joining after the deadline gets none', async () => {
  await familyWithDecision()
  assert.equal(await run(daysBefore(0)), 1)
  await store.db.deleteFrom('decisions').execute()
  await familyWithDecision()
  assert.equal(await run(daysBefore(-1)), 0)
})

test('unverified accounts get no reminders', async () => {
  await familyWithDecision(undefined, false)
  assert.equal(await run(daysBefore(7)), 0)
})

test('a send the mail server refuses is not marked sent, and goes on the next run', async () => {
  const { decisionId } = await familyWithDecision(`bounce-${newId().slice(0, 8)}@example.org`)
  const errors: unknown[] = []
  assert.equal(await sendDueReminders({ db: store.db, mailer, clock, today: daysBefore(7), onError: (e) => errors.push(e) }), 0)
  assert.equal(errors.length, 1)
  assert.equal((await store.db.selectFrom('reminders').select('id').where('decision_id', '=', decisionId).execute()).length, 0)
  // The address is fixed: the same reminder goes next time.
  const fixed = `fixed-${newId().slice(0, 8)}@example.org`
  const owner = await store.db
    .selectFrom('decisions')
    .innerJoin('cases', 'cases.id', 'decisions.case_id')
    .select('cases.owner_id')
    .where('decisions.id', '=', decisionId)
    .executeTakeFirstOrThrow()
  await store.db.updateTable('users').set({ email: fixed }).where('id', '=', owner.owner_id).execute()
  assert.equal(await run(daysBefore(6)), 1)
  assert.ok(smtp.received.some((m) => recipients(m).includes(fixed)))
})

test('two runs at once send each reminder once', async () => {
  const { email } = await familyWithDecision()
  const errors: unknown[] = []
  const racing = () => sendDueReminders({ db: store.db, mailer, clock, today: daysBefore(28), onError: (e) => errors.push(e) })
  const [a, b] = await Promise.all([racing(), racing()])
  assert.equal(a + b, 1)
  assert.deepEqual(errors, [], 'losing the race is not an error')
  assert.equal(smtp.received.filter((m) => recipients(m).includes(email)).length, 1)
})

test('a run reads the decisions a batch at a time: every family in every batch gets its reminder once, unverified ones none', async () => {
  // 7 families in batches of 2: three full batches and a last short one, with an unverified family among them.
  const families = await Promise.all(Array.from({ length: 7 }, (_, i) => familyWithDecision(undefined, i !== 3)))
  const verified = families.filter((_, i) => i !== 3).map((f) => f.email)
  const batched = (today: string) => sendDueReminders({ db: store.db, mailer, clock, today }, 2)
  assert.equal(await batched(daysBefore(28)), 6)
  assert.equal(await batched(daysBefore(28)), 0, 'a second run the same day sends nothing again')
  assert.equal(await batched(daysBefore(7)), 6)
  for (const email of verified) assert.equal(smtp.received.filter((m) => recipients(m).includes(email)).length, 2, email)
  assert.equal(smtp.received.filter((m) => recipients(m).includes(families[3]!.email)).length, 0)
})

test('one address refused does not stop the run: the next family still gets its reminder', async () => {
  await familyWithDecision(`bounce-${newId().slice(0, 8)}@example.org`)
  const { email } = await familyWithDecision()
  const errors: unknown[] = []
  assert.equal(await sendDueReminders({ db: store.db, mailer, clock, today: daysBefore(7), onError: (e) => errors.push(e) }), 1)
  assert.equal(errors.length, 1)
  assert.ok(smtp.received.some((m) => recipients(m).includes(email)))
})

test('a mail server that cannot be reached stops the run at the first send, and every reminder goes on the next run', async () => {
  const families = await Promise.all([familyWithDecision(), familyWithDecision(), familyWithDecision()])
  // A loopback port with nothing listening on it: the connection is refused.
  const closed = await startTestSmtpServer()
  await closed.close()
  const down = smtpMailer(closed.url, 'sendpath <reminders@sendpath.test>')
  const errors: unknown[] = []
  assert.equal(await sendDueReminders({ db: store.db, mailer: down, clock, today: daysBefore(7), onError: (e) => errors.push(e) }), 0)
  down.close()
  assert.equal(errors.length, 1, 'told once, not once a family')
  const marked = await store.db.selectFrom('reminders').select('id').where('decision_id', 'in', families.map((f) => f.decisionId)).execute()
  assert.equal(marked.length, 0, 'nothing marked sent')
  assert.equal(await run(daysBefore(7)), 3)
  for (const f of families) assert.ok(smtp.received.some((m) => recipients(m).includes(f.email)))
})
