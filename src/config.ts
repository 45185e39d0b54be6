import { isIP } from 'node:net'
import { availableParallelism } from 'node:os'
import { z } from 'zod'

// The one reader of process.env. Bad values stop the service at start-up with every problem listed.

/** Digits only: an empty PORT or "0x1000" is a mistake to report, not a port to guess. */
const port = z
  .string()
  .regex(/^\d{1,5}$/, { error: 'must be a port number written in digits, such as 3000' })
  .transform(Number)
  .pipe(z.number().max(65535, { error: 'must be 65535 or less' }))

/** The service's own origin: http(s), a host, perhaps a port; no path, query or credentials. */
const publicUrl = z.string().transform((value, ctx) => {
  let url: URL | undefined
  try {
    url = new URL(value)
  } catch {
    url = undefined
  }
  const originOnly = url && (url.pathname === '/' || url.pathname === '') && !url.search && !url.hash && !url.username && !url.password
  if (!url || !/^https?:$/.test(url.protocol) || !originOnly) {
    ctx.addIssue({ code: 'custom', message: 'must be an http or https origin, such as https://sendpath.example (no path)' })
    return z.NEVER
  }
  return url.origin
})

// proxy-addr's names for address ranges, which Fastify's trustProxy accepts beside addresses.
const PROXY_RANGE_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal'])
const isProxyAddress = (entry: string) => {
  if (PROXY_RANGE_NAMES.has(entry)) return true
  const [address = '', prefix, ...rest] = entry.split('/')
  const version = isIP(address)
  if (version === 0 || rest.length > 0) return false
  return prefix === undefined || (/^\d{1,3}$/.test(prefix) && Number(prefix) <= (version === 4 ? 32 : 128))
}

/**
 * Which proxies to believe about the client's address (X-Forwarded-For):
 * - `false` (the default): none; the address is the connection's.
 * - a hop count such as `1`: the nearest N proxies.
 * - a comma-separated list of addresses, CIDR ranges or loopback/linklocal/uniquelocal.
 * `true` means one hop (the usual single reverse proxy), never "trust every hop": that would let a
 * client write its own X-Forwarded-For and escape the rate limit.
 */
const trustProxy = z.string().transform((value, ctx): false | number | string[] => {
  const v = value.trim()
  if (v === 'false') return false
  if (v === 'true') return 1
  if (/^\d{1,2}$/.test(v)) return Number(v)
  const list = v.split(',').map((s) => s.trim())
  const bad = list.filter((entry) => !isProxyAddress(entry))
  if (v !== '' && bad.length === 0) return list
  ctx.addIssue({
    code: 'custom',
    message: `must be false, a number of proxy hops such as 1, or a comma-separated list of proxy addresses (not: ${bad.join(', ') || '(empty)'})`,
  })
  return z.NEVER
})

/** A whole number of milliseconds, or of requests or connections: digits only. */
const count = (what: string) =>
  z
    .string()
    .regex(/^\d{1,9}$/, { error: `must be a whole number of ${what}, written in digits` })
    .transform(Number)

// Limits that stop one client tying up the service (issue 9). Each is a setting so an operator can
// tune it; the defaults suit one small server with no proxy in front.
const limits = {
  /** The whole request, headers and body, must arrive within this (Fastify requestTimeout). */
  REQUEST_TIMEOUT_MS: count('milliseconds').default(30_000),
  /** The request's headers must arrive within this (Node's headersTimeout); at most REQUEST_TIMEOUT_MS. */
  HEADERS_TIMEOUT_MS: count('milliseconds').default(10_000),
  /** A socket with no traffic either way is closed after this (Fastify connectionTimeout). */
  CONNECTION_TIMEOUT_MS: count('milliseconds').default(60_000),
  /** An idle keep-alive connection is closed after this (Fastify keepAliveTimeout). */
  KEEP_ALIVE_TIMEOUT_MS: count('milliseconds').default(5_000),
  /** Requests one keep-alive connection may carry before it is closed (Fastify maxRequestsPerSocket). */
  MAX_REQUESTS_PER_SOCKET: count('requests').default(1_000),
  /** Open connections at once; more are refused (Node's server.maxConnections). */
  MAX_CONNECTIONS: count('connections').default(1_000),
  /**
   * `off`: this instance does not send reminders or sweep expired rows on its timer. With several instances on
   * one PostgreSQL, run them on one (or from cron with `npx sendpath reminders send-due`); the load benchmarks
   * turn them off so that a run over every family does not land in the middle of a measurement.
   */
  SCHEDULED_JOBS: z.enum(['on', 'off'], { error: 'must be on or off' }).default('on'),
  /** `off` turns every rate limit off: for load tests, or when a proxy in front already limits. */
  RATE_LIMIT: z.enum(['on', 'off'], { error: 'must be on or off' }).default('on'),
  /** Requests a minute from one address, by kind of route. */
  RATE_LIMIT_PAGES: count('requests').default(600),
  RATE_LIMIT_API: count('requests').default(300),
  RATE_LIMIT_LETTERS: count('requests').default(30),
  RATE_LIMIT_STATIC: count('requests').default(3_000),
  RATE_LIMIT_NOT_FOUND: count('requests').default(60),
}

const schema = z.object({
  PORT: port.default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  /** Set behind a reverse proxy so rate limits and logs see the client's address. */
  TRUST_PROXY: trustProxy.default(false),
  /** The service's own origin, used in calendar files and links (no trailing slash). */
  PUBLIC_URL: publicUrl.optional(),
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
  /** Worker threads that draw Word and PDF letters; each holds its fonts and one letter (about 500 MB at most). */
  LETTER_WORKERS: z.coerce.number().int().min(1).max(64).default(Math.max(1, availableParallelism() - 1)),
  /** Letters that may wait for a worker; beyond that the service answers "busy" (503). */
  LETTER_QUEUE_MAX: z.coerce.number().int().min(0).max(10_000).default(32),
  ...limits,
}).refine((c) => c.HEADERS_TIMEOUT_MS <= c.REQUEST_TIMEOUT_MS || c.REQUEST_TIMEOUT_MS === 0, {
  path: ['HEADERS_TIMEOUT_MS'],
  error: 'must be no more than REQUEST_TIMEOUT_MS',
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
