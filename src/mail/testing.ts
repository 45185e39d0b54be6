import { SMTPServer } from 'smtp-server'
import { simpleParser, type ParsedMail } from 'mailparser'
import type { AddressInfo } from 'node:net'

/**
 * A real SMTP server on loopback for tests: what the service sends goes over SMTP and arrives here, parsed.
 * Nothing is mocked between the mailer and the wire.
 */
export interface TestSmtpServer {
  url: string
  received: ParsedMail[]
  /** Resolves with the first message (already received or still to come) that matches. */
  next(match?: (mail: ParsedMail) => boolean): Promise<ParsedMail>
  close(): Promise<void>
}

export async function startTestSmtpServer(options: { reject?: (to: string) => boolean } = {}): Promise<TestSmtpServer> {
  const received: ParsedMail[] = []
  const waiting: { match: (m: ParsedMail) => boolean; resolve: (m: ParsedMail) => void }[] = []
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (options.reject?.(address.address)) return callback(new Error('Mailbox unavailable'))
      callback()
    },
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          received.push(mail)
          for (const w of [...waiting]) {
            if (w.match(mail)) {
              waiting.splice(waiting.indexOf(w), 1)
              w.resolve(mail)
            }
          }
          callback()
        })
        .catch(callback)
    },
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.server.address() as AddressInfo
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    next: (match = () => true) =>
      new Promise((resolve) => {
        const found = received.find(match)
        if (found) resolve(found)
        else waiting.push({ match, resolve })
      }),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}

/** The addresses a parsed message was sent to. */
export const recipients = (mail: ParsedMail): string[] =>
  [mail.to ?? []].flat().flatMap((a) => a.value.map((v) => v.address ?? ''))
