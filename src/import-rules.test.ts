import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, posix, relative } from 'node:path'
import { fileURLToPath } from 'node:url'

// The import rule of the developers' guide, enforced: imports point inward, and nothing imports in
// a circle. Layers, innermost first (a file may import its own layer or any layer inside it):
//   0  law                                           pure rules, imports nothing of ours
//   1  clock, config, dates, form-query, lru,        what the service knows and how it is asked
//      journey, letters, content, api
//   2  services, accounts, cases, store, jobs, mail  state and I/O
//   3  web, cli                                      the ways in
// Test files are left out: a test may reach upward to build what it needs.

const LAYERS: Record<string, number> = {
  law: 0,
  'clock.ts': 1,
  'config.ts': 1,
  'dates.ts': 1,
  'form-query.ts': 1,
  'lru.ts': 1,
  journey: 1,
  letters: 1,
  content: 1,
  api: 1,
  'services.ts': 2,
  accounts: 2,
  cases: 2,
  store: 2,
  jobs: 2,
  mail: 2,
  web: 3,
  cli: 3,
}

/** The top-level folder (or file) of a path under src, e.g. "journey" for "journey/engine.ts". */
const partOf = (file: string) => file.split('/')[0] ?? file

const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s*['"](\.[^'"]+)['"]|import\(\s*['"](\.[^'"]+)['"]\s*\)|(?:^|\n)\s*import\s*['"](\.[^'"]+)['"]/g

/** Our own imports of one file, as paths under src ending .ts. */
function importsOf(file: string, source: string): string[] {
  const found: string[] = []
  for (const m of source.matchAll(IMPORT)) {
    const spec = m[1] ?? m[2] ?? m[3]
    if (!spec) continue
    found.push(posix.normalize(posix.join(posix.dirname(file), spec)).replace(/\.js$/, '.ts'))
  }
  return found
}

/** Every broken rule in a set of files (path under src -> source): upward imports and circles. */
export function importProblems(files: Record<string, string>): string[] {
  const problems: string[] = []
  const graph = new Map<string, string[]>()
  for (const [file, source] of Object.entries(files)) {
    const targets = importsOf(file, source).filter((t) => t in files)
    graph.set(file, targets)
    const from = LAYERS[partOf(file)]
    if (from === undefined) problems.push(`${file}: src/${partOf(file)} has no layer in the import rules`)
    for (const target of targets) {
      const to = LAYERS[partOf(target)]
      if (from !== undefined && to !== undefined && to > from) {
        problems.push(`${file} imports ${target}: ${partOf(file)} (layer ${from}) may not import ${partOf(target)} (layer ${to})`)
      }
    }
  }
  // Circles: Tarjan's strongly connected components; any component of two or more files is a circle.
  let index = 0
  const indexOf = new Map<string, number>()
  const low = new Map<string, number>()
  const stack: string[] = []
  const onStack = new Set<string>()
  const visit = (v: string) => {
    indexOf.set(v, index)
    low.set(v, index++)
    stack.push(v)
    onStack.add(v)
    for (const w of graph.get(v) ?? []) {
      if (!indexOf.has(w)) {
        visit(w)
        low.set(v, Math.min(low.get(v)!, low.get(w)!))
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, indexOf.get(w)!))
    }
    if (low.get(v) === indexOf.get(v)) {
      const component: string[] = []
      let w: string
      do {
        w = stack.pop()!
        onStack.delete(w)
        component.push(w)
      } while (w !== v)
      if (component.length > 1 || (graph.get(v) ?? []).includes(v)) problems.push(`import circle: ${component.sort().join(' <-> ')}`)
    }
  }
  for (const v of graph.keys()) if (!indexOf.has(v)) visit(v)
  return problems
}

const src = dirname(fileURLToPath(import.meta.url))

function sourceFiles(dir: string, out: Record<string, string> = {}): Record<string, string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) sourceFiles(path, out)
    else if (name.endsWith('.ts') && !name.endsWith('.test.ts') && !name.endsWith('.d.ts')) {
      out[relative(src, path).split('\\').join('/')] = readFileSync(path, 'utf8')
    }
  }
  return out
}

test('the check finds an upward import and a circle in a fixture', () => {
  const problems = importProblems({
    'law/rule.ts': "import { plan } from '../web/features/plan/view.js'\n",
    'web/features/plan/view.ts': "export const plan = 1\n",
    'journey/a.ts': "import type { B } from './b.js'\nexport type A = B\n",
    'journey/b.ts': "import { x } from './a.js'\nexport type B = 1\n",
    'cli/main.ts': "import { run } from './timeline.js'\n",
    'cli/timeline.ts': "export const run = () => import('./main.js')\n",
  })
  assert.deepEqual(problems.sort(), [
    'import circle: cli/main.ts <-> cli/timeline.ts',
    'import circle: journey/a.ts <-> journey/b.ts',
    'law/rule.ts imports web/features/plan/view.ts: law (layer 0) may not import web (layer 3)',
  ])
})

test('a fixture that keeps the rules passes', () => {
  assert.deepEqual(
    importProblems({
      'law/rule.ts': 'export const rule = 1\n',
      'journey/engine.ts': "import { rule } from '../law/rule.js'\nexport const engine = rule\n",
      'web/app.ts': "import { engine } from '../journey/engine.js'\n",
    }),
    [],
  )
})

test('src keeps the import rules: no import points outward and none goes round in a circle', () => {
  assert.deepEqual(importProblems(sourceFiles(src)), [])
})

// ADR 0002 and the one clock: time is read in src/clock.ts and nowhere else.
const READS_TIME = /\bnew Date\b|\bDate\.(?:UTC|now|parse)\b|\bTemporal\.Now\b|\bIntl\.DateTimeFormat\b/

export const filesReadingTime = (files: Record<string, string>) =>
  Object.entries(files)
    .filter(([file, source]) => file !== 'clock.ts' && READS_TIME.test(source))
    .map(([file]) => file)

test('JS Date and the time of day are read only in src/clock.ts', () => {
  assert.deepEqual(filesReadingTime({ 'web/features/plan/calendar.ts': 'const d = new Date(Date.UTC(2026, 0, 1))', 'clock.ts': 'Temporal.Now.plainDateISO()' }), [
    'web/features/plan/calendar.ts',
  ])
  assert.deepEqual(filesReadingTime(sourceFiles(src)), [])
})
