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

export function smtpMailer(smtpUrl: string, from: string): Mailer {
  const transport = nodemailer.createTransport(smtpUrl)
  return {
    send: async (email) => {
      await transport.sendMail({ from, to: email.to, subject: email.subject, text: email.text })
    },
    close: () => transport.close(),
  }
}
