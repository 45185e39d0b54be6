import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { negotiate } from './negotiate.js'

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'

describe('Accept negotiation for letters', () => {
  test('no Accept header, or one that takes anything, gets a PDF', () => {
    assert.equal(negotiate(undefined), 'pdf')
    assert.equal(negotiate(''), 'pdf')
    assert.equal(negotiate('*/*'), 'pdf')
    assert.equal(negotiate('application/*'), 'pdf')
  })

  test('each format by its media type', () => {
    assert.equal(negotiate('application/pdf'), 'pdf')
    assert.equal(negotiate(DOCX), 'docx')
    assert.equal(negotiate('text/html'), 'html')
    assert.equal(negotiate('text/*'), 'html')
    assert.equal(negotiate('TEXT/HTML; charset=utf-8'), 'html')
  })

  test('quality values choose between them; the most specific range decides', () => {
    assert.equal(negotiate('text/html;q=0.5, application/pdf;q=0.9'), 'pdf')
    assert.equal(negotiate(`application/pdf;q=0.5, ${DOCX}`), 'docx')
    assert.equal(negotiate('text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8'), 'html')
    assert.equal(negotiate('application/json, */*;q=0.1'), 'pdf')
    assert.equal(negotiate('*/*, application/pdf;q=0'), 'docx')
    assert.equal(negotiate(['text/plain', 'text/html']), 'html')
  })

  test('nothing acceptable gives undefined (406)', () => {
    assert.equal(negotiate('application/json'), undefined)
    assert.equal(negotiate('image/png, text/plain'), undefined)
    assert.equal(negotiate('application/pdf;q=0'), undefined)
  })
})
