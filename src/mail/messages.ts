import { formatIsoDateWithDay } from '../law/index.js'
import type { Email } from './mailer.js'

// The words of each email: short, plain and certain. Links are absolute, built by the caller from PUBLIC_URL.

export const verifyEmailMessage = (to: string, link: string): Email => ({
  to,
  subject: 'Confirm your email address for sendpath',
  text: [
    'Confirm your email address to finish setting up your sendpath account.',
    '',
    `Open this link: ${link}`,
    '',
    'The link works once and stops working after 2 days.',
    '',
    'If you did not create an account, you can ignore this email.',
  ].join('\n'),
})

export const resetPasswordMessage = (to: string, link: string): Email => ({
  to,
  subject: 'Reset your sendpath password',
  text: [
    'Someone asked to reset the password for your sendpath account.',
    '',
    `To choose a new password, open this link: ${link}`,
    '',
    'The link works once and stops working after 1 hour. When you reset your password, you are signed out everywhere.',
    '',
    'If you did not ask for this, you can ignore this email. Your password has not changed.',
  ].join('\n'),
})

export interface ReminderFacts {
  childName: string
  milestoneTitle: string
  milestoneDate: string
  kind: '4w' | '1w' | '1d'
  daysLeft: number
  caseLink?: string | undefined
}

export function reminderMessage(to: string, f: ReminderFacts): Email {
  const when = f.daysLeft === 0 ? 'today' : f.daysLeft === 1 ? 'tomorrow' : `in ${f.daysLeft} days`
  const date = formatIsoDateWithDay(f.milestoneDate)
  return {
    to,
    subject: `Reminder: ${f.milestoneTitle} by ${date}`,
    text: [
      `This is a reminder about ${f.childName}.`,
      '',
      `${f.milestoneTitle}: ${date} (${when}).`,
      '',
      f.caseLink ? `See what to do next: ${f.caseLink}` : 'Sign in to sendpath to see what to do next.',
      '',
      'sendpath gives information, not legal advice.',
    ].join('\n'),
  }
}
