import assert from 'node:assert/strict'
import { test } from 'node:test'
import { Temporal } from 'temporal-polyfill'
import { buildLetter } from './index.js'
import { VALID } from './testing/fixtures.js'

// Issue 9, finding 7: direction overrides and isolates could make a letter read other than it
// looks ("Sam \u202Egnp.exe" shows as "Sam exe.png"), so each letter field refuses them plainly.

const TODAY = Temporal.PlainDate.from('2026-11-02')
const CONTROLS = ['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069']

test('every direction control is refused in a letter field, with a message that says why', () => {
  for (const control of CONTROLS) {
    const input = { ...VALID.complaint, sender: { ...VALID.complaint.sender, name: `Sam ${control}gnp.exe` } }
    const result = buildLetter('complaint', input, TODAY)
    assert.equal(result.ok, false, `U+${control.codePointAt(0)!.toString(16).toUpperCase()} accepted`)
    if (!result.ok) {
      assert.deepEqual(result.problems, [
        { field: 'sender.name', message: 'Your name contains a hidden character that changes the direction of the text, so it may not read as it looks. Remove it' },
      ])
    }
  }
})

test('in lists too: an issue that hides an override is refused', () => {
  const input = { ...VALID.complaint, issues: [{ what: 'The therapy \u2067stopped\u2069', wantedOutcome: 'It starts again' }] }
  const result = buildLetter('complaint', input, TODAY)
  assert.equal(result.ok, false)
  if (!result.ok) assert.equal(result.problems[0]?.field, 'issues.0.what')
})

test('right-to-left writing needs no control and is kept: Arabic, with the marks U+200E and U+200F', () => {
  const input = { ...VALID.complaint, sender: { ...VALID.complaint.sender, name: 'سام جونز\u200F' } }
  assert.equal(buildLetter('complaint', input, TODAY).ok, true)
})
