import fp from 'fastify-plugin'
import helmet from 'helmet'
import type { IncomingMessage, ServerResponse } from 'node:http'
import rateLimit from '@fastify/rate-limit'
import type { FastifyInstance, onRequestHookHandler, preHandlerAsyncHookHandler } from 'fastify'

// The site runs no JavaScript at all (every journey works without it), so pages can forbid
// scripts outright: stricter than nonces, and the same policy for every response means pages
// carry nothing per-response. Styles and images come only from this origin.
export const PAGE_POLICY =
  "default-src 'self';script-src 'none';style-src 'self';img-src 'self' data:;font-src 'self';connect-src 'self';" +
  "form-action 'self';frame-ancestors 'none';base-uri 'none';object-src 'none'"
// JSON and downloads load nothing at all.
export const API_POLICY = "default-src 'none';frame-ancestors 'none';base-uri 'none'"

/**
 * helmet's headers, worked out once. None of them depends on the request (our CSP is set apart),
 * so instead of running helmet's eleven middlewares on every response (a quarter of the API's
 * time in profiles), helmet runs once against a recorder and the result is set in one call.
 */
function helmetHeaders(): Record<string, string> {
  const headers: Record<string, string> = {}
  const recorder = {
    setHeader: (name: string, value: string | number | readonly string[]) => {
      headers[name.toLowerCase()] = String(value)
    },
    removeHeader: () => {},
  }
  helmet({
    contentSecurityPolicy: false,
    strictTransportSecurity: { maxAge: 31536000, includeSubDomains: true },
    referrerPolicy: { policy: 'no-referrer' },
  })({} as IncomingMessage, recorder as unknown as ServerResponse, () => {})
  return headers
}

const PAGE_HEADERS: Readonly<Record<string, string>> = { ...helmetHeaders(), 'content-security-policy': PAGE_POLICY }
const API_HEADERS: Readonly<Record<string, string>> = { ...PAGE_HEADERS, 'content-security-policy': API_POLICY }

export const isApiUrl = (url: string) => url.startsWith('/api/')

/** The security headers for a URL: also used where Fastify's hooks never run (framework and client errors). */
export const securityHeaders = (url: string) => (isApiUrl(url) ? API_HEADERS : PAGE_HEADERS)

/** Kinds of route, each with its own limit: a PDF costs far more than a stylesheet. */
export type RouteClass = 'pages' | 'api' | 'letters' | 'static' | 'notFound'

/** The kind of a route by its URL pattern; letters are the routes that render a document. */
export function routeClass(url: string): RouteClass {
  if (url.startsWith('/assets/') || url === '/letters/letter.css' || url === '/favicon.ico') return 'static'
  if (url.startsWith('/api/v1/letters') || /^\/letters\/[^/]+\/download$/.test(url)) return 'letters'
  if (isApiUrl(url)) return 'api'
  return 'pages'
}

export interface RateLimits {
  /** Requests a minute from one address for each kind of route; undefined turns limits off. */
  perMinute?: Record<RouteClass, number>
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Counts a request that found no route (the not-found handler's preHandler); a no-op when limits are off. */
    notFoundLimit: preHandlerAsyncHookHandler
  }
}

/** Security headers for every response (helmet's and our CSP) and rate limits per kind of route. */
export const security = fp(async (app: FastifyInstance, opts: RateLimits) => {
  app.addHook('onRequest', async (request, reply) => {
    reply.headers(securityHeaders(request.url))
  })
  const perMinute = opts.perMinute
  if (perMinute === undefined) {
    app.decorate('notFoundLimit', async () => {})
    return
  }
  // One counter per kind of route and address, shared by every route of that kind.
  await app.register(rateLimit, { global: false })
  const limiters = Object.fromEntries(
    (Object.keys(perMinute) as RouteClass[]).map((kind) => [kind, app.rateLimit({ max: perMinute[kind], timeWindow: '1 minute' })]),
  ) as Record<RouteClass, preHandlerAsyncHookHandler>
  app.decorate('notFoundLimit', limiters.notFound)
  app.addHook('onRoute', (route) => {
    const config = route.config as { rateLimit?: unknown } | undefined
    if (config?.rateLimit === false) return
    // The limiter only reads the request and sets headers, so it runs as early as onRequest.
    const limiter = limiters[routeClass(route.url ?? route.path)] as unknown as onRequestHookHandler
    const existing = route.onRequest
    route.onRequest = existing === undefined ? [limiter] : [...(Array.isArray(existing) ? existing : [existing]), limiter]
  })
})
