import { availableParallelism } from 'node:os'
import { z } from 'zod'

// The one reader of process.env. Bad values stop the service at start-up with every problem listed.
const schema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  /** Set behind a reverse proxy so rate limits and logs see the client's address. */
  TRUST_PROXY: z.enum(['true', 'false']).default('false').transform((v) => v === 'true'),
  /** The service's own origin, used in calendar files and links (no trailing slash). */
  PUBLIC_URL: z.string().url().optional(),
  /** Worker threads that draw Word and PDF letters; each holds its fonts and one letter (about 500 MB at most). */
  LETTER_WORKERS: z.coerce.number().int().min(1).max(64).default(Math.max(1, availableParallelism() - 1)),
  /** Letters that may wait for a worker; beyond that the service answers "busy" (503). */
  LETTER_QUEUE_MAX: z.coerce.number().int().min(0).max(10_000).default(32),
})

export type Config = z.infer<typeof schema>

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(env)
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)
    throw new ConfigError(`Invalid configuration:\n  ${lines.join('\n  ')}`)
  }
  return parsed.data
}

/** Settings for tests: quiet logs, an ephemeral port. */
export const testConfig = (overrides: Partial<Config> = {}): Config => ({
  ...loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', PORT: '0', HOST: '127.0.0.1' }),
  ...overrides,
})
