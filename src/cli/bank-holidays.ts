import { bankHolidays, formatDateWithDay, parseIsoDate } from '../law/index.js'
import { yearSchema } from '../api/schemas.js'
import { parse, UsageError, type Output } from './args.js'

export function runBankHolidays(args: string[], io: Output): number {
  const { values, positionals } = parse(args, { json: { type: 'boolean' } })
  if (positionals.length !== 1) throw new UsageError('Give one year, for example: sendpath bank-holidays 2026')
  const year = yearSchema.safeParse(positionals[0])
  if (!year.success) {
    io.err(`sendpath: ${year.error.issues[0]?.message ?? 'year is not valid'}.`)
    return 2
  }
  const result = bankHolidays(year.data)
  if (values.json) {
    io.out(JSON.stringify(result, null, 2))
    return 0
  }
  io.out(`England and Wales bank holidays, ${result.year}${result.provisional ? ' (provisional: worked out by rule, not yet confirmed by GOV.UK)' : ''}:`)
  for (const iso of result.dates) io.out(`  ${formatDateWithDay(parseIsoDate(iso)!)}`)
  return 0
}
