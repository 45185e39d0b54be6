// The real service with its real database (services(): DATA_DIR or DATABASE_URL from the environment, migrated at
// start), for the crash test and the case benchmarks. It differs from src/web/server.ts in one way only: the
// per-address rate limit is lifted, because every load here comes from one loopback address. Prints
// "listening <url>" once ready.
import { loadConfig } from '../src/config.js'
import { services } from '../src/services.js'
import { buildApp } from '../src/web/app.js'

const config = { ...loadConfig({ ...process.env, LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent' }), HOST: '127.0.0.1' }
const app = await buildApp(config, await services(config), { rateLimitMax: 1e9 })
const address = await app.listen({ port: config.PORT, host: '127.0.0.1' })
console.log(`listening ${address}`)
process.on('SIGTERM', () => void app.close().then(() => process.exit(0)))
