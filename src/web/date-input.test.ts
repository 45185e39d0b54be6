import { test } from 'node:test'
import assert from 'node:assert/strict'
import { dateErrorHref, dateInputParams } from './date-input.js'

// The one date-input field: boxes filled in with what is known, and only the boxes in error marked.

const items = (p: Record<string, unknown>) => p.items as { name: string; value: string; classes: string }[]

test('the boxes come back filled in, and only the wrong ones are marked', () => {
  const params = dateInputParams({ id: 'noticeSentOn', name: 'noticeSentOn', legend: { text: 'When?' }, entered: { day: '5', month: '', year: '2026' }, error: { message: 'The date must include a month', parts: ['month'] } })
  assert.deepEqual(items(params).map((i) => [i.name, i.value, i.classes.includes('govuk-input--error')]), [['day', '5', false], ['month', '', true], ['year', '2026', false]])
  assert.deepEqual(params.errorMessage, { text: 'The date must include a month' })
  assert.equal(dateErrorHref('noticeSentOn', ['month', 'year']), '#noticeSentOn-month')
})

test('an error without parts marks every box; no error marks none', () => {
  const entered = { day: '', month: '', year: '' }
  const wrong = dateInputParams({ id: 'date', name: 'date', legend: { text: 'Date' }, entered, error: { message: 'Enter the date' } })
  assert.ok(items(wrong).every((i) => i.classes.includes('govuk-input--error')))
  assert.ok(items(dateInputParams({ id: 'date', name: 'date', legend: { text: 'Date' }, entered })).every((i) => !i.classes.includes('error')))
  assert.equal(dateErrorHref('date'), '#date-day')
})
