import assert from 'node:assert/strict'
import { test } from 'node:test'
import { loadContent } from './load-content.js'
import { createGuidanceSearch } from './search.js'
import { localHelpSearchPages } from './search-local-help.js'

const content = loadContent()
const { search } = createGuidanceSearch([...content.guidance, ...localHelpSearchPages(content)])

test("an area's name finds that area's local help first", () => {
  assert.equal(search('Liverpool')[0]?.href, '/local-help?area=liverpool')
  assert.equal(search('knowsley')[0]?.href, '/local-help?area=knowsley')
  assert.equal(search('Knowsley Council')[0]?.href, '/local-help?area=knowsley')
  assert.equal(search('help in Liverpool')[0]?.title, 'Help in Liverpool')
})

test('guidance still comes first for what guidance is about', () => {
  assert.equal(search('deadline')[0]?.href, '/guidance/appeals')
  assert.equal(search('mediation certificate')[0]?.href, '/guidance/mediation')
})
