import { test } from 'node:test'
import assert from 'node:assert/strict'
import { PageCache } from './page-cache.js'

test('keeps at most max pages, dropping the least recently used', () => {
  const cache = new PageCache(2)
  cache.set('a', Buffer.from('A'))
  cache.set('b', Buffer.from('B'))
  assert.equal(cache.get('a')?.toString(), 'A') // a is now the most recently used
  cache.set('c', Buffer.from('C'))
  assert.equal(cache.get('b'), undefined)
  assert.equal(cache.get('a')?.toString(), 'A')
  assert.equal(cache.get('c')?.toString(), 'C')
  assert.equal(cache.size, 2)
})

test('setting a key again replaces it without growing', () => {
  const cache = new PageCache(2)
  cache.set('a', Buffer.from('A'))
  cache.set('a', Buffer.from('A2'))
  assert.equal(cache.size, 1)
  assert.equal(cache.get('a')?.toString(), 'A2')
})
