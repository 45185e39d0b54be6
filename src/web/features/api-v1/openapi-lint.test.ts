import { test } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { testApp } from '../../../../test/support/app.js'

const cli = fileURLToPath(new URL('../../../../node_modules/@redocly/cli/bin/cli.js', import.meta.url))

// The OpenAPI document the service serves passes `redocly lint` with its recommended rules (offline: no
// telemetry, no update check), and declares what clients need: the bearer scheme, servers, operation ids.
test('the served OpenAPI document passes redocly lint (recommended rules)', { timeout: 120_000 }, async () => {
  const app = await testApp()
  const doc = (await app.inject('/api/v1/openapi.json')).json()
  await app.close()
  assert.deepEqual(doc.components.securitySchemes.bearerAuth, { type: 'http', scheme: 'bearer', description: doc.components.securitySchemes.bearerAuth.description })
  for (const [path, methods] of Object.entries(doc.paths as Record<string, Record<string, { operationId?: string }>>)) {
    for (const [method, operation] of Object.entries(methods)) assert.ok(operation.operationId, `${method} ${path} has an operationId`)
  }
  assert.deepEqual(doc.paths['/api/v1/sessions'].post.security, [])
  assert.equal(doc.paths['/api/v1/cases'].get.security, undefined, 'case routes use the default: the bearer token')

  const dir = mkdtempSync(join(tmpdir(), 'sendpath-openapi-'))
  try {
    const file = join(dir, 'openapi.json')
    writeFileSync(file, JSON.stringify(doc))
    const lint = spawnSync(process.execPath, [cli, 'lint', '--extends=recommended', '--format=stylish', file], {
      encoding: 'utf8',
      cwd: dir,
      env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', NO_COLOR: '1' },
    })
    assert.equal(lint.status, 0, `${lint.stdout}\n${lint.stderr}`)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})
