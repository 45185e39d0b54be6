import type { CookieSerializeOptions } from '@fastify/cookie'
import type { FastifyRequest } from 'fastify'
import type { Area } from '../../../content/schema.js'

// The person's area, chosen once on /local-help. Not personal data: just which directory to show.

export const AREA_COOKIE = 'area'
/** The value stored for "Somewhere else in England". */
export const OTHER_AREA = 'other'
const MAX_AGE_SECONDS = 180 * 24 * 60 * 60

export type AreaChoice = { id: string; area: Area } | { id: typeof OTHER_AREA; area: undefined }

export const areaCookieOptions = (secure: boolean): CookieSerializeOptions => ({
  httpOnly: true,
  sameSite: 'lax',
  path: '/',
  maxAge: MAX_AGE_SECONDS,
  secure,
})

/**
 * The area the person chose, read from the `area` cookie: a known area, "other", or undefined when
 * nothing (or nothing we recognise, such as an area since removed) has been chosen.
 */
export function chosenArea(request: FastifyRequest): AreaChoice | undefined {
  const value = request.cookies[AREA_COOKIE]
  if (value === OTHER_AREA) return { id: OTHER_AREA, area: undefined }
  const area = value ? request.server.services.content.areas.get(value) : undefined
  return area ? { id: area.id, area } : undefined
}
