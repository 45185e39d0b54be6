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
})
