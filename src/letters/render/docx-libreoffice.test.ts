import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { after, describe, test } from 'node:test'
import { buildLetter, LETTER_TYPES, renderLetter } from '../index.js'
import { AWKWARD, TODAY, VALID } from '../testing/fixtures.js'

// A second word processor reads every .docx: LibreOffice (CI installs it) converts each one to
// XHTML, which must show the letter's words exactly, real h1/h2 headings and a real list.
// Skipped, saying so, where LibreOffice is not installed.

const soffice = ['soffice', 'libreoffice'].find(
  (cmd) => spawnSync(cmd, ['--version'], { timeout: 30_000 }).status === 0,
)

describe('Word compatibility (LibreOffice)', { skip: soffice === undefined && 'LibreOffice is not installed' }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'sendpath-letters-'))
  after(() => rmSync(dir, { recursive: true, force: true }))

  test('every letter opens, with its words, headings and lists', async () => {
    const kinds = new Map<string, Set<string>>()
    for (const type of LETTER_TYPES) {
      const result = buildLetter(type, VALID[type], TODAY)
      assert.ok(result.ok)
      kinds.set(type, new Set(result.model.blocks.map((b) => b.kind)))
      writeFileSync(join(dir, `${type}.docx`), await renderLetter(result.model, 'docx'))
    }
    const run = spawnSync(
      soffice!,
      [
        '--headless',
        '--norestore',
        `-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`,
        '--convert-to',
        'html:XHTML Writer File:UTF8',
        '--outdir',
        join(dir, 'out'),
        ...LETTER_TYPES.map((type) => join(dir, `${type}.docx`)),
      ],
      { timeout: 180_000, encoding: 'utf8' },
    )
    assert.equal(run.status, 0, run.stderr)

    for (const type of LETTER_TYPES) {
      const html = readFileSync(join(dir, 'out', `${type}.html`), 'utf8')
      const text = html
        .replace(/<[^>]+>/g, '')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&apos;|&#39;/g, "'")
        .replace(/&amp;/g, '&')
      for (const value of AWKWARD) assert.ok(text.includes(value), `${type}: LibreOffice lost ${JSON.stringify(value)}`)
      assert.equal((html.match(/<h1[ >]/g) ?? []).length, 1, `${type}: one h1`)
      if (kinds.get(type)?.has('heading')) assert.ok(/<h2[ >]/.test(html), `${type}: h2 headings`)
      if (kinds.get(type)?.has('list')) assert.match(html, /<ul[ >][\s\S]*?<li[ >]/, `${type}: a bulleted list`)
    }
  })
})
