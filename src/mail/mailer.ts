import nodemailer from 'nodemailer'

export interface Email {
  to: string
  subject: string
  /** Plain text: every email the service sends reads well without HTML. */
  text: string
}

export interface Mailer {
  /** Resolves once the mail server has accepted the message; rejects if it did not. */
  send(email: Email): Promise<void>
  close(): void
}

/** Where development mail goes when there is no SMTP server: a pino-style logger. */
export interface MailLog {
  info(object: object, message: string): void
}

export interface MailSettings {
  smtpUrl?: string | undefined
  from: string
  nodeEnv: 'development' | 'production' | 'test'
}

export class MailSettingsError extends Error {}

/**
 * Email over SMTP when SMTP_URL is set. Without it, outside production, each email is written to the log so a
 * developer can follow links; in production a missing SMTP_URL is an error, because families would never get
 * their links.
 */
export function createMailer(settings: MailSettings, log: MailLog): Mailer {
  if (settings.smtpUrl) return smtpMailer(settings.smtpUrl, settings.from)
  if (settings.nodeEnv === 'production') throw new MailSettingsError('SMTP_URL must be set in production: without it no email can be sent.')
  return {
    send: async (email) => log.info({ mail: { from: settings.from, ...email } }, `Email not sent (no SMTP_URL): "${email.subject}" to ${email.to}`),
    close: () => undefined,
  }
}

/**
 * How long to wait for a mail server, in milliseconds, unless SMTP_URL says otherwise (?connectionTimeout=...).
 * A reminder is sent inside the transaction that marks it sent, and the embedded database has one connection:
 * a server that never answers must not hold it for nodemailer's defaults (2 minutes to connect, 10 of silence).
 */
export const SMTP_TIMEOUTS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 } as const

/** A refusal of this one message (its sender or recipient), as against a mail server that cannot be reached or used. */
export const refusedRecipient = (error: unknown) => (error as { code?: unknown } | null)?.code === 'EENVELOPE'

export function smtpMailer(smtpUrl: string, from: string): Mailer {
  // The URL's own settings win over these defaults.
  const transport = nodemailer.createTransport({ url: smtpUrl, ...SMTP_TIMEOUTS })
  return {
    send: async (email) => {
      await transport.sendMail({ from, to: email.to, subject: email.subject, text: email.text })
    },
    close: () => transport.close(),
  }
}
