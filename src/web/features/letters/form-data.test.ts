import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { buildLetter } from '../../../letters/index.js'
import { TODAY } from '../../../letters/testing/fixtures.js'
import { emptyState, formErrors, formFor, prefillFromQuery, stateFromBody, toLetterInput } from './form-data.js'

const complaint = formFor('complaint')
const content = {
  areas: new Map([
    [
      'liverpool',
      {
        id: 'liverpool',
        name: 'Liverpool',
        localAuthority: 'Liverpool City Council',
        senTeam: { name: 'Liverpool City Council SEN Team' },
        mediation: { name: 'Liverpool mediation' },
        disagreementResolution: { name: 'Liverpool disagreement resolution' },
        complaints: { council: { name: 'Complaints' } },
      },
    ],
  ]),
} as unknown as Parameters<typeof prefillFromQuery>[2]

const base = {
  'sender.name': 'Sam',
  'sender.address': '1 Road',
  'recipient.organisation': 'Oak School',
  'recipient.address': '2 Lane',
  'child.name': 'Kit',
}

const errorsFor = (type: Parameters<typeof formFor>[0], body: Record<string, string>) => {
  const form = formFor(type)
  const state = stateFromBody(form, body)
  const conversion = toLetterInput(form, state)
  const result = buildLetter(type, conversion.input, TODAY)
  return formErrors(form, state, conversion, result.ok ? [] : result.problems)
}

describe('letter forms', () => {
  test('a new complaint form shows 3 issues and suggests 20 working days', () => {
    const state = emptyState(complaint)
    assert.deepEqual(state.counts, { issues: 3 })
    assert.equal(state.values.respondWithinWorkingDays, '20')
  })

  test('blank issues are left out, and errors point at the box the issue was typed in', () => {
    const body = { ...base, 'issues.2.what': 'No reply', 'date-day': '2', 'date-month': '11', 'date-year': '2026' }
    const form = complaint
    const state = stateFromBody(form, body)
    const conversion = toLetterInput(form, state)
    assert.deepEqual(conversion.input.issues, [{ what: 'No reply', when: '', wantedOutcome: '' }])
    assert.deepEqual(conversion.itemIndex.issues, [2])
    const errors = errorsFor('complaint', body)
    assert.deepEqual(
      errors.map((e) => [e.path, e.href, e.message]),
      [['issues.2.wantedOutcome', '#issues-2-wantedOutcome', 'Enter what you want to happen']],
    )
  })

  test('no issues at all: the error is on the first box', () => {
    const errors = errorsFor('complaint', base)
    assert.deepEqual(
      errors.map((e) => [e.href, e.message]),
      [['#issues-0-what', 'Add at least one thing you are complaining about']],
    )
  })

  test('dates in parts: missing parts, letters, impossible dates and short years, in GOV.UK words', () => {
    const issue = { 'issues.0.what': 'x', 'issues.0.wantedOutcome': 'y' }
    const dob = (day: string, month: string, year: string) =>
      errorsFor('complaint', {
        ...base,
        ...issue,
        'child.dateOfBirth-day': day,
        'child.dateOfBirth-month': month,
        'child.dateOfBirth-year': year,
      }).map((e) => [e.href, e.message, e.parts])
    assert.deepEqual(dob('', '', ''), [])
    assert.deepEqual(dob('4', '', '2016'), [
      ['#child-dateOfBirth-month', 'Date of birth must include a month', ['month']],
    ])
    assert.deepEqual(dob('', '', '2016'), [
      ['#child-dateOfBirth-day', 'Date of birth must include a day and month', ['day', 'month']],
    ])
    assert.deepEqual(dob('a', '5', '2016'), [['#child-dateOfBirth-day', 'Date of birth must be a real date', ['day']]])
    assert.deepEqual(dob('31', '2', '2016'), [['#child-dateOfBirth-day', 'Date of birth must be a real date', ['day']]])
    assert.deepEqual(dob('3', '13', '2016'), [
      ['#child-dateOfBirth-month', 'Date of birth must be a real date', ['month']],
    ])
    assert.deepEqual(dob('3', '5', '16'), [['#child-dateOfBirth-year', 'Year must include 4 numbers', ['year']]])
    assert.deepEqual(dob('3', '5', '2099'), [
      ['#child-dateOfBirth-day', 'Date of birth must be on or before the date of the letter', undefined],
    ])
  })

  test('a required date left blank says what to enter, without the API’s YYYY-MM-DD', () => {
    const errors = errorsFor('mediation-reply', { ...base, choice: 'certificate-only' })
    assert.deepEqual(
      errors.map((e) => [e.href, e.message]),
      [['#decisionDate-day', 'Enter the date of the decision letter']],
    )
  })

  test('yes and no answers become true and false; a radio error links to the first option', () => {
    const form = formFor('records-request')
    const state = stateFromBody(form, { ...base, requesterIsYoungPerson: 'yes' })
    const { input } = toLetterInput(form, state)
    assert.equal(input.requesterIsYoungPerson, true)
    const errors = errorsFor('records-request', base)
    assert.deepEqual(
      errors.map((e) => e.href),
      ['#recordsHeldBy'],
    )
  })

  test('group counts come from the form, never beyond the most allowed', () => {
    assert.equal(stateFromBody(complaint, { '_count.issues': '7' }).counts.issues, 7)
    assert.equal(stateFromBody(complaint, { '_count.issues': '99' }).counts.issues, 10)
    assert.equal(stateFromBody(complaint, { '_count.issues': 'x' }).counts.issues, 3)
    assert.equal(stateFromBody(complaint, { 'issues.5.what': 'x' }).counts.issues, 6)
    assert.equal(stateFromBody(complaint, { 'issues.50.what': 'x' }).counts.issues, 3)
  })

  test('prefill: dates and choices from the link, the recipient from the area directory', () => {
    const chase = prefillFromQuery(
      formFor('chase-late-decision'),
      { limit: 'assessment-decision', startedOn: '2026-09-01', area: 'Liverpool' },
      content,
    )
    assert.equal(chase.state.values.limit, 'assessment-decision')
    assert.deepEqual(
      ['day', 'month', 'year'].map((p) => chase.state.values[`startedOn-${p}`]),
      ['1', '9', '2026'],
    )
    assert.equal(chase.state.values['recipient.organisation'], 'Liverpool City Council SEN Team')
    assert.deepEqual(chase.filledFrom, { areaName: 'Liverpool', organisation: 'Liverpool City Council SEN Team' })

    const wrong = prefillFromQuery(
      formFor('chase-late-decision'),
      { limit: 'soon', startedOn: '1/9/2026', area: 'nowhere' },
      content,
    )
    assert.equal(wrong.state.values.limit, undefined)
    assert.equal(wrong.state.values['startedOn-day'], undefined)
    assert.equal(wrong.filledFrom, undefined)

    const named = prefillFromQuery(
      formFor('mediation-reply'),
      { area: 'liverpool', 'recipient.organisation': 'My adviser', 'sender.name': 'Ann <b>' },
      content,
    )
    assert.equal(named.state.values['recipient.organisation'], 'My adviser')
    assert.equal(named.state.values['sender.name'], 'Ann <b>')
    assert.equal(named.filledFrom, undefined)

    const complaintForm = prefillFromQuery(complaint, { area: 'liverpool' }, content)
    assert.equal(complaintForm.state.values['recipient.organisation'], undefined, 'a complaint may be about a school')
    assert.equal(complaintForm.area?.localAuthority, 'Liverpool City Council')
  })
})
