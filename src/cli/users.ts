import { text } from 'node:stream/consumers'
import type { Readable } from 'node:stream'
import { createUser } from '../accounts/index.js'
import { loadConfig } from '../config.js'
import { londonClock, type Clock } from '../clock.js'
import { openStore } from '../store/database.js'
import { migrate } from '../store/migrate.js'
import { parse, type Output } from './args.js'

/**
 * `sendpath users create --email E --role R [--area ID ...]`: an operator makes a verified account. The
 * password is read from standard input (so it is not in the shell history); the new user's id is printed.
 */
export async function runUsers(args: string[], io: Output, stdin: Readable, env?: NodeJS.ProcessEnv, clock: Pick<Clock, 'now'> = londonClock): Promise<number> {
  const { values, positionals } = parse(args, { email: { type: 'string' }, role: { type: 'string' }, area: { type: 'string', multiple: true } })
  if (positionals[0] !== 'create' || positionals.length !== 1) {
    io.err('sendpath: Usage: sendpath users create --email E --role family|adviser|manager|admin [--area ID ...] (password on standard input)')
    return 2
  }
  const password = (await text(stdin)).replace(/\r?\n$/, '')
  const config = loadConfig(env)
  const store = openStore({ dataDir: config.DATA_DIR, databaseUrl: config.DATABASE_URL })
  try {
    await migrate(store)
    const str = (v: unknown) => (typeof v === 'string' ? v : '')
    const areas = Array.isArray(values.area) ? values.area.map(str) : []
    const made = await createUser({ db: store.db, clock }, { email: str(values.email), password, role: str(values.role) as 'family', areas })
    if (!made.ok) {
      io.err(`sendpath: The account was not created.`)
      for (const p of made.problems) io.err(`  - ${p.field.startsWith('areas') ? '--area' : `--${p.field}`}: ${p.message}`)
      return 2
    }
    io.out(made.user.id)
    return 0
  } finally {
    await store.close()
  }
}
