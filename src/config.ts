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
  /** Where the embedded SQLite database lives when DATABASE_URL is not set. */
  DATA_DIR: z.string().min(1).default('./data'),
  /** A PostgreSQL server to use instead of the embedded database, for several instances. */
  DATABASE_URL: z
    .string()
    .regex(/^postgres(?:ql)?:\/\/\S+$/, { error: 'DATABASE_URL must be a postgres:// or postgresql:// URL' })
    .optional(),
  /** The mail server, for example smtp://127.0.0.1:2525; without it, mail in development is written to the log. */
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\/\S+$/, { error: 'SMTP_URL must be an smtp:// or smtps:// URL' })
    .optional(),
  /** The From address of every email the service sends. */
  MAIL_FROM: z.string().min(3).default('sendpath <no-reply@localhost>'),
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

/**
 * The PostgreSQL server the test suite runs against, if any (TEST_DATABASE_URL, else DATABASE_URL), and whether
 * PostgreSQL is required (REQUIRE_POSTGRES=1): then a missing or unreachable server fails the tests loudly.
 */
export function testDatabaseSettings(env: NodeJS.ProcessEnv = process.env): { url?: string; requirePostgres: boolean } {
  const url = env.TEST_DATABASE_URL || env.DATABASE_URL || undefined
  return { url, requirePostgres: env.REQUIRE_POSTGRES === '1' || env.REQUIRE_POSTGRES === 'true' }
}
