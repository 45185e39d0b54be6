import type { Config } from './config.js'
import { londonClock, type Clock } from './clock.js'
import { loadContent, type Content } from './content/load-content.js'
import { LetterPool } from './letters/index.js'

// Everything with state or I/O that routes need, built in one place and handed to buildApp.
// Routes read `app.services`; they never import a singleton. The store, mailer and job queue
// join this list when they arrive.

export interface Services {
  /** Guidance pages and local directories, loaded from content/ and validated. */
  content: Content
  /** What is today in London. */
  clock: Clock
  /** Worker threads that draw Word and PDF letters off the event loop; closed with the app. */
  letterPool: LetterPool
}

/** The real services, for the server. Content problems stop start-up with every problem listed. */
export function services(config: Config): Services {
  return {
    content: loadContent(),
    clock: londonClock,
    letterPool: new LetterPool({ workers: config.LETTER_WORKERS, queueMax: config.LETTER_QUEUE_MAX }),
  }
}

let sharedContent: Content | undefined

/** Services for tests: real content (loaded once per process) and clock unless overridden. */
export function testServices(overrides: Partial<Services> = {}, config?: Pick<Config, 'LETTER_WORKERS' | 'LETTER_QUEUE_MAX'>): Services {
  const content = overrides.content ?? (sharedContent ??= loadContent())
  // The pool starts its workers on the first letter, so tests that draw none pay nothing for it.
  const letterPool = overrides.letterPool ?? new LetterPool({ workers: config?.LETTER_WORKERS ?? 1, queueMax: config?.LETTER_QUEUE_MAX ?? 32 })
  return { content, clock: londonClock, letterPool, ...overrides }
}
