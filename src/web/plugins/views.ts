import { fileURLToPath } from 'node:url'
import fp from 'fastify-plugin'
import view from '@fastify/view'
import nunjucks from 'nunjucks'
import type { FastifyInstance, FastifyReply } from 'fastify'
import { formatIsoDate } from '../../law/index.js'

const views = fileURLToPath(new URL('../views', import.meta.url))
const govuk = fileURLToPath(new URL('../../../node_modules/govuk-frontend/dist', import.meta.url))

declare module 'fastify' {
  interface FastifyReply {
    /** Renders a page with the values every page shares (the current path). */
    page(template: string, data?: Record<string, unknown>): FastifyReply
  }
}

/** Nunjucks with GOV.UK Frontend's macros; autoescaping on, so user text is always escaped. */
export const views_ = fp(async (app: FastifyInstance) => {
  await app.register(view, {
    engine: { nunjucks },
    templates: [views, govuk],
    options: {
      autoescape: true,
      throwOnUndefined: false,
      // Templates are compiled once and kept: config.ts is the only reader of the environment.
      noCache: false,
      onConfigure: (env: nunjucks.Environment) => {
        env.addFilter('govukDate', (iso: unknown) => formatIsoDate(String(iso ?? '')))
      },
    },
  })
  app.decorateReply('page', function (this: FastifyReply, template: string, data: Record<string, unknown> = {}) {
    void this.type('text/html; charset=utf-8').view(template, { currentPath: this.request.url, ...data })
    return this
  })
})
export { views_ as views }
