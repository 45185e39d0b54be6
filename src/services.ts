import type { Config } from './config.js'
import { londonClock, type Clock } from './clock.js'
import { loadContent, type Content } from './content/load-content.js'

// Everything with state or I/O that routes need, built in one place and handed to buildApp.
// Routes read `app.services`; they never import a singleton. The store, mailer and job queue
// join this list when they arrive.

export interface Services {
  /** Guidance pages and local directories, loaded from content/ and validated. */
  content: Content
  /** What is today in London. */
  clock: Clock
}

/** The real services, for the server. Content problems stop start-up with every problem listed. */
export function services(_config: Config): Services {
  return { content: loadContent(), clock: londonClock }
}

let sharedContent: Content | undefined

/** Services for tests: real content (loaded once per process) and clock unless overridden. */
export function testServices(overrides: Partial<Services> = {}): Services {
  const content = overrides.content ?? (sharedContent ??= loadContent())
  return { content, clock: londonClock, ...overrides }
}
