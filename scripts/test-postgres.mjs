#!/usr/bin/env node
// Runs the database-backed tests against PostgreSQL: TEST_DATABASE_URL (or DATABASE_URL), else the local
// server on 127.0.0.1:5432. REQUIRE_POSTGRES=1 makes an unreachable server fail every test, never skip.
// Each test file creates its own database on that server and drops it afterwards. The HTTP tests (src/web) run
// too: they reach the database through the same harness.
import { existsSync } from 'node:fs'
import { spawnSync } from 'node:child_process'

const url = process.env.TEST_DATABASE_URL || process.env.DATABASE_URL || 'postgres://postgres:postgres@127.0.0.1:5432/postgres'
const folders = (process.argv.length > 2 ? process.argv.slice(2) : ['src/store', 'src/accounts', 'src/mail', 'src/cases', 'src/jobs', 'src/cli', 'src/web']).filter((f) => existsSync(f))
const result = spawnSync(process.execPath, ['scripts/run-tests.mjs', ...folders], {
  stdio: 'inherit',
  env: { ...process.env, TEST_DATABASE_URL: url, REQUIRE_POSTGRES: '1' },
})
process.exit(result.status ?? 1)
