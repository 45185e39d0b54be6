import closeWithGrace from 'close-with-grace'
import { loadConfig, ConfigError } from '../config.js'
import { buildApp } from './app.js'
import { services } from '../services.js'

// Reads the configuration, builds the app and listens; closes cleanly on SIGTERM and SIGINT.
let config
try {
  config = loadConfig()
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(error.message)
    process.exit(1)
  }
  throw error
}

let ready
try {
  ready = await services(config)
} catch (error) {
  // A database that cannot be opened or migrated, or mail that cannot be sent: say so and stop.
  console.error(`sendpath could not start: ${(error as Error).message}`)
  process.exit(1)
}
const app = await buildApp(config, ready)
closeWithGrace({ delay: 10_000 }, async ({ signal, err }) => {
  if (err) app.log.error({ err }, 'closing after an error')
  else app.log.info({ signal }, 'closing')
  await app.close()
})
await app.listen({ port: config.PORT, host: config.HOST })
