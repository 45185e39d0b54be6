import { fileURLToPath } from 'node:url'
import { existsSync } from 'node:fs'
import fp from 'fastify-plugin'
import fastifyStatic from '@fastify/static'
import type { FastifyInstance } from 'fastify'

const publicDir = fileURLToPath(new URL('../../../public', import.meta.url))

/** Serves the built stylesheet and icons from public/ under /assets, pre-compressed where the client allows. */
export const staticAssets = fp(async (app: FastifyInstance) => {
  if (!existsSync(`${publicDir}/stylesheets/app.css`)) {
    throw new Error('public/stylesheets/app.css is missing: run `npm run build:assets` (npm start and npm test do it for you).')
  }
  await app.register(fastifyStatic, {
    root: publicDir,
    prefix: '/assets/',
    preCompressed: true,
    maxAge: '1h',
    decorateReply: false,
    index: false,
  })
  // Browsers ask for /favicon.ico on pages without an icon link of their own (a letter's print view, a PDF
  // opened in a tab): send them to the service's icon rather than a 404.
  app.get('/favicon.ico', async (_request, reply) =>
    reply.header('cache-control', 'public, max-age=86400').redirect('/assets/favicon.svg', 301),
  )
})
