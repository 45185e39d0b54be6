// The baseline for bench/pages.ts: node:http serving fixed bytes from memory, nothing else.
import { createServer } from 'node:http'
import { readFileSync } from 'node:fs'

const files: Record<string, { body: Buffer; type: string }> = {}
for (const arg of process.argv.slice(2)) {
  const [path, file, type] = arg.split('|') as [string, string, string]
  files[path] = { body: readFileSync(file), type }
}
const server = createServer((req, res) => {
  const f = files[(req.url ?? '/').split('?')[0]!]
  if (!f) {
    res.writeHead(404).end()
    return
  }
  res.writeHead(200, { 'content-type': f.type, 'content-length': f.body.length })
  res.end(f.body)
})
server.listen(0, '127.0.0.1', () => {
  const address = server.address()
  if (address && typeof address === 'object') console.log(`listening http://127.0.0.1:${address.port}`)
})
process.on('SIGTERM', () => server.close(() => process.exit(0)))
