import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { after, describe, test } from 'node:test'
import { buildLetter, LETTER_TYPES, renderLetter } from '../index.js'
import { readPdf } from '../testing/extract.js'
import { AWKWARD, MARKUP, TEMPLATE_SYNTAX, TODAY, VALID } from '../testing/fixtures.js'

// A second word processor reads every .docx: LibreOffice (CI installs it) converts each one to
// XHTML, which must show the letter's words exactly, real h1/h2 headings and a real list, and
// to PDF. On a development machine without LibreOffice the suite is skipped, saying so; in CI
// (CI=true) a missing LibreOffice fails it, so the check can never quietly stop running.

const soffice = ['soffice', 'libreoffice'].find(
  (cmd) => spawnSync(cmd, ['--version'], { timeout: 30_000 }).status === 0,
)
const inCi = process.env.CI === 'true'
const skip =
  soffice === undefined && !inCi
    ? 'LibreOffice is not installed (apt-get install libreoffice-writer-nogui); CI fails here instead of skipping'
    : false

const convert = (dir: string, to: string, files: string[]) =>
  spawnSync(
    soffice!,
    [
      '--headless',
      '--norestore',
      `-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`,
      '--convert-to',
      to,
      '--outdir',
      join(dir, to.split(':')[0]!),
      ...files,
    ],
    { timeout: 180_000, encoding: 'utf8' },
  )

describe('Word compatibility (LibreOffice)', { skip }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'sendpath-letters-'))
  after(() => rmSync(dir, { recursive: true, force: true }))

  test('LibreOffice is installed', () => {
    assert.ok(soffice, 'LibreOffice is not installed, and CI=true: install libreoffice-writer-nogui')
  })

  test('every letter opens, with its words, headings and lists', async () => {
    assert.ok(soffice, 'LibreOffice is not installed')
    const kinds = new Map<string, Set<string>>()
    for (const type of LETTER_TYPES) {
      const result = buildLetter(type, VALID[type], TODAY)
      assert.ok(result.ok)
      kinds.set(type, new Set(result.model.blocks.map((b) => b.kind)))
      writeFileSync(join(dir, `${type}.docx`), await renderLetter(result.model, 'docx'))
    }
    const run = convert(
      dir,
      'html:XHTML Writer File:UTF8',
      LETTER_TYPES.map((type) => join(dir, `${type}.docx`)),
    )
    assert.equal(run.status, 0, run.stderr)

    for (const type of LETTER_TYPES) {
      const html = readFileSync(join(dir, 'html', `${type}.html`), 'utf8')
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

  test('every letter converts to PDF (libreoffice --convert-to pdf) with the family\'s words', async () => {
    assert.ok(soffice, 'LibreOffice is not installed')
    const files = LETTER_TYPES.map((type) => join(dir, `${type}.docx`))
    for (const [i, type] of LETTER_TYPES.entries()) {
      const result = buildLetter(type, VALID[type], TODAY)
      assert.ok(result.ok)
      writeFileSync(files[i]!, await renderLetter(result.model, 'docx'))
    }
    const run = convert(dir, 'pdf', files)
    assert.equal(run.status, 0, run.stderr)
    for (const type of LETTER_TYPES) {
      const pdf = readFileSync(join(dir, 'pdf', `${type}.pdf`))
      assert.equal(pdf.subarray(0, 5).toString('latin1'), '%PDF-', `${type}: a PDF`)
      const { text } = await readPdf(pdf)
      const flat = text.replace(/\s+/g, ' ')
      for (const value of [MARKUP, TEMPLATE_SYNTAX]) {
        assert.ok(flat.includes(value), `${type}: the PDF lost ${JSON.stringify(value)}`)
      }
    }
  })
})
