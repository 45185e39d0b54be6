import { connect } from 'node:net'
import type { FastifyInstance } from 'fastify'

/** Listens on an ephemeral loopback port and returns it, for tests that need a real socket. */
export async function listen(app: FastifyInstance): Promise<number> {
  await app.listen({ port: 0, host: '127.0.0.1' })
  const address = app.server.address()
  if (address === null || typeof address === 'string') throw new Error('no port')
  return address.port
}

export interface RawResponse {
  status: number
  headers: Record<string, string>
  body: string
}

/**
 * Writes `chunks` to a raw socket (what no HTTP client would send) and reads until the server
 * closes it. A server that never closes leaves the test to its own timeout: nothing is timed here.
 */
export function rawRequest(port: number, ...chunks: string[]): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1')
    const received: Buffer[] = []
    socket.on('data', (data) => received.push(data))
    socket.on('error', reject)
    socket.on('close', () => {
      const text = Buffer.concat(received).toString('utf8')
      const [head = '', ...rest] = text.split('\r\n\r\n')
      const [statusLine = '', ...lines] = head.split('\r\n')
      const headers = Object.fromEntries(
        lines.map((line) => {
          const at = line.indexOf(':')
          return [line.slice(0, at).toLowerCase(), line.slice(at + 1).trim()]
        }),
      )
      resolve({ status: Number(statusLine.split(' ')[1]), headers, body: rest.join('\r\n\r\n') })
    })
    for (const chunk of chunks) socket.write(chunk)
  })
}
