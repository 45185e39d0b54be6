import type { FastifyError, FastifyInstance, FastifyReply } from 'fastify'
import { areaList, findArea } from '../../../content/areas.js'
import type { Area } from '../../../content/schema.js'
import { AREA_COOKIE, OTHER_AREA, areaCookieOptions, chosenArea } from './area-cookie.js'

export interface LocalHelpOptions {
  /** Send the area cookie over HTTPS only (production). */
  secureCookies?: boolean
}

const firstString = (value: unknown): string | undefined => {
  const v = Array.isArray(value) ? value[0] : value
  return typeof v === 'string' ? v : undefined
}

/** How the page came to show an area: a shared link (?area=), the saved choice, or nothing yet. */
type Source = 'link' | 'cookie'

interface Shown {
  /** What was asked for, as typed: an area id, "other", or anything else (unknown). */
  id: string
  area: Area | undefined
  source: Source
}

const FIELD_ERRORS = {
  missing: 'Select the area you live in, or select somewhere else in England',
  csrf: 'Your choice was not saved because the page had expired. Select your area again',
} as const

/**
 * Local directories. The person chooses their area once (POST, stored in the `area` cookie); a link
 * with ?area=<id> shows an area without storing anything. Areas we have no details for get the
 * national directory and say so.
 */
export async function localHelpRoutes(app: FastifyInstance, opts: LocalHelpOptions) {
  const { content } = app.services
  // The order comes from content/areas/*.yaml: adding a file adds an area here.
  const areas = areaList(content)
  const cookieOptions = areaCookieOptions(opts.secureCookies ?? false)

  const radioItems = (checked: string | undefined) => [
    ...areas.map((a) => ({ value: a.id, text: a.name, checked: a.id === checked })),
    { divider: 'or' },
    { value: OTHER_AREA, text: 'Somewhere else in England', checked: checked === OTHER_AREA },
  ]

  function render(reply: FastifyReply, shown: Shown | undefined, error?: keyof typeof FIELD_ERRORS) {
    const message = error ? FIELD_ERRORS[error] : undefined
    const title = shown?.area ? `Help in ${shown.area.name}` : shown ? 'Help where you live' : 'Find help where you live'
    return reply.page('local-help/index.njk', {
      title,
      shown,
      unknownArea: shown !== undefined && shown.area === undefined,
      knownAreaNames: areas.map((a) => a.name),
      national: content.national,
      nationalById: Object.fromEntries(content.national.map((s) => [s.id, s])),
      csrfToken: reply.generateCsrf(),
      radioItems: radioItems(shown?.area?.id ?? (shown?.id === OTHER_AREA ? OTHER_AREA : undefined)),
      errorMessage: message ? { text: message } : undefined,
      errorList: message ? [{ text: message, href: '#area' }] : [],
    })
  }

  app.get<{ Querystring: { area?: string | string[] } }>('/local-help', async (request, reply) => {
    const asked = firstString(request.query.area)?.trim()
    if (asked) {
      const id = asked.toLowerCase()
      const lookup = id === OTHER_AREA ? undefined : findArea(content, id)
      return render(reply, { id, area: lookup?.area, source: 'link' })
    }
    const saved = chosenArea(request)
    return render(reply, saved ? { ...saved, source: 'cookie' } : undefined)
  })

  app.post<{ Body: { area?: unknown } | undefined }>(
    '/local-help',
    {
      // After the body is parsed, so the token can come from the form's hidden _csrf field.
      preValidation: app.csrfProtection,
      errorHandler: (error: FastifyError, request, reply) => {
        // An expired or missing token is not the person's fault: ask again rather than show an error page.
        if (error.code === 'FST_CSRF_INVALID_TOKEN' || error.code === 'FST_CSRF_MISSING_SECRET') {
          return render(reply.code(403), undefined, 'csrf')
        }
        throw error
      },
    },
    async (request, reply) => {
      const value = firstString(request.body?.area)
      const valid = value === OTHER_AREA || (value !== undefined && content.areas.has(value))
      if (!valid) return render(reply.code(400), undefined, 'missing')
      return reply.setCookie(AREA_COOKIE, value, cookieOptions).redirect('/local-help', 303)
    },
  )
}
