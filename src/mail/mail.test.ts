import { createServer, type Socket } from 'node:net'
import type { AddressInfo } from 'node:net'
import { after, before, test } from 'node:test'
import assert from 'node:assert/strict'
import { createMailer, MailSettingsError, refusedRecipient, reminderMessage, resetPasswordMessage, verifyEmailMessage } from './index.js'
import { recipients, startTestSmtpServer, type TestSmtpServer } from './testing.js'

let smtp: TestSmtpServer
before(async () => {
  smtp = await startTestSmtpServer({ reject: (to) => to.startsWith('bounce@') })
})
after(() => smtp.close())

const silent = { info: () => undefined }

test('a verification email goes over SMTP from MAIL_FROM, and its link arrives intact', async () => {
  const mailer = createMailer({ smtpUrl: smtp.url, from: 'sendpath <hello@sendpath.test>', nodeEnv: 'test' }, silent)
  const link = 'https://sendpath.test/account/verify?token=AbC-_123xyz0123456789012345678901234567890123'
  await mailer.send(verifyEmailMessage('sam@example.org', link))
  const mail = await smtp.next((m) => recipients(m).includes('sam@example.org'))
  assert.equal(mail.from?.value[0]?.address, 'hello@sendpath.test')
  assert.equal(mail.subject, 'Confirm your email address for sendpath')
  assert.ok(mail.text?.includes(link), 'the whole link, unbroken')
  mailer.close()
})

test('a reset email says how long the link lasts', async () => {
  const mailer = createMailer({ smtpUrl: smtp.url, from: 'hello@sendpath.test', nodeEnv: 'production' }, silent)
  await mailer.send(resetPasswordMessage('jo@example.org', 'https://sendpath.test/r?t=1'))
  const mail = await smtp.next((m) => recipients(m).includes('jo@example.org'))
  assert.match(mail.text ?? '', /stops working after 1 hour/)
  mailer.close()
})

test('a refused recipient makes send reject, so the caller knows the email did not go', async () => {
  const mailer = createMailer({ smtpUrl: smtp.url, from: 'hello@sendpath.test', nodeEnv: 'test' }, silent)
  await assert.rejects(mailer.send(verifyEmailMessage('bounce@example.org', 'https://x.test/')), (e) => {
    assert.match(String(e), /Mailbox unavailable|Can't send mail/)
    assert.ok(refusedRecipient(e), 'told apart from a mail server that cannot be used')
    return true
  })
  mailer.close()
})

// A mail server that takes the connection and never says a word. Without a limit nodemailer would wait
// minutes; the test's own timeout fails it if SMTP_URL's setting (300 ms) did not replace our default (10 s).
test('a mail server that never answers is given up on: SMTP_URL can set how long to wait', { timeout: 5_000 }, async () => {
  const sockets: Socket[] = []
  const mute = createServer((socket) => void sockets.push(socket))
  await new Promise<void>((resolve) => mute.listen(0, '127.0.0.1', resolve))
  const { port } = mute.address() as AddressInfo
  const mailer = createMailer({ smtpUrl: `smtp://127.0.0.1:${port}?greetingTimeout=300`, from: 'hello@sendpath.test', nodeEnv: 'test' }, silent)
  await assert.rejects(mailer.send(verifyEmailMessage('sam@example.org', 'https://x.test/')), (e) => {
    assert.match(String(e), /greeting/i)
    assert.equal(refusedRecipient(e), false, 'the server failed, not the address')
    return true
  })
  mailer.close()
  for (const s of sockets) s.destroy()
  await new Promise((resolve) => mute.close(resolve))
})

test('without SMTP_URL in development the email is written to the log; in production that is an error', async () => {
  const lines: { object: object; message: string }[] = []
  const mailer = createMailer({ from: 'hello@sendpath.test', nodeEnv: 'development' }, { info: (object, message) => lines.push({ object, message }) })
  await mailer.send(verifyEmailMessage('dev@example.org', 'http://localhost:3000/verify?token=t'))
  assert.equal(lines.length, 1)
  assert.match(lines[0]!.message, /Email not sent \(no SMTP_URL\): "Confirm your email address for sendpath" to dev@example.org/)
  assert.match(JSON.stringify(lines[0]!.object), /verify\?token=t/)
  assert.throws(() => createMailer({ from: 'x@y.z', nodeEnv: 'production' }, silent), MailSettingsError)
})

test('a reminder names the child, the deadline and the date the GOV.UK way', () => {
  const email = reminderMessage('a@b.c', { childName: 'Alex', milestoneTitle: 'Last day for the Tribunal to receive your appeal', milestoneDate: '2026-03-16', kind: '1w', daysLeft: 7 })
  assert.equal(email.subject, 'Reminder: Last day for the Tribunal to receive your appeal by Monday 16 March 2026')
  assert.match(email.text, /about Alex/)
  assert.match(email.text, /\(in 7 days\)/)
})
