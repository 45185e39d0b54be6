import assert from 'node:assert/strict'
import { test } from 'node:test'
import { loadContent } from '../../../content/load-content.js'
import type { Area } from '../../../content/schema.js'
import { sendiassLines } from './sendiass-lines.js'

const content = loadContent()
const liverpool = content.areas.get('liverpool')!

test('no area chosen: both areas, sharing one line because they share one SENDIASS', () => {
  assert.deepEqual(sendiassLines(content, undefined), [
    { areaNames: 'Liverpool and Knowsley', name: 'Liverpool & Knowsley SENDIASS', phone: '0800 012 9066' },
  ])
})

test('an area chosen: only its line', () => {
  assert.deepEqual(sendiassLines(content, { id: 'liverpool', area: liverpool }), [
    { areaNames: 'Liverpool', name: 'Liverpool & Knowsley SENDIASS', phone: '0800 012 9066' },
  ])
})

test('"somewhere else": no line, since we have no local number', () => {
  assert.deepEqual(sendiassLines(content, { id: 'other', area: undefined }), [])
})

test('areas with their own services get a line each, in list order', () => {
  const own = (id: string, name: string, order: number, phone: string): Area => ({
    ...liverpool,
    id,
    name,
    order,
    sendiass: { ...liverpool.sendiass, name: `${name} SENDIASS`, phone },
  })
  const areas = new Map([
    ['b', own('b', 'Bee', 2, '0151 000 0002')],
    ['a', own('a', 'Ay', 1, '0151 000 0001')],
  ])
  assert.deepEqual(
    sendiassLines({ areas }, undefined).map((l) => `${l.areaNames}: ${l.phone}`),
    ['Ay: 0151 000 0001', 'Bee: 0151 000 0002'],
  )
})
