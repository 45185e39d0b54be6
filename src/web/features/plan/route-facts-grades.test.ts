import assert from 'node:assert/strict'
import { test } from 'node:test'
import * as law from '../../../law/index.js'
import { ROUTE_FACTS } from './route-facts.js'

// The comparison table cites some of the provisions the engine cites. A provision's evidence
// grade is the law's: when a reading raises or lowers it in src/law, the table must follow, or the
// page would mark the same provision as checked in one place and unchecked in another.

interface Cited {
  source: string
  ref: string
  grade: string
}

/** Every citation-shaped object reachable from `value`. */
function citationsIn(value: unknown, found: Cited[] = [], seen = new Set<unknown>()): Cited[] {
  if (value === null || typeof value !== 'object' || seen.has(value)) return found
  seen.add(value)
  const o = value as Record<string, unknown>
  if (typeof o.source === 'string' && typeof o.ref === 'string' && typeof o.grade === 'string') found.push(o as unknown as Cited)
  for (const child of value instanceof Map ? [...value.values()] : Object.values(o)) citationsIn(child, found, seen)
  return found
}

const key = (c: Cited) => `${c.source} ${c.ref}`

test('a provision has one grade everywhere the law cites it', () => {
  const grades = new Map<string, Set<string>>()
  for (const c of citationsIn(law)) grades.set(key(c), (grades.get(key(c)) ?? new Set()).add(c.grade))
  assert.ok(grades.size > 50, `found the law's citations (${grades.size})`)
  const split = [...grades].filter(([, g]) => g.size > 1).map(([k, g]) => `${k}: ${[...g].join(', ')}`)
  assert.deepEqual(split, [])
})

test('the route comparison grades each provision as the law does', () => {
  const lawGrades = new Map(citationsIn(law).map((c) => [key(c), c.grade]))
  const facts = citationsIn(ROUTE_FACTS)
  assert.ok(facts.length > 20, `found the comparison's citations (${facts.length})`)
  const differ = facts
    .filter((c) => lawGrades.has(key(c)) && lawGrades.get(key(c)) !== c.grade)
    .map((c) => `${key(c)}: ${c.grade} in the comparison, ${lawGrades.get(key(c))} in the law`)
  assert.deepEqual(differ, [])
})
