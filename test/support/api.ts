import type { FastifyInstance, LightMyRequestResponse } from 'fastify'
import { createUser } from '../../src/accounts/index.js'

export const PASSWORD = 'correct horse battery staple 7'

/** A verified family account with a bearer token, and a way to call the API as them. */
export async function family(app: FastifyInstance, email: string) {
  const made = await createUser({ db: app.services.store.db, clock: app.services.clock }, { email, password: PASSWORD, role: 'family' })
  if (!made.ok) throw new Error(JSON.stringify(made.problems))
  const session = await app.inject({ method: 'POST', url: '/api/v1/sessions', payload: { email, password: PASSWORD } })
  const token = session.json().token as string
  const call = (method: string, url: string, payload?: unknown, headers: Record<string, string> = {}): Promise<LightMyRequestResponse> =>
    app.inject({ method: method as 'GET', url, headers: { authorization: `Bearer ${token}`, ...headers }, ...(payload === undefined ? {} : { payload: payload as object }) })
  return { id: made.user.id, token, call }
}

/** A multipart body with one file part (and optional fields before it), as a browser or curl -F sends it. */
export function multipartBody(file: { name: string; content: Uint8Array; type?: string }, fields: Record<string, string> = {}) {
  const boundary = '----sendpathTestBoundary7MA4YWxkTrZu0gW'
  const parts: Buffer[] = []
  for (const [name, value] of Object.entries(fields)) parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`))
  parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: ${file.type ?? 'application/octet-stream'}\r\n\r\n`))
  parts.push(Buffer.from(file.content), Buffer.from(`\r\n--${boundary}--\r\n`))
  return { payload: Buffer.concat(parts), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } }
}
