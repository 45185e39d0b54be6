import { after, before, test } from 'node:test'
import assert from 'node:assert/strict'
import type { FastifyInstance } from 'fastify'
import { testApp } from '../../../../test/support/app.js'

let app: FastifyInstance
before(async () => {
  app = await testApp()
})
after(() => app.close())

test('the home page says what the service is, with a green start button to /start', async () => {
  const res = await app.inject('/')
  assert.equal(res.statusCode, 200)
  assert.match(res.body, /<h1 class="govuk-heading-xl">Disagree with a decision about special educational needs\?<\/h1>/)
  assert.match(res.body, /<a href="\/start" role="button" draggable="false" class="govuk-button govuk-button--start"[^>]*>\s*Find out what you can do/)
  assert.match(res.body, /information, not legal advice/)
})

test('the home page links to guidance, letters and local help', async () => {
  const links = /data-testid="home-links">([\s\S]*?)<\/ul>/.exec((await app.inject('/')).body)?.[1] ?? ''
  for (const href of ['/guidance', '/letters', '/local-help']) assert.match(links, new RegExp(`<a class="govuk-link" href="${href}">`), href)
})

test('the home page gives the SENDIASS phone number: every area\'s with none chosen, the chosen area\'s otherwise', async () => {
  const line = (body: string) => /data-testid="sendiass-phone">([\s\S]*?)<\/div>/.exec(body)?.[1] ?? ''
  const none = line((await app.inject('/')).body)
  assert.match(none, /Free advice in Liverpool and Knowsley: call Liverpool &amp; Knowsley SENDIASS on <a [^>]*href="tel:08000129066">0800 012 9066<\/a>/)
  const chosen = line((await app.inject({ url: '/', cookies: { area: 'knowsley' } })).body)
  assert.match(chosen, /Free advice in Knowsley: call/)
  assert.equal(line((await app.inject({ url: '/', cookies: { area: 'other' } })).body), '')
})
