// A bare Fastify server that does what POST /api/v1/timeline does minus sendpath: parses a JSON
// body and sends back a fixed JSON reply of the same size. What the framework alone can do here.
import Fastify from 'fastify'

const size = Number(process.argv[2] ?? 4700)
const reply = JSON.stringify({ padding: 'x'.repeat(size) })
const app = Fastify()
app.post('/api/v1/timeline', async (_request, res) => res.type('application/json; charset=utf-8').send(reply))
console.log(`listening ${await app.listen({ port: 0, host: '127.0.0.1' })}`)
process.on('SIGTERM', () => void app.close().then(() => process.exit(0)))
