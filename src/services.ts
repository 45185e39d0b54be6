import pino from 'pino'
import type { Config } from './config.js'
import { londonClock, type Clock } from './clock.js'
import { loadContent, type Content } from './content/load-content.js'
import { LetterPool } from './letters/index.js'
import { noJobs, scheduledJobs, type Jobs } from './jobs/index.js'
import { createMailer, type Mailer } from './mail/index.js'
import { openStore, type Db, type Store } from './store/database.js'
import { migrate } from './store/migrate.js'

// Everything with state or I/O that routes need, built in one place and handed to buildApp.
// Routes read `app.services`; they never import a singleton. buildApp closes them when the app closes.

export interface Services {
  /** Guidance pages and local directories, loaded from content/ and validated. */
  content: Content
  /** What is today in London, and the instant now. */
  clock: Clock
  /** The database (SQLite under DATA_DIR, or PostgreSQL at DATABASE_URL), migrated. */
  store: Store
  /** Worker threads that draw Word and PDF letters off the event loop; closed with the app. */
  letterPool: LetterPool
  /** Email over SMTP_URL (or the log in development). */
  mailer: Mailer
  /** Reminders and housekeeping on a timer while the server runs. */
  jobs: Jobs
  /** The service's own origin for links in emails: PUBLIC_URL, else http://localhost:PORT. Never the Host header. */
  siteUrl: string
}

export const siteUrlOf = (config: Config) => config.PUBLIC_URL ?? `http://localhost:${config.PORT}`

/**
 * The real services, for the server: content checked (problems stop start-up with every problem listed), the
 * database opened and migrated, the mailer and the job timer made (buildApp starts the timer when ready).
 */
export async function services(config: Config): Promise<Services> {
  const content = loadContent()
  const log = pino({ level: config.LOG_LEVEL })
  const mailer = createMailer({ smtpUrl: config.SMTP_URL, from: config.MAIL_FROM, nodeEnv: config.NODE_ENV }, log)
  const store = openStore({ dataDir: config.DATA_DIR, databaseUrl: config.DATABASE_URL })
  try {
    await migrate(store)
  } catch (error) {
    await store.close()
    mailer.close()
    throw error
  }
  const siteUrl = siteUrlOf(config)
  const jobs = config.SCHEDULED_JOBS === 'off' ? noJobs : scheduledJobs({ db: store.db, mailer, clock: londonClock, caseLink: (id) => `${siteUrl}/cases/${id}` })
  const letterPool = new LetterPool({ workers: config.LETTER_WORKERS, queueMax: config.LETTER_QUEUE_MAX })
  return { content, clock: londonClock, letterPool, store, mailer, jobs, siteUrl }
}

/** Closes what services() opened, in order: the timer (waiting for a run in progress), the letter workers, the mailer, the database. */
export async function closeServices(s: Services): Promise<void> {
  await s.jobs.stop()
  await s.letterPool.close()
  s.mailer.close()
  await s.store.close()
}

let sharedContent: Content | undefined

/** A store for tests that never touch the database: any use says so plainly, instead of a puzzling failure. */
const noStore: Store = {
  db: new Proxy({} as Db, {
    get: () => {
      throw new Error('This test gave buildApp no store: pass testServices({ store: await openTestStore() })')
    },
  }),
  dialect: 'sqlite',
  close: async () => undefined,
}

/** A mailer for tests that send no mail: sending is an error, so a test cannot miss a message silently. */
const noMailer: Mailer = {
  send: async (email) => {
    throw new Error(`This test gave buildApp no mailer, but "${email.subject}" was sent`)
  },
  close: () => undefined,
}

/**
 * Services for tests: real content (loaded once per process) and clock, no store, no mailer and no timer unless
 * given (for example `testServices({ store: await openTestStore(), mailer: smtpMailer(smtp.url, from) })`).
 */
export function testServices(overrides: Partial<Services> = {}, config?: Pick<Config, 'LETTER_WORKERS' | 'LETTER_QUEUE_MAX'>): Services {
  const content = overrides.content ?? (sharedContent ??= loadContent())
  // The pool starts its workers on the first letter, so tests that draw none pay nothing for it.
  const letterPool = overrides.letterPool ?? new LetterPool({ workers: config?.LETTER_WORKERS ?? 1, queueMax: config?.LETTER_QUEUE_MAX ?? 32 })
  return { content, clock: londonClock, letterPool, store: noStore, mailer: noMailer, jobs: noJobs, siteUrl: 'http://localhost:3000', ...overrides }
}
