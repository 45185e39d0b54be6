import { test } from 'node:test'
import assert from 'node:assert/strict'
import { changeWhat } from './view-model.js'

test('the hidden text after "Change" reads as English', () => {
  assert.equal(`Change ${changeWhat('EHC plan')}`, 'Change whether your child has an EHC plan')
  assert.equal(`Change ${changeWhat('Date on the decision letter')}`, 'Change the date on the decision letter')
  assert.equal(`Change ${changeWhat('Where you live')}`, 'Change where you live')
})
