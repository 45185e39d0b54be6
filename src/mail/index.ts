export { createMailer, MailSettingsError, refusedRecipient, SMTP_TIMEOUTS, smtpMailer, type Email, type MailLog, type Mailer, type MailSettings } from './mailer.js'
export { reminderMessage, resetPasswordMessage, verifyEmailMessage, type ReminderFacts } from './messages.js'
