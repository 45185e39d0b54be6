import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import {
  createSession,
  issueToken,
  MIN_PASSWORD_LENGTH,
  requestPasswordReset,
  resetPassword,
  revokeAllSessions,
  revokeSession,
  signIn,
  signUp,
  verifyEmail,
  type Problem,
} from '../../../accounts/index.js'
import { resetPasswordMessage, verifyEmailMessage } from '../../../mail/index.js'
import { requireUser, safeReturnPath, userOf } from '../../plugins/auth.js'
import { yourDataPages } from './your-data.js'

// The account pages: sign up, confirm the email address, sign in and out, reset a forgotten password. Every form
// carries a CSRF token; links in emails open a page with a button, so a mail scanner that follows links cannot
// use them up. Link secrets travel in the query string, which the logs never keep.

type Form = Record<string, unknown> | undefined
const str = (body: Form, name: string) => {
  const v = body?.[name]
  return typeof v === 'string' ? v.slice(0, 2048) : ''
}

interface Field {
  name: string
  label: string
  type?: string
  autocomplete?: string
  hint?: string
  value?: string
  error?: string
}

const PASSWORD_HINT = `At least ${MIN_PASSWORD_LENGTH} characters. A few words together are easy to remember and hard to guess.`
const EXPIRED_FORM = 'This page had expired, so nothing was sent. Try again'

export async function accountRoutes(app: FastifyInstance) {
  const deps = () => ({ db: app.services.store.db, clock: app.services.clock })
  const link = (path: string, token: string) => `${app.services.siteUrl}${path}?token=${encodeURIComponent(token)}`

  function form(reply: FastifyReply, view: { title: string; action: string; button: string; fields: Field[]; intro?: string[]; hidden?: Record<string, string>; links?: { href: string; text: string }[]; problems?: Problem[] }) {
    const problems = view.problems ?? []
    const fields = view.fields.map((f) => ({ ...f, error: problems.find((p) => p.field === f.name)?.message }))
    const errorList = problems.map((p) => ({ text: p.message, href: `#${view.fields.some((f) => f.name === p.field) ? p.field : (view.fields[0]?.name ?? '')}` }))
    return reply.header('cache-control', 'no-store').page('account/form.njk', { ...view, fields, errorList, csrfToken: reply.generateCsrf() })
  }
  const message = (reply: FastifyReply, title: string, lines: string[], links: { href: string; text: string }[] = []) =>
    reply.header('cache-control', 'no-store').page('account/message.njk', { title, lines, links })

  /** A POST with a CSRF check; a missing or stale token shows the form again with a plain message. */
  const post = <B extends Form>(path: string, again: (request: FastifyRequest, reply: FastifyReply, problems: Problem[]) => FastifyReply, handler: (request: FastifyRequest<{ Body: B }>, reply: FastifyReply) => Promise<FastifyReply>) =>
    app.post<{ Body: B }>(path, {
      preValidation: app.csrfProtection,
      errorHandler: (error: FastifyError, request, reply) => {
        if (error.code === 'FST_CSRF_INVALID_TOKEN' || error.code === 'FST_CSRF_MISSING_SECRET') return again(request, reply.code(403), [{ field: '(form)', message: EXPIRED_FORM }])
        throw error
      },
      handler,
    })

  // Sign up
  // returnTo carries a visitor on from sign-in to sign-up and back to where they were going ("Save to my case").
  const withReturn = (path: string, returnTo: string) => (returnTo === '/account' ? path : `${path}?returnTo=${encodeURIComponent(returnTo)}`)
  const signUpForm = (reply: FastifyReply, email = '', problems: Problem[] = [], returnTo = '/account') =>
    form(reply, {
      title: 'Create an account',
      intro: ['With an account you can keep a record of what happened, the decisions and their deadlines, and your documents. We send you reminders before each deadline.'],
      action: '/account/sign-up',
      button: 'Create account',
      hidden: { returnTo },
      fields: [
        { name: 'email', label: 'Email address', type: 'email', autocomplete: 'email', value: email },
        { name: 'password', label: 'Password', type: 'password', autocomplete: 'new-password', hint: PASSWORD_HINT },
      ],
      links: [{ href: withReturn('/account/sign-in', returnTo), text: 'I already have an account' }],
      problems,
    })
  app.get<{ Querystring: { returnTo?: string } }>('/account/sign-up', async (request, reply) => signUpForm(reply, '', [], safeReturnPath(request.query.returnTo)))
  post<Form>('/account/sign-up', (request, reply, problems) => signUpForm(reply, str(request.body as Form, 'email'), problems, safeReturnPath(str(request.body as Form, 'returnTo'))), async (request, reply) => {
    const email = str(request.body, 'email')
    const returnTo = safeReturnPath(str(request.body, 'returnTo'))
    const made = await signUp(deps(), { email, password: str(request.body, 'password') })
    if (!made.ok) return signUpForm(reply.code(400), email, made.problems, returnTo)
    await app.services.mailer.send(verifyEmailMessage(made.user.email, link('/account/verify', made.verifyToken)))
    const session = await createSession(deps(), made.user.id, 'web')
    return reply.signedIn(session.token).redirect(withReturn('/account/check-email', returnTo), 303)
  })
  app.get<{ Querystring: { returnTo?: string } }>('/account/check-email', async (request, reply) => {
    const returnTo = safeReturnPath(request.query.returnTo)
    const next = returnTo === '/account' ? { href: '/account', text: 'Go to your account' } : { href: returnTo, text: 'Continue where you were' }
    return message(reply, 'Check your email', ['We have sent you a link to confirm your email address. It works for 2 days.', 'If it has not arrived, check your spam folder.'], [next])
  })

  // Confirm the email address: the link opens a page; the button confirms.
  const verifyForm = (reply: FastifyReply, token: string, problems: Problem[] = []) =>
    form(reply, { title: 'Confirm your email address', action: '/account/verify', button: 'Confirm my email address', fields: [], hidden: { token }, problems })
  app.get<{ Querystring: { token?: string } }>('/account/verify', async (request, reply) => verifyForm(reply, String(request.query.token ?? '').slice(0, 200)))
  post<Form>('/account/verify', (request, reply, problems) => verifyForm(reply, str(request.body as Form, 'token'), problems), async (request, reply) => {
    const done = await verifyEmail(deps(), str(request.body, 'token'))
    if (!done.ok) return message(reply.code(400), 'This link does not work', done.problems.map((p) => `${p.message}.`), [{ href: '/account/sign-in', text: 'Sign in' }])
    return message(reply, 'Your email address is confirmed', ['We will send your reminders to this address.'], [{ href: '/account', text: 'Go to your account' }])
  })
  post<Form>('/account/verify/resend', (_request, reply) => reply.redirect('/account', 303), async (request, reply) => {
    if (!request.user) return reply.redirect('/account/sign-in', 303)
    if (request.user.verifiedAt === null) {
      const token = await issueToken(deps(), request.user.id, 'verify-email')
      await app.services.mailer.send(verifyEmailMessage(request.user.email, link('/account/verify', token)))
    }
    return reply.redirect('/account/check-email', 303)
  })

  // Sign in and out
  const signInForm = (reply: FastifyReply, returnTo: string, email = '', problems: Problem[] = []) =>
    form(reply, {
      title: 'Sign in',
      action: '/account/sign-in',
      button: 'Sign in',
      hidden: { returnTo },
      fields: [
        { name: 'email', label: 'Email address', type: 'email', autocomplete: 'email', value: email },
        { name: 'password', label: 'Password', type: 'password', autocomplete: 'current-password' },
      ],
      links: [
        { href: '/account/forgot-password', text: 'I have forgotten my password' },
        { href: withReturn('/account/sign-up', returnTo), text: 'Create an account' },
      ],
      problems,
    })
  app.get<{ Querystring: { returnTo?: string } }>('/account/sign-in', async (request, reply) => signInForm(reply, safeReturnPath(request.query.returnTo)))
  post<Form>('/account/sign-in', (request, reply, problems) => signInForm(reply, safeReturnPath(str(request.body as Form, 'returnTo')), str(request.body as Form, 'email'), problems), async (request, reply) => {
    const email = str(request.body, 'email')
    const password = str(request.body, 'password')
    const returnTo = safeReturnPath(str(request.body, 'returnTo'))
    const missing: Problem[] = [
      ...(email.trim() ? [] : [{ field: 'email', message: 'Enter your email address' }]),
      ...(password ? [] : [{ field: 'password', message: 'Enter your password' }]),
    ]
    if (missing.length > 0) return signInForm(reply.code(400), returnTo, email, missing)
    const result = await signIn(deps(), { email, password, address: request.ip })
    if (!result.ok) return signInForm(reply.code(result.reason === 'throttled' ? 429 : 400), returnTo, email, [{ field: 'email', message: result.message }])
    const session = await createSession(deps(), result.user.id, 'web')
    return reply.signedIn(session.token).redirect(returnTo, 303)
  })
  post<Form>('/account/sign-out', (_request, reply) => reply.redirect('/account', 303), async (request, reply) => {
    if (request.user && request.sessionToken) await revokeSession(app.services.store.db, request.sessionToken)
    return message(reply.signedOut(), 'You have signed out', [], [{ href: '/account/sign-in', text: 'Sign in again' }])
  })
  post<Form>('/account/sign-out-everywhere', (_request, reply) => reply.redirect('/account', 303), async (request, reply) => {
    if (!request.user) return reply.redirect('/account/sign-in', 303)
    await revokeAllSessions(app.services.store.db, request.user.id)
    return message(reply.signedOut(), 'You have signed out everywhere', ['Every computer, phone and app that was signed in to your account is now signed out.'], [{ href: '/account/sign-in', text: 'Sign in again' }])
  })

  // Forgotten password
  const forgotForm = (reply: FastifyReply, email = '', problems: Problem[] = []) =>
    form(reply, {
      title: 'Reset your password',
      intro: ['Enter the email address of your account. We will send you a link to choose a new password.'],
      action: '/account/forgot-password',
      button: 'Send the link',
      fields: [{ name: 'email', label: 'Email address', type: 'email', autocomplete: 'email', value: email }],
      problems,
    })
  app.get('/account/forgot-password', async (_request, reply) => forgotForm(reply))
  post<Form>('/account/forgot-password', (request, reply, problems) => forgotForm(reply, str(request.body as Form, 'email'), problems), async (request, reply) => {
    const email = str(request.body, 'email').trim()
    if (!email) return forgotForm(reply.code(400), '', [{ field: 'email', message: 'Enter your email address' }])
    const reset = await requestPasswordReset(deps(), email)
    if (reset) await app.services.mailer.send(resetPasswordMessage(reset.user.email, link('/account/reset-password', reset.resetToken)))
    // The same page whether or not there is an account: it does not reveal who has one.
    return message(reply, 'Check your email', ['If there is an account with that address, we have sent it a link to reset the password. The link works for 1 hour.'])
  })
  const resetForm = (reply: FastifyReply, token: string, problems: Problem[] = []) =>
    form(reply, {
      title: 'Choose a new password',
      action: '/account/reset-password',
      button: 'Save my new password',
      hidden: { token },
      fields: [{ name: 'password', label: 'New password', type: 'password', autocomplete: 'new-password', hint: PASSWORD_HINT }],
      problems,
    })
  app.get<{ Querystring: { token?: string } }>('/account/reset-password', async (request, reply) => resetForm(reply, String(request.query.token ?? '').slice(0, 200)))
  post<Form>('/account/reset-password', (request, reply, problems) => resetForm(reply, str(request.body as Form, 'token'), problems), async (request, reply) => {
    const token = str(request.body, 'token')
    const done = await resetPassword(deps(), token, str(request.body, 'password'))
    if (!done.ok) {
      const link = done.problems.find((p) => p.field === 'token')
      if (link) return message(reply.code(400), 'This link does not work', [`${link.message}.`], [{ href: '/account/forgot-password', text: 'Ask for a new link' }])
      return resetForm(reply.code(400), token, done.problems)
    }
    return message(reply.signedOut(), 'Your password has been changed', ['You have been signed out everywhere. Sign in with your new password.'], [{ href: '/account/sign-in', text: 'Sign in' }])
  })

  // Download everything, and delete the account: each behind a confirmation page.
  await app.register(yourDataPages)

  // The account page
  app.get('/account', { preHandler: requireUser }, async (request, reply) => {
    const user = userOf(request)
    return reply.header('cache-control', 'no-store').page('account/index.njk', { title: 'Your account', email: user.email, verified: user.verifiedAt !== null, csrfToken: reply.generateCsrf() })
  })
}
