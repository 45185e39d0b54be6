import fp from 'fastify-plugin'
import helmet from '@fastify/helmet'
import rateLimit from '@fastify/rate-limit'
import type { FastifyInstance } from 'fastify'

// The site runs no JavaScript at all (every journey works without it), so pages can forbid
// scripts outright: stricter than nonces, and the same policy for every response means pages
// carry nothing per-response. Styles and images come only from this origin.
export const PAGE_POLICY =
  "default-src 'self';script-src 'none';style-src 'self';img-src 'self' data:;font-src 'self';connect-src 'self';" +
  "form-action 'self';frame-ancestors 'none';base-uri 'none';object-src 'none'"
// JSON and downloads load nothing at all.
export const API_POLICY = "default-src 'none';frame-ancestors 'none';base-uri 'none'"

/** Security headers for every response (helmet plus our CSP) and a rate limit per client. */
export const security = fp(async (app: FastifyInstance, opts: { rateLimitMax: number }) => {
  app.addHook('onRequest', async (request, reply) => {
    reply.header('content-security-policy', request.url.startsWith('/api/') ? API_POLICY : PAGE_POLICY)
  })
  await app.register(helmet, {
    contentSecurityPolicy: false,
    strictTransportSecurity: { maxAge: 31536000, includeSubDomains: true },
    referrerPolicy: { policy: 'no-referrer' },
  })
  await app.register(rateLimit, { max: opts.rateLimitMax, timeWindow: '1 minute' })
})
