import { after, before, test } from 'node:test'
import assert from 'node:assert/strict'
import type { FastifyInstance } from 'fastify'
import { testApp } from '../../../../test/support/app.js'

let app: FastifyInstance
before(async () => {
  app = await testApp()
})
after(() => app.close())

test('/about explains what is stored: nothing unless saved, answers in the URL, the area cookie, no tracking', async () => {
  const res = await app.inject('/about')
  assert.equal(res.statusCode, 200)
  assert.match(res.body, /<h1 class="govuk-heading-xl">About this service and your privacy<\/h1>/)
  assert.match(res.body, /We do not keep anything about you, unless you choose to save it\./)
  assert.match(res.body, /your answers stay in the web address/)
  assert.match(res.body, /<th scope="row" class="govuk-table__header">area<\/th>/)
  assert.match(res.body, /After 6 months/)
  assert.match(res.body, /<th scope="row" class="govuk-table__header">_csrf<\/th>/)
  assert.match(res.body, /We do not use analytics or advertising/)
  assert.match(res.body, /do not load anything from other websites/)
})

test('/accessibility: WCAG 2.2 AA, no JavaScript needed, how it is tested, how to report a problem', async () => {
  const res = await app.inject('/accessibility')
  assert.equal(res.statusCode, 200)
  assert.match(res.body, /<h1 class="govuk-heading-xl">Accessibility statement<\/h1>/)
  assert.match(res.body, /WCAG\) version 2\.2 at level AA/)
  assert.match(res.body, /JavaScript switched off/)
  assert.match(res.body, /axe-core/)
  assert.match(res.body, /only a keyboard/)
  assert.match(res.body, /320 pixels/)
  assert.match(res.body, /<h2 class="govuk-heading-m" id="report">Tell us about a problem<\/h2>/)
})

test('the footer links to both pages', async () => {
  const res = await app.inject('/')
  assert.match(res.body, /<a class="govuk-footer__link" href="\/about">/)
  assert.match(res.body, /<a class="govuk-footer__link" href="\/accessibility">/)
})
