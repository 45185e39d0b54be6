import { loadConfig } from '../config.js'
import { openStore } from '../store/database.js'
import { migrate, migrationStatus } from '../store/migrate.js'
import { parse, type Output } from './args.js'

/**
 * `sendpath migrate [--status]`: runs the database migrations by hand, or lists them and whether each has
 * run. Reads the same settings as the server (DATA_DIR, DATABASE_URL), so it works on the server's database.
 */
export async function runMigrate(args: string[], io: Output, env?: NodeJS.ProcessEnv): Promise<number> {
  const { values, positionals } = parse(args, { status: { type: 'boolean' } })
  if (positionals.length > 0) {
    io.err(`sendpath: Unexpected argument "${positionals[0]}".`)
    return 2
  }
  const config = loadConfig(env)
  const store = openStore({ dataDir: config.DATA_DIR, databaseUrl: config.DATABASE_URL })
  try {
    if (values.status) {
      const states = await migrationStatus(store)
      for (const m of states) io.out(`${m.executedAt === null ? 'pending' : 'done   '}  ${m.name}`)
      const pending = states.filter((m) => m.executedAt === null).length
      io.out(pending === 0 ? 'The database is up to date.' : `${pending} migration${pending === 1 ? '' : 's'} to run.`)
      return 0
    }
    const ran = await migrate(store)
    for (const name of ran) io.out(`ran ${name}`)
    io.out(ran.length === 0 ? 'The database was already up to date.' : `Ran ${ran.length} migration${ran.length === 1 ? '' : 's'}.`)
    return 0
  } finally {
    await store.close()
  }
}
