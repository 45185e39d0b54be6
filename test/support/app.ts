import type { FastifyInstance } from 'fastify'
import { testConfig, type Config } from '../../src/config.js'
import { buildApp } from '../../src/web/app.js'
import { testServices, type Services } from '../../src/services.js'

/** A fresh app for HTTP tests through inject(): no port, no logs. */
export async function testApp(overrides: Partial<Config> = {}, rateLimitMax = 10_000, services: Partial<Services> = {}): Promise<FastifyInstance> {
  const app = await buildApp(testConfig(overrides), testServices(services), { rateLimitMax })
  await app.ready()
  return app
}
