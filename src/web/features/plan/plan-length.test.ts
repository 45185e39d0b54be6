import { after, before, describe, test } from 'node:test'
import assert from 'node:assert/strict'
import type { FastifyInstance } from 'fastify'
import { testApp } from '../../../../test/support/app.js'
import { visibleText, visibleWordCount } from './visible-words.js'

// Issue 8: a frightened parent reads the refused-assessment plan in one go. At most 900 words
// outside collapsed <details>; the reasoning (comparison, citations, grades) sits inside them.

const REFUSED = '/plan?decision=refuse-assessment&noticeSentOn=2026-10-26&area=liverpool&today=2026-11-27'
const LIMIT = 900

let app: FastifyInstance
before(async () => {
  app = await testApp()
})
after(() => app.close())

describe('the plan is short', () => {
  test('the words counted leave out collapsed <details> but keep their summary', () => {
    const html = '<html><head><title>x y</title></head><body><p>one two</p><details><summary>three</summary><p>four five</p></details><details open><p>six</p></details></body></html>'
    assert.equal(visibleText(html), 'one two three six')
    assert.equal(visibleWordCount(html), 4)
  })

  test(`the refused-assessment plan has at most ${LIMIT} words outside <details>`, async () => {
    const res = await app.inject({ url: REFUSED })
    assert.equal(res.statusCode, 200)
    const words = visibleWordCount(res.body)
    if (process.env.PLAN_WORDS) console.log(`refused-assessment plan: ${words} words outside <details>`)
    assert.ok(words <= LIMIT, `${words} words outside <details>`)
  })
})
