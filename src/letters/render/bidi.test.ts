import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { bidiClass, mirrored, paragraphDirection, resolveLevels, visualOrder } from './bidi.js'

/** The display order of a string, one character per unit, as the reader sees it left to right. */
function display(text: string, paragraphLevel?: 0 | 1): string {
  const chars = Array.from(text)
  const level = paragraphLevel ?? (paragraphDirection(text) === 'rtl' ? 1 : 0)
  const classes = chars.map((c) => bidiClass(c.codePointAt(0)!))
  const levels = resolveLevels(classes, level, chars)
  const { order, levels: lv } = visualOrder(levels, classes, level)
  return order.map((i) => (lv[i]! % 2 === 1 ? mirrored(chars[i]!) : chars[i]!)).join('')
}

describe('bidi', () => {
  test('classes the characters a letter meets', () => {
    assert.equal(bidiClass('a'.codePointAt(0)!), 'L')
    assert.equal(bidiClass('ש'.codePointAt(0)!), 'R')
    assert.equal(bidiClass('م'.codePointAt(0)!), 'AL')
    assert.equal(bidiClass('7'.codePointAt(0)!), 'EN')
    assert.equal(bidiClass('٣'.codePointAt(0)!), 'AN')
    assert.equal(bidiClass(' '.codePointAt(0)!), 'WS')
    assert.equal(bidiClass('!'.codePointAt(0)!), 'ON')
    assert.equal(bidiClass('👩'.codePointAt(0)!), 'ON')
  })

  test('the first strong character sets the paragraph direction', () => {
    assert.equal(paragraphDirection('Hello שלום'), 'ltr')
    assert.equal(paragraphDirection('  123 שלום hello'), 'rtl')
    assert.equal(paragraphDirection('مرحبا'), 'rtl')
    assert.equal(paragraphDirection('123'), 'ltr')
  })

  test('left-to-right text is left alone', () => {
    assert.equal(display('Hello, world (1).'), 'Hello, world (1).')
  })

  test('a right-to-left word inside English is reversed in place', () => {
    assert.equal(display('Dear שלום, hi'), 'Dear םולש, hi')
  })

  test('right-to-left words keep their order right to left, numbers stay left to right', () => {
    assert.equal(display('a אב גד b'), 'a דג בא b')
    assert.equal(display('a אב 12 b'), 'a 12 בא b')
  })

  test('a right-to-left paragraph runs from the right, with English inside it left to right', () => {
    assert.equal(display('אב cd גד'), 'דג cd בא')
    assert.equal(display('אב (גד) 2026.'), '.2026 (דג) בא')
  })

  test('brackets take the direction of what they enclose (N0)', () => {
    assert.equal(display('אב and English (text).'), '.and English (text) בא')
  })
})
