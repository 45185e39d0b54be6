import type { Readable } from 'node:stream'
import { runTimeline } from './timeline.js'
import { runBankHolidays } from './bank-holidays.js'
import { runMigrate } from './migrate.js'
import { runUsers } from './users.js'
import { runReminders } from './reminders.js'
import { londonClock, type Clock } from '../clock.js'
import { UsageError, type Output } from './args.js'

export { UsageError, type Output } from './args.js'

// `sendpath <command>`: the rules engine and the operator's commands from a terminal. Exit 0 on success,
// 2 on bad input, 1 when something could not be done.
const USAGE = `Usage:
  sendpath timeline --decision <id> --notice-sent YYYY-MM-DD [--act-on YYYY-MM-DD] [--appeal-about needs,provision,...]
                    [--mediation mediation|certificate-only] [--adviser-informed YYYY-MM-DD] [--la-informed YYYY-MM-DD]
                    [--concluded YYYY-MM-DD] [--certificate-sent YYYY-MM-DD] [--today YYYY-MM-DD] [--json]
    The day first known (both Ombudsmen count from it):   [--first-knew YYYY-MM-DD]
    The EHC plan and its reviews:  [--request-received D] [--draft-plan-sent D] [--plan-made D] [--last-review D]
                                   [--review-meeting D] [--amendments-sent D] [--reassessment-requested D]
                                   [--reassessment-decision D]
    A move to a new school:        [--transfer-kind secondary-to-post-16|other|post-16-other] [--transfer-year YYYY]
                                   [--transfer-on D]
    An appeal already lodged:      [--lodged D] [--registered D] [--hearing D] [--decision-sent D] [--recommendations]
                                   [--order assess|make-plan|amend-plan|name-school|continue-plan|cease-plan]
                                   [--order-sent D] [--order-made D] [--unopposed D]
    A social care complaint:       [--complaint-made D] [--review-panel-requested D]
    An exclusion (school days):    [--area <area id> | --term D..D (repeat) [--closed D (repeat)]]
                                   [--board-notified D] [--board-decision D] [--application-posted D]
                                   [--application-delivered D]
    Home-to-school travel:         --decision transport [--stage1-requested D] [--stage1-decision D] [--stage2-requested D]
    Discrimination:                [--discrimination-by school|college|"local authority"]
    (D is a date written YYYY-MM-DD.)
  sendpath bank-holidays <year> [--json]
  sendpath migrate [--status]
  sendpath users create --email E --role family|adviser|manager|admin [--area ID ...]   (password on standard input)
  sendpath reminders send-due`

export interface RunOptions {
  /** The clock (tests fix it); the real one by default. */
  clock?: Clock
  /** Where `users create` reads the password. */
  stdin?: Readable
  /** The settings (DATA_DIR, DATABASE_URL, SMTP_URL, MAIL_FROM...); process.env through config.ts by default. */
  env?: NodeJS.ProcessEnv
}

export async function run(argv: string[], io: Output, { clock = londonClock, stdin = process.stdin, env }: RunOptions = {}): Promise<number> {
  const [command, ...rest] = argv
  try {
    if (command === 'timeline') return runTimeline(rest, io, clock.today)
    if (command === 'bank-holidays') return runBankHolidays(rest, io)
    if (command === 'migrate') return await runMigrate(rest, io, env)
    if (command === 'users') return await runUsers(rest, io, stdin, env, clock)
    if (command === 'reminders') return await runReminders(rest, io, env, clock)
    if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
      io.out(USAGE)
      return command === undefined ? 2 : 0
    }
    throw new UsageError(`Unknown command "${command}".`)
  } catch (error) {
    if (error instanceof UsageError || (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS'))) {
      io.err(`sendpath: ${error.message}\n\n${USAGE}`)
      return 2
    }
    if (error instanceof Error && error.name === 'ConfigError') {
      io.err(`sendpath: ${error.message}`)
      return 2
    }
    throw error
  }
}

if (process.argv[1] && /(?:sendpath(?:\.js)?|main\.ts)$/.test(process.argv[1])) {
  process.exitCode = await run(process.argv.slice(2), { out: (l) => console.log(l), err: (l) => console.error(l) })
}
