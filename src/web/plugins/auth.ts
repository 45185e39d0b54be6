import fp from 'fastify-plugin'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { lookupSession, SESSION_LIFETIME, type User } from '../../accounts/index.js'
import { PENDING_SAVE_LIFETIME } from '../../cases/index.js'
import { sendProblem } from './errors.js'

// Who is signed in. Pages know a person by the session cookie; the API knows a client only by its bearer token
// (Authorization: Bearer ...), never by a cookie, so another website cannot use a visitor's cookie to call the
// API. Both are session rows, so several instances of the service share them.

export const SESSION_COOKIE = 'sendpath_session'
/** The secret of a "Save to my case" waiting for its visitor to sign in (src/cases/pending-saves.ts). */
export const PENDING_SAVE_COOKIE = 'sendpath_pending_save'

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in user, or null. */
    user: User | null
    /** The session's cookie value or bearer token, when there is a signed-in user. */
    sessionToken: string | null
  }
}

const isApi = (request: FastifyRequest) => request.url.startsWith('/api/')

/** The token of an `Authorization: Bearer <token>` header, or undefined. */
export function bearerToken(header: string | undefined): string | undefined {
  const m = /^Bearer[ ]+([A-Za-z0-9_-]{16,200})\s*$/i.exec(header ?? '')
  return m?.[1]
}

/**
 * A path on this site to go back to after signing in: it must start with one "/" (not "//" or "/\", which
 * browsers read as another site) and hold no control characters or spaces. Anything else goes to /account.
 */
export function safeReturnPath(value: unknown): string {
  if (typeof value !== 'string' || value.length > 2000) return '/account'
  return /^\/(?![/\\])[\x21-\x7e]*$/.test(value) ? value : '/account'
}

export interface AuthOptions {
  /** Secure cookies outside development (browsers then send them only over https). */
  secureCookies: boolean
}

export const auth = fp(
  async (app: FastifyInstance, opts: AuthOptions) => {
    app.decorateRequest('user', null)
    app.decorateRequest('sessionToken', null)
    app.addHook('onRequest', async (request) => {
      // Stylesheets, fonts and images are the same for everyone: no session lookup for them.
      if (request.url.startsWith('/assets/')) return
      const api = isApi(request)
      const token = api ? bearerToken(request.headers.authorization) : request.cookies[SESSION_COOKIE]
      if (!token) return
      const found = await lookupSession({ db: app.services.store.db, clock: app.services.clock }, token, api ? 'api' : 'web')
      if (!found) return
      request.user = found.user
      request.sessionToken = token
    })

    app.decorateReply('signedIn', function (this: FastifyReply, token: string) {
      return this.setCookie(SESSION_COOKIE, token, {
        path: '/',
        httpOnly: true,
        secure: opts.secureCookies,
        sameSite: 'lax',
        maxAge: SESSION_LIFETIME.web / 1000,
      })
    })
    app.decorateReply('signedOut', function (this: FastifyReply) {
      return this.clearCookie(SESSION_COOKIE, { path: '/', httpOnly: true, secure: opts.secureCookies, sameSite: 'lax' })
    })
    // Lax, so the cookie survives the redirects through sign-in; it lives no longer than the pending save.
    app.decorateReply('pendingSave', function (this: FastifyReply, secret: string | null) {
      const options = { path: '/', httpOnly: true, secure: opts.secureCookies, sameSite: 'lax' } as const
      return secret === null ? this.clearCookie(PENDING_SAVE_COOKIE, options) : this.setCookie(PENDING_SAVE_COOKIE, secret, { ...options, maxAge: PENDING_SAVE_LIFETIME / 1000 })
    })
  },
  { name: 'auth', dependencies: ['@fastify/cookie'] },
)

declare module 'fastify' {
  interface FastifyReply {
    /** Sets the session cookie after sign-in. */
    signedIn(token: string): FastifyReply
    /** Removes the session cookie. */
    signedOut(): FastifyReply
    /** Sets (or, given null, removes) the cookie of a "Save to my case" waiting for sign-in. */
    pendingSave(secret: string | null): FastifyReply
  }
}

/** A page hook: a visitor who is not signed in goes to sign in, then comes back here. */
export async function requireUser(request: FastifyRequest, reply: FastifyReply) {
  if (request.user) return
  const back = request.method === 'GET' ? safeReturnPath(request.url) : '/account'
  return reply.redirect(`/account/sign-in?returnTo=${encodeURIComponent(back)}`, 303)
}

export const UNAUTHORISED = 'Sign in first: send a valid token in the header Authorization: Bearer <token>, from POST /api/v1/sessions.'

/** An API hook: no valid bearer token, no answer but 401. */
export async function requireApiUser(request: FastifyRequest, reply: FastifyReply) {
  if (request.user) return
  void reply.header('www-authenticate', 'Bearer')
  return sendProblem(reply, 401, UNAUTHORISED)
}

/** The signed-in user in a handler behind requireUser or requireApiUser. */
export function userOf(request: FastifyRequest): User {
  if (!request.user) throw new Error('userOf() used on a route without requireUser')
  return request.user
}
