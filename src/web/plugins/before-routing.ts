import { STATUS_CODES } from 'node:http'
import type { Socket } from 'node:net'
import fp from 'fastify-plugin'
import type { ConnectionError, FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { sendProblem } from './errors.js'
import { isApiUrl, securityHeaders } from './security.js'

// Failures that happen before any route or hook runs: a URL the router cannot decode (Fastify's
// frameworkErrors), and a request Node cannot parse or that arrives too slowly (clientError, on
// the raw socket). Both get the house: the GOV.UK error page, or the API's problem body, with the
// same security headers as every other response. Never Fastify's raw JSON.

interface Answer {
  status: number
  title: string
  message: string
}

const BAD_URL: Answer = {
  status: 400,
  title: 'Sorry, that address is not right',
  message: 'Check the address for mistakes, or go back and try again.',
}

/** What Node's parser or timers found wrong, as an answer for the family or the API client. */
function clientAnswer(code: string): Answer {
  if (code === 'ERR_HTTP_REQUEST_TIMEOUT') {
    return { status: 408, title: 'Sorry, your request took too long to arrive', message: 'Check your connection, then try again.' }
  }
  if (code === 'HPE_HEADER_OVERFLOW') {
    return { status: 431, title: 'Sorry, that request is too long', message: 'Check the address is right, then try again, or start again from the home page.' }
  }
  return { status: 400, title: 'Sorry, there is a problem with that request', message: 'Go back and try again.' }
}

/** The title as the API's sentence: "Sorry, that address is not right" -> "That address is not right." */
const apiSentence = ({ title }: Answer) => `${title.replace(/^Sorry, (.)/, (_, c: string) => c.toUpperCase())}.`
const apiBody = (answer: Answer) => JSON.stringify({ error: apiSentence(answer), details: [{ field: '(request)', message: answer.message }] })

/** The request line's path, if Node kept the start of the packet: "/api/v1/timeline". */
function pathOf(error: ConnectionError): string {
  const packet: unknown = error.rawPacket
  if (!Buffer.isBuffer(packet)) return ''
  const line = packet.toString('latin1', 0, 256)
  return /^[A-Z]+ (\/\S*)/.exec(line)?.[1] ?? ''
}

export function beforeRouting() {
  // These errors are answered outside any route (Fastify gives a bare reply, or only the socket),
  // so their pages are rendered once when the app is ready: they depend on nothing in the request.
  const pages = new Map<string, string>()
  const page = (answer: Answer) => pages.get(answer.title) ?? `${answer.title}. ${answer.message}`

  const frameworkError = (error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    void reply.headers(securityHeaders(request.url))
    const answer = error.code === 'FST_ERR_BAD_URL' ? BAD_URL : { ...clientAnswer(''), status: error.statusCode ?? 400 }
    if (isApiUrl(request.url)) return sendProblem(reply, answer.status, apiSentence(answer), [{ field: '(url)', message: answer.message }])
    return reply.code(answer.status).type('text/html; charset=utf-8').send(page(answer))
  }

  const clientError = (error: ConnectionError, socket: Socket) => {
    if (error.code === 'ECONNRESET' || socket.destroyed) return
    const answer = clientAnswer(error.code)
    const path = pathOf(error)
    const api = isApiUrl(path)
    const body = api ? apiBody(answer) : page(answer)
    const headers = {
      ...securityHeaders(path),
      'content-type': api ? 'application/json; charset=utf-8' : 'text/html; charset=utf-8',
      'content-length': String(Buffer.byteLength(body)),
      'cache-control': 'no-store',
      connection: 'close',
    }
    const head = Object.entries(headers).map(([name, value]) => `${name}: ${value}\r\n`).join('')
    if (socket.writable) socket.write(`HTTP/1.1 ${answer.status} ${STATUS_CODES[answer.status]}\r\n${head}\r\n${body}`)
    socket.destroy()
  }

  const plugin = fp(async (app: FastifyInstance) => {
    app.addHook('onReady', async () => {
      const answers = [BAD_URL, ...['ERR_HTTP_REQUEST_TIMEOUT', 'HPE_HEADER_OVERFLOW', ''].map(clientAnswer)]
      for (const { title, message } of answers) {
        pages.set(title, await app.view('errors/problem.njk', { currentPath: '/', title, message }))
      }
    })
  })

  return { frameworkError, clientError, plugin }
}
