// The service as a benchmark target: production settings (letter workers and queue from the
// environment), no rate limit, quiet logs, an ephemeral port. The public pages and API touch no
// database, so the benchmark runs without one (testServices: no store, no mail).
// BENCH_BUILD=dist runs the compiled service (dist/, as `npm start` does) rather than the sources
// through tsx, whose loader adds work to every call of a function that defines named functions.
type Config = typeof import('../src/config.js')
type App = typeof import('../src/web/app.js')
type Services = typeof import('../src/services.js')
const from = process.env.BENCH_BUILD === 'dist' ? '../dist' : '../src'
const { loadConfig } = (await import(`${from}/config.js`)) as Config
const { buildApp } = (await import(`${from}/web/app.js`)) as App
const { testServices } = (await import(`${from}/services.js`)) as Services

const config = { ...loadConfig({ LETTER_WORKERS: process.env.LETTER_WORKERS, LETTER_QUEUE_MAX: process.env.LETTER_QUEUE_MAX, NODE_ENV: 'production', LOG_LEVEL: 'silent' }), PORT: 0, HOST: '127.0.0.1' }
const app = await buildApp(config, testServices({}, config), { rateLimitMax: 1e9 })
const address = await app.listen({ port: 0, host: '127.0.0.1' })
console.log(`listening ${address}`)
process.on('SIGTERM', () => void app.close().then(() => process.exit(0)))
