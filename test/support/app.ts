import type { FastifyInstance } from 'fastify'
import { testConfig, type Config } from '../../src/config.js'
import { buildApp } from '../../src/web/app.js'
import { testServices, type Services } from '../../src/services.js'
import { openTestStore } from '../../src/store/testing.js'

/** A fresh app for HTTP tests through inject(): no port, no logs. */
export async function testApp(overrides: Partial<Config> = {}, rateLimitMax = 10_000, services: Partial<Services> = {}): Promise<FastifyInstance> {
  const config = testConfig(overrides)
  const app = await buildApp(config, testServices(services, config), { rateLimitMax })
  await app.ready()
  return app
}

/**
 * A fresh app on a fresh, migrated database (SQLite in a temporary folder, or a new PostgreSQL database under
 * `npm run test:postgres`). The app owns the store: closing the app closes (and drops) it.
 */
export async function testAppWithStore(services: Partial<Services> = {}, overrides: Partial<Config> = {}): Promise<FastifyInstance> {
  return testApp(overrides, 10_000, { store: await openTestStore(), ...services })
}
