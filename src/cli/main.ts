import { runTimeline } from './timeline.js'
import { runBankHolidays } from './bank-holidays.js'
import { londonClock } from '../clock.js'
import { UsageError, type Output } from './args.js'

export { UsageError, type Output } from './args.js'

// `sendpath <command>`: the rules engine from a terminal. Exit 0 on success, 2 on bad input.
const USAGE = `Usage:
  sendpath timeline --decision <id> --notice-sent YYYY-MM-DD [--act-on YYYY-MM-DD] [--appeal-about needs,provision,...]
                    [--mediation mediation|certificate-only] [--adviser-informed YYYY-MM-DD] [--la-informed YYYY-MM-DD]
                    [--concluded YYYY-MM-DD] [--certificate-sent YYYY-MM-DD] [--today YYYY-MM-DD] [--json]
  sendpath bank-holidays <year> [--json]`

export function run(argv: string[], io: Output, today: () => string = londonClock.today): number {
  const [command, ...rest] = argv
  try {
    if (command === 'timeline') return runTimeline(rest, io, today)
    if (command === 'bank-holidays') return runBankHolidays(rest, io)
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
    throw error
  }
}

if (process.argv[1] && /(?:sendpath(?:\.js)?|main\.ts)$/.test(process.argv[1])) {
  process.exitCode = run(process.argv.slice(2), { out: (l) => console.log(l), err: (l) => console.error(l) })
}
