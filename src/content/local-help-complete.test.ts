import assert from 'node:assert/strict'
import { test } from 'node:test'
import { loadContent } from './load-content.js'
import { Area, type ContactField } from './schema.js'

// Issue 8: local help is complete for Liverpool and Knowsley. Every detail a family needs is either given or
// marked "not confirmed" (looked for on public pages and not found), never simply missing.

const content = loadContent()

const accounted = (entry: Partial<Record<ContactField, unknown>> & { notConfirmed?: readonly ContactField[] }, fields: ContactField[]) =>
  fields.filter((f) => entry[f] === undefined && !(entry.notConfirmed ?? []).includes(f))

for (const id of ['liverpool', 'knowsley']) {
  test(`${id}: every contact detail is given or marked not confirmed`, () => {
    const area = content.areas.get(id)
    assert.ok(area, `${id} is in content/areas`)
    assert.deepEqual(accounted(area.senTeam, ['phone', 'email', 'address']), [], 'SEN team')
    assert.deepEqual(accounted(area.sendiass, ['phone', 'email', 'address', 'website', 'openingHours']), [], 'SENDIASS')
    assert.deepEqual(accounted(area.mediation, ['phone', 'email', 'website']), [], 'mediation')
    assert.deepEqual(accounted(area.disagreementResolution, ['phone', 'email', 'website']), [], 'disagreement resolution')
    assert.ok(area.complaints.council.website, 'the complaints page')
    assert.match(area.localOffer.website, /^https:\/\//, 'the Local Offer over https')
    // The named providers, not a placeholder such as "Independent mediation service for Liverpool".
    assert.doesNotMatch(area.mediation.name, /independent mediation service/i)
    assert.doesNotMatch(area.disagreementResolution.name, /service for/i)
  })
}

test('a detail cannot be both given and marked not confirmed', () => {
  const area = content.areas.get('liverpool')
  assert.ok(area)
  const bad = { ...area, senTeam: { ...area.senTeam, phone: '0151 233 3000', notConfirmed: ['phone'] } }
  const result = Area.safeParse(bad)
  assert.equal(result.success, false)
  assert.deepEqual(result.error?.issues.map((i) => i.path.join('.')), ['senTeam.notConfirmed'])
})

test('only known details can be marked not confirmed', () => {
  const area = content.areas.get('knowsley')
  assert.ok(area)
  assert.equal(Area.safeParse({ ...area, senTeam: { ...area.senTeam, notConfirmed: ['fax'] } }).success, false)
})
