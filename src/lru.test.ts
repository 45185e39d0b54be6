import { test } from 'node:test'
import assert from 'node:assert/strict'
import { Lru } from './lru.js'

test('keeps at most max entries, dropping the least recently used', () => {
  const cache = new Lru<string>(2)
  cache.set('a', 'A')
  cache.set('b', 'B')
  assert.equal(cache.get('a'), 'A') // a is now the most recently used
  cache.set('c', 'C')
  assert.equal(cache.get('b'), undefined)
  assert.equal(cache.get('a'), 'A')
  assert.equal(cache.get('c'), 'C')
  assert.equal(cache.size, 2)
})

test('setting a key again replaces it without growing', () => {
  const cache = new Lru<string>(2)
  cache.set('a', 'A')
  cache.set('a', 'A2')
  assert.equal(cache.size, 1)
  assert.equal(cache.get('a'), 'A2')
})
