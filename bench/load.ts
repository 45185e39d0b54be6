import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import autocannon from 'autocannon'

// One load generator for every benchmark: wrk (C, from Debian's wrk package) when it is installed,
// since it needs far less CPU than the server it measures on a 2-core machine; autocannon otherwise.

export interface LoadResult {
  tool: 'wrk' | 'autocannon'
  rps: number
  p50: number
  p99: number
  errors: number
}

export interface LoadOptions {
  url: string
  seconds: number
  connections?: number
  method?: 'GET' | 'POST'
  /** Request bodies sent in turn (POST), as JSON. */
  bodies?: string[]
  /** Paths requested in turn (GET), instead of the URL's own path. */
  paths?: string[]
}

const hasWrk = spawnSync('wrk', ['--version']).error === undefined

const lua = (s: string) => JSON.stringify(s) // a JSON string is a valid Lua string literal for our ASCII data

function wrkScript(o: LoadOptions): string {
  const lines = ['local i = 0']
  if (o.bodies) lines.push(`local bodies = {${o.bodies.map(lua).join(',')}}`)
  if (o.paths) lines.push(`local paths = {${o.paths.map(lua).join(',')}}`)
  lines.push('request = function()', '  i = i + 1')
  if (o.bodies) lines.push(`  return wrk.format("POST", nil, {["Content-Type"]="application/json"}, bodies[(i % #bodies) + 1])`)
  else if (o.paths) lines.push('  return wrk.format("GET", paths[(i % #paths) + 1])')
  else lines.push('  return wrk.format()')
  lines.push('end')
  lines.push('done = function(summary, latency, requests)')
  lines.push('  io.write(string.format("RESULT %f %f %f %d\\n", summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(99) / 1000, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.status + summary.errors.timeout))')
  lines.push('end')
  return lines.join('\n')
}

export async function load(o: LoadOptions): Promise<LoadResult> {
  const connections = o.connections ?? 32
  if (hasWrk) {
    const script = join(mkdtempSync(join(tmpdir(), 'sendpath-wrk-')), 'load.lua')
    writeFileSync(script, wrkScript(o))
    const out = spawnSync('wrk', ['-t1', `-c${connections}`, `-d${o.seconds}s`, '-s', script, o.url], { encoding: 'utf8' })
    const m = /RESULT (\S+) (\S+) (\S+) (\d+)/.exec(out.stdout)
    if (!m) throw new Error(`wrk failed: ${out.stderr || out.stdout}`)
    return { tool: 'wrk', rps: Number(m[1]), p50: Number(m[2]), p99: Number(m[3]), errors: Number(m[4]) }
  }
  let next = 0
  const requests = o.bodies
    ? [{ setupRequest: (req: autocannon.Request) => ({ ...req, body: o.bodies![next++ % o.bodies!.length] }) }]
    : o.paths
      ? [{ setupRequest: (req: autocannon.Request) => ({ ...req, path: o.paths![next++ % o.paths!.length]! }) }]
      : undefined
  const r = await autocannon({
    url: o.url,
    connections,
    duration: o.seconds,
    method: o.method ?? (o.bodies ? 'POST' : 'GET'),
    headers: o.bodies ? { 'content-type': 'application/json' } : {},
    ...(requests ? { requests } : {}),
  })
  return { tool: 'autocannon', rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, errors: r.errors + r.non2xx }
}

export const describeLoad = (label: string, r: LoadResult) =>
  `${label.padEnd(62)}${Math.round(r.rps).toLocaleString('en-GB').padStart(8)} req/s   p50 ${r.p50.toFixed(1)} ms   p99 ${r.p99.toFixed(1)} ms   errors ${r.errors}   (${r.tool})`
