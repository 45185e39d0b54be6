import type { FastifyInstance } from 'fastify'
import { testConfig, type Config } from '../../src/config.js'
import { buildApp } from '../../src/web/app.js'

/** A fresh app for HTTP tests through inject(): no port, no logs. */
export async function testApp(overrides: Partial<Config> = {}, rateLimitMax = 10_000): Promise<FastifyInstance> {
  const app = await buildApp({ config: testConfig(overrides), rateLimitMax })
  await app.ready()
  return app
}
