import assert from 'node:assert/strict'
import { test } from 'node:test'
import { areaIds, findArea } from './areas.js'
import { loadContent } from './load-content.js'

const content = loadContent()

test('areaIds lists the areas in a stable order', () => {
  assert.deepEqual(areaIds(content), ['knowsley', 'liverpool'])
})

test('findArea finds a known area, forgiving case and spaces', () => {
  const found = findArea(content, ' Liverpool ')
  assert.equal(found.known, true)
  assert.equal(found.area?.localAuthority, 'Liverpool City Council')
})

test('findArea says when we have no local details', () => {
  for (const id of ['leeds', '', 'national', '__proto__', undefined]) {
    assert.deepEqual(findArea(content, id), { area: undefined, known: false })
  }
})
