// npm run bench:pages — figures for issue 3, printed, never asserted.
// 1. The plan page's first-visit weight: every byte a browser downloads (HTML, CSS, icon), as served
//    to a client that accepts Brotli, against the 100 KB budget.
// 2. Plan page requests per second and latency, fresh renders and cached, under wrk (or autocannon), the service in a second process,
//    against a plain static file server (a third process) serving the very same bytes in the same run.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startChild } from './child.js'
import { describeLoad, load } from './load.js'

const seconds = Number(process.env.BENCH_SECONDS ?? 10)
const PLAN = '/plan?decision=plan-contents&appealAbout=needs&appealAbout=provision&noticeSentOn=2026-10-26&area=liverpool&adviserInformedOn=2026-11-02&mediation=certificate-only&today=2026-11-27'

const service = await startChild('bench/server.ts')
const get = async (path: string) => {
  const res = await fetch(`${service.url}${path}`, { headers: { 'accept-encoding': 'br, gzip' } })
  const body = Buffer.from(await res.arrayBuffer())
  // fetch decodes the body; content-length (when present) is what travelled.
  const wire = Number(res.headers.get('content-length') ?? body.length)
  const headerBytes = [...res.headers].reduce((n, [k, v]) => n + k.length + v.length + 4, 0)
  return { res, body, wire, headerBytes }
}

const page = await get(PLAN)
if (page.res.status !== 200) throw new Error(`plan page answered ${page.res.status}`)
const html = page.body.toString('utf8')
const assets = [...html.matchAll(/<(?:link|script|img)[^>]+(?:href|src)="([^"]+)"/g)].map((m) => m[1]!).filter((u) => u.startsWith('/'))
let total = page.wire + page.headerBytes
console.log(`plan page HTML                      ${(page.wire / 1024).toFixed(1).padStart(7)} KB (+${page.headerBytes} B headers)`)
for (const asset of assets) {
  const a = await get(asset)
  total += a.wire + a.headerBytes
  console.log(`${asset.padEnd(36)}${(a.wire / 1024).toFixed(1).padStart(7)} KB  ${a.res.headers.get('content-encoding') ?? 'identity'}`)
}
const scripts = (html.match(/<script\b/g) ?? []).length
console.log(`first visit, all requests          ${(total / 1024).toFixed(1).padStart(7)} KB transferred (budget 100 KB); ${assets.length + 1} requests; ${scripts} scripts`)

const dir = mkdtempSync(join(tmpdir(), 'sendpath-bench-'))
writeFileSync(join(dir, 'plan.html'), page.body)
const staticServer = await startChild('bench/static-server.ts', [`/plan|${join(dir, 'plan.html')}|text/html; charset=utf-8`])

const baseline = await load({ url: `${staticServer.url}/plan`, seconds })
console.log(describeLoad('static server, same bytes', baseline))
const plan = await load({ url: `${service.url}${PLAN}`, seconds })
console.log(describeLoad('GET /plan, one link (cached render)', plan))
// 3,000 different links cycle through a 500-page cache, so every request here renders afresh.
const links = Array.from({ length: 3000 }, (_, i) => PLAN.replace('2026-10-26', new Date(Date.UTC(2018, 0, 1) + i * 86_400_000).toISOString().slice(0, 10)))
const fresh = await load({ url: service.url, seconds, paths: links })
console.log(describeLoad('GET /plan, 3,000 links (fresh renders)', fresh))
// Side by side, issue 8's figure last: a family's link is usually new to the server, so fresh renders matter.
const ratio = (r: number) => (r / baseline.rps).toFixed(3)
console.log('\n                          req/s   p50 ms   p99 ms   vs static')
for (const [label, r] of [['static, same bytes', baseline], ['plan, cached', plan], ['plan, fresh renders', fresh]] as const) {
  console.log(`${label.padEnd(22)}${Math.round(r.rps).toLocaleString('en-GB').padStart(9)}${r.p50.toFixed(1).padStart(9)}${r.p99.toFixed(1).padStart(9)}${ratio(r.rps).padStart(12)}`)
}
const freshRatio = fresh.rps / baseline.rps
console.log(`fresh/static ${freshRatio.toFixed(3)} (goal at least 0.10: ${freshRatio >= 0.1 ? 'met' : 'not met'}); cached/static ${ratio(plan.rps)}`)
service.child.kill('SIGTERM')
staticServer.child.kill('SIGTERM')
