// The service as a benchmark target: production settings (letter workers and queue from the
// environment), no rate limit, quiet logs, an ephemeral port. The public pages and API touch no
// database, so the benchmark runs without one (testServices: no store, no mail).
import { loadConfig } from '../src/config.js'
import { buildApp } from '../src/web/app.js'
import { testServices } from '../src/services.js'

const config = { ...loadConfig({ LETTER_WORKERS: process.env.LETTER_WORKERS, LETTER_QUEUE_MAX: process.env.LETTER_QUEUE_MAX, NODE_ENV: 'production', LOG_LEVEL: 'silent' }), PORT: 0, HOST: '127.0.0.1' }
const app = await buildApp(config, testServices({}, config), { rateLimitMax: 1e9 })
const address = await app.listen({ port: 0, host: '127.0.0.1' })
console.log(`listening ${address}`)
process.on('SIGTERM', () => void app.close().then(() => process.exit(0)))
