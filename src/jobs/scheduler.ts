import type { Clock } from '../clock.js'
import type { Mailer } from '../mail/index.js'
import type { Db } from '../store/database.js'
import { sweepExpired } from './housekeeping.js'
import { sendDueReminders } from './reminders.js'

/** Where the scheduler reports: a pino-style logger. */
export interface JobLog {
  info(object: object, message: string): void
  error(object: object, message: string): void
}

/** The background work the server does while it runs. */
export interface Jobs {
  /** Starts the timer; the first run comes shortly after start. */
  start(log: JobLog): void
  /** Stops the timer and waits for a run in progress to finish, so the database can then be closed. */
  stop(): Promise<void>
  /** One run now (reminders, then housekeeping); what the timer calls. */
  runOnce(log: JobLog): Promise<void>
}

export interface JobSettings {
  db: Db
  mailer: Mailer
  clock: Clock
  caseLink?: ((caseId: string) => string) | undefined
  /** Time between runs. Reminders are per day, so a quarter of an hour is plenty. */
  everyMs?: number
  /** Delay before the first run, so start-up is not slowed. */
  firstAfterMs?: number
}

/**
 * Sends due reminders and sweeps expired rows on a timer while the server runs. The timers are unref'd (they
 * never keep the process alive), runs never overlap, and a failed run is logged and tried at the next tick:
 * the work is idempotent (a reminder is marked sent in the transaction that sends it).
 */
export function scheduledJobs(settings: JobSettings): Jobs {
  const { db, mailer, clock, caseLink, everyMs = 15 * 60_000, firstAfterMs = 5_000 } = settings
  let timers: NodeJS.Timeout[] = []
  let running: Promise<void> | undefined

  const runOnce = async (log: JobLog) => {
    const sent = await sendDueReminders({
      db,
      mailer,
      clock,
      today: clock.today(),
      caseLink,
      onError: (err, about) => log.error({ err, ...about }, 'a reminder could not be sent; it will be tried again'),
    })
    const swept = await sweepExpired({ db, clock })
    if (sent > 0) log.info({ sent }, 'reminders sent')
    if (swept.sessions + swept.tokens + swept.signInAttempts > 0) log.info({ swept }, 'expired rows removed')
  }

  const tick = (log: JobLog) => {
    if (running) return
    running = runOnce(log)
      .catch((err: unknown) => log.error({ err }, 'the scheduled jobs failed; they will run again at the next tick'))
      .finally(() => {
        running = undefined
      })
  }

  return {
    runOnce,
    start(log) {
      if (timers.length > 0) return
      timers = [setTimeout(() => tick(log), firstAfterMs), setInterval(() => tick(log), everyMs)]
      for (const t of timers) t.unref()
    },
    async stop() {
      for (const t of timers) clearTimeout(t)
      timers = []
      await running
    },
  }
}

/** Jobs that do nothing: for tests and tools that must not send mail on a timer. */
export const noJobs: Jobs = { start: () => undefined, stop: async () => undefined, runOnce: async () => undefined }
