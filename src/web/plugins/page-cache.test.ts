import { test } from 'node:test'
import assert from 'node:assert/strict'
import { PageCache } from './page-cache.js'

const page = (s: string) => Buffer.from(s)

test('a page is kept the second time it is rendered, under its key and the link as sent', () => {
  const cache = new PageCache(2)
  cache.rendered('plan|a', page('A'), 'sent-a')
  assert.equal(cache.get('plan|a'), undefined, 'the first render only notes the key')
  assert.equal(cache.size, 0)
  cache.rendered('plan|a', page('A2'), 'sent-a')
  assert.equal(cache.get('plan|a')?.toString(), 'A2')
  assert.equal(cache.get('sent-a')?.toString(), 'A2')
  cache.alias('other-spelling', cache.get('plan|a')!)
  assert.equal(cache.get('other-spelling')?.toString(), 'A2')
})

test('pages and noted keys are both bounded, least recently used out first', () => {
  const cache = new PageCache(2)
  for (const k of ['a', 'b', 'c']) {
    cache.rendered(k, page(k))
    cache.rendered(k, page(k))
  }
  assert.equal(cache.size, 2)
  assert.equal(cache.get('a'), undefined)
  assert.equal(cache.get('c')?.toString(), 'c')
  // Eight keys noted at most (4 × 2): the first of ten new keys is forgotten, so it is not kept on its second render.
  for (let i = 0; i < 10; i++) cache.rendered(`n${i}`, page('n'))
  cache.rendered('n0', page('n0'))
  assert.equal(cache.get('n0'), undefined)
  cache.rendered('n9', page('n9'))
  assert.equal(cache.get('n9')?.toString(), 'n9')
})

test('a cache of size 0 keeps nothing', () => {
  const cache = new PageCache(0)
  cache.rendered('a', page('a'))
  cache.rendered('a', page('a'))
  assert.equal(cache.get('a'), undefined)
})
