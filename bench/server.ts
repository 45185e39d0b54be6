// The service as a benchmark target: production settings, no rate limit, quiet logs, an ephemeral port.
import { loadConfig } from '../src/config.js'
import { buildApp } from '../src/web/app.js'
import { services } from '../src/services.js'

const config = { ...loadConfig({ NODE_ENV: 'production', LOG_LEVEL: 'silent' }), PORT: 0, HOST: '127.0.0.1' }
const app = await buildApp(config, services(config), { rateLimitMax: 1e9 })
const address = await app.listen({ port: 0, host: '127.0.0.1' })
console.log(`listening ${address}`)
process.on('SIGTERM', () => void app.close().then(() => process.exit(0)))
