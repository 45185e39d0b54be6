import { test } from 'node:test'
import assert from 'node:assert/strict'
import { formEncode, formQuery } from './form-query.js'

const TEXTS = ['2026-11-27', 'plan-contents', 'A_b.c*-', '', 'two words', 'a+b=c&d', "it's (fine)!~", 'café', 'مرحبا', '😀', '\uD800 lone', '100%', '/journey/x?y=1#z', 'Wirral <b>&']

test('each text is written exactly as URLSearchParams writes it', () => {
  for (const text of TEXTS) assert.equal(formEncode(text), new URLSearchParams([['', text]]).toString().slice(1), text)
})

test('a query string of pairs, in order, as URLSearchParams writes it', () => {
  const pairs = TEXTS.map((t, i) => [`k${i} x`, t] as const)
  assert.equal(formQuery(pairs), new URLSearchParams(pairs.map(([k, v]) => [k, v])).toString())
  assert.equal(formQuery([]), '')
  assert.equal(formQuery([['a', '1'], ['a', '2']]), 'a=1&a=2')
})
