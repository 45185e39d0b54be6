import Fastify, { type FastifyInstance } from 'fastify'
import cookie from '@fastify/cookie'
import formbody from '@fastify/formbody'
import csrf from '@fastify/csrf-protection'
import type { Config } from '../config.js'
import { closeServices, type Services } from '../services.js'
import { auth } from './plugins/auth.js'
import { security } from './plugins/security.js'
import { views } from './plugins/views.js'
import { staticAssets } from './plugins/static.js'
import { errors } from './plugins/errors.js'
import { healthRoutes } from './features/health/routes.js'
import { apiV1Routes } from './features/api-v1/routes.js'
import { homeRoutes } from './features/home/routes.js'
import { journeyRoutes } from './features/journey/routes.js'
import { planRoutes } from './features/plan/routes.js'
import { guidanceRoutes } from './features/guidance/routes.js'
import { localHelpRoutes } from './features/local-help/routes.js'
import { searchRoutes } from './features/search/routes.js'
import { pagesRoutes } from './features/pages/routes.js'
import { letterRoutes } from './features/letters/routes.js'
import { letterApiRoutes } from './features/letters/api.js'
import { accountRoutes } from './features/account/routes.js'

/** The path of a URL without its query string: what the logs may keep. */
export const logPath = (url: string) => url.split('?')[0] ?? url

export interface AppOptions {
  /** Overrides the rate limit, for load tests and benchmarks on loopback. */
  rateLimitMax?: number
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Everything with state or I/O, from services(): routes use these, never a module singleton. */
    services: Services
  }
}

const trustHops = (hops: number) => (_address: string, hop: number) => hop < hops

/** Builds the service without listening, so tests can inject requests. Plugins first, then features. */
export async function buildApp(config: Config, services: Services, { rateLimitMax }: AppOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger:
      config.LOG_LEVEL === 'silent'
        ? false
        : {
            level: config.LOG_LEVEL,
            // A plan's answers live in its query string: logs keep only the path, never the answers.
            serializers: {
              req: (req: { method: string; url: string; ip?: string }) => ({ method: req.method, url: logPath(req.url), remoteAddress: req.ip }),
            },
          },
    // A hop count trusts the nearest N proxies (what Fastify does for a number; its types want a function).
    trustProxy: typeof config.TRUST_PROXY === 'number' ? trustHops(config.TRUST_PROXY) : config.TRUST_PROXY,
    bodyLimit: 64 * 1024,
    // Fastify's default query parser keeps repeated parameters (?appealAbout=a&appealAbout=b) as arrays.
    routerOptions: { ignoreTrailingSlash: true },
  })

  app.decorate('services', services)
  // The app owns its services: the job timer starts when it is ready, and everything closes with it.
  app.addHook('onReady', async () => services.jobs.start(app.log))
  app.addHook('onClose', async () => closeServices(services))
  await app.register(security, { rateLimitMax: rateLimitMax ?? 300 })
  await app.register(cookie)
  await app.register(formbody, { bodyLimit: 64 * 1024 })
  await app.register(csrf, { sessionPlugin: '@fastify/cookie', cookieOpts: { httpOnly: true, sameSite: 'strict', path: '/', secure: config.NODE_ENV === 'production' } })
  await app.register(auth, { secureCookies: config.NODE_ENV !== 'development' })
  await app.register(views)
  await app.register(staticAssets)
  await app.register(errors)

  await app.register(healthRoutes)
  await app.register(apiV1Routes, { prefix: '/api/v1' })
  await app.register(homeRoutes)
  await app.register(journeyRoutes)
  await app.register(planRoutes, { publicUrl: config.PUBLIC_URL })
  await app.register(guidanceRoutes)
  await app.register(localHelpRoutes, { secureCookies: config.NODE_ENV === 'production' })
  await app.register(searchRoutes)
  await app.register(pagesRoutes)
  await app.register(letterRoutes)
  await app.register(letterApiRoutes, { prefix: '/api/v1/letters' })
  await app.register(accountRoutes)
  return app
}
