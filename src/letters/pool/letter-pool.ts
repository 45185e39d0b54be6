import { fileURLToPath } from 'node:url'
import { Piscina } from 'piscina'
import type { LetterModel } from '../model.js'
import type { RenderResult, RenderTask } from './render-task.js'

// Word and PDF letters are drawn in worker threads, never on the event loop: one worst-case
// PDF takes a quarter of a second of CPU, and twenty at once held every other request for
// seconds (issue 9). The queue in front of the workers is bounded, so a flood of letters is
// refused quickly (LettersBusyError) instead of growing memory and waits without limit.

export interface LetterPoolOptions {
  /** Worker threads: each holds its own font set (docs/adr/0008-letters-off-the-event-loop.md). */
  workers: number
  /** Letters that may wait for a worker; one more is refused. */
  queueMax: number
}

/** Every worker is busy and the queue is full: try again later. */
export class LettersBusyError extends Error {
  constructor() {
    super('Every letter worker is busy and the queue is full')
  }
}

/**
 * The worker's module. Under tsx (tests, development) it is the .ts file beside this one, and the
 * workers load tsx first; compiled to JavaScript, it is the .js file and needs nothing more.
 */
function workerModule(): { filename: string; execArgv: string[] } {
  const fromTypeScript = import.meta.url.endsWith('.ts')
  const filename = fileURLToPath(new URL(`./render-task.${fromTypeScript ? 'ts' : 'js'}`, import.meta.url))
  if (!fromTypeScript) return { filename, execArgv: process.execArgv }
  const tsx = import.meta.resolve('tsx')
  const loaded = process.execArgv.some((arg) => arg.includes('tsx'))
  return { filename, execArgv: loaded ? process.execArgv : [...process.execArgv, '--import', tsx] }
}

/** Each worker's heap limit (V8's old generation), in MB: about twice the largest letter's need. */
export const WORKER_HEAP_MB = 1_024

export class LetterPool {
  private pool: Piscina<RenderTask, RenderResult> | undefined
  private closed = false

  constructor(private readonly options: LetterPoolOptions) {}

  /** The pool starts its workers on the first letter, so an app that makes none starts none. */
  private started(): Piscina<RenderTask, RenderResult> {
    if (this.pool === undefined) {
      const { filename, execArgv } = workerModule()
      this.pool = new Piscina<RenderTask, RenderResult>({
        filename,
        execArgv,
        minThreads: this.options.workers,
        maxThreads: this.options.workers,
        maxQueue: this.options.queueMax,
        // A worker is kept, with its fonts, rather than started again after a quiet spell.
        idleTimeout: Number.MAX_SAFE_INTEGER,
        // A hard ceiling: a worker whose heap outgrows it is ended and replaced (its letter
        // fails) rather than taking the process down. The largest letter needs about 400 MB.
        resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
      })
    }
    return this.pool
  }

  /** The letter as Word or PDF bytes. Rejects with LettersBusyError when the queue is full. */
  async render(model: LetterModel, format: 'pdf' | 'docx'): Promise<RenderResult> {
    if (this.closed) throw new Error('The letter pool is closed')
    const pool = this.started()
    try {
      return await pool.run({ model, format })
    } catch (error) {
      if (error instanceof Error && /queue is at limit/i.test(error.message)) throw new LettersBusyError()
      throw error
    }
  }

  /** Letters waiting for a worker now. */
  get waiting(): number {
    return this.pool?.queueSize ?? 0
  }

  async close(): Promise<void> {
    this.closed = true
    await this.pool?.destroy()
    this.pool = undefined
  }
}
