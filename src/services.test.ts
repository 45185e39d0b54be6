import { test } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { loadConfig } from './config.js'
import { noJobs } from './jobs/index.js'
import { closeServices, services } from './services.js'

test('SCHEDULED_JOBS=off leaves this instance without the reminder and housekeeping timer; on by default', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sendpath-services-'))
  try {
    for (const [setting, timer] of [[undefined, true], ['off', false]] as const) {
      const made = await services(loadConfig({ DATA_DIR: dir, LOG_LEVEL: 'silent', ...(setting ? { SCHEDULED_JOBS: setting } : {}) }))
      try {
        assert.equal(made.jobs !== noJobs, timer, `SCHEDULED_JOBS=${setting ?? '(unset)'}`)
      } finally {
        await closeServices(made)
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})
