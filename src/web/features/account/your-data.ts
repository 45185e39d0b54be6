import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { deleteAccount, exportAccount } from '../../../cases/index.js'
import { requireUser, userOf } from '../../plugins/auth.js'

// "Your data": download everything (a ZIP of JSON and the documents) and delete the account. Each opens a
// confirmation page first; only its POST (with the CSRF token) acts. After deleting, the session ends at once.

interface Confirmation {
  title: string
  lines: string[]
  warning: string
  action: string
  button: string
  buttonClasses?: string
}

const EXPORT: Confirmation = {
  title: 'Download all your data',
  lines: [
    'You get one ZIP file. It holds your account, each case with its diary (every version), decisions, documents and the record of who looked at it, as JSON files a computer can read, and every document you uploaded.',
  ],
  warning: 'The file holds private details about your child. Keep it somewhere safe, and do not send it by email unless you must.',
  action: '/account/export',
  button: 'Download my data',
}

const DELETE: Confirmation = {
  title: 'Delete your account',
  lines: [
    'We delete your account and everything in it: every case, diary entry, decision, document and reminder. You are signed out everywhere.',
    'If you want a copy, download your data first.',
  ],
  warning: 'You cannot undo this. We cannot get any of it back.',
  action: '/account/delete',
  button: 'Delete my account and everything in it',
  buttonClasses: 'govuk-button--warning',
}

export async function yourDataPages(app: FastifyInstance) {
  const { clock, store } = app.services
  const deps = () => ({ db: store.db, clock })
  app.addHook('onRequest', async (_request, reply) => {
    void reply.header('cache-control', 'no-store')
  })
  app.addHook('onRequest', requireUser)

  const confirm = (reply: FastifyReply, page: Confirmation) => reply.page('account/confirm.njk', { ...page, csrfToken: reply.generateCsrf() })
  // A stale page or blocked cookies: the same page again, saying nothing happened.
  const expired = (page: Confirmation) => (error: FastifyError, _request: FastifyRequest, reply: FastifyReply) => {
    if (error.code !== 'FST_CSRF_INVALID_TOKEN' && error.code !== 'FST_CSRF_MISSING_SECRET') throw error
    return reply.code(403).page('account/confirm.njk', {
      ...page,
      errorList: [{ text: 'This page had expired, so nothing happened. Try again', href: '#main-content' }],
      csrfToken: reply.generateCsrf(),
    })
  }

  app.get('/account/export', async (_request, reply) => confirm(reply, EXPORT))
  app.post('/account/export', { preValidation: app.csrfProtection, errorHandler: expired(EXPORT) }, async (request, reply) => {
    const zip = await exportAccount(deps(), userOf(request).id)
    if (!zip) return reply.callNotFound()
    return reply
      .type('application/zip')
      .header('content-disposition', `attachment; filename="sendpath-data-${clock.today()}.zip"`)
      .send(Buffer.from(zip.buffer, zip.byteOffset, zip.byteLength))
  })

  app.get('/account/delete', async (_request, reply) => confirm(reply, DELETE))
  app.post('/account/delete', { preValidation: app.csrfProtection, errorHandler: expired(DELETE) }, async (request, reply) => {
    await deleteAccount(deps(), userOf(request).id)
    return reply
      .signedOut()
      .pendingSave(null)
      .page('account/message.njk', { title: 'Your account has been deleted', lines: ['Everything in it has been deleted, and you have been signed out.'], links: [{ href: '/', text: 'Go to the home page' }] })
  })
}
