import { loadConfig } from '../config.js'
import { londonClock, type Clock } from '../clock.js'
import { sendDueReminders } from '../jobs/index.js'
import { createMailer, type Mailer } from '../mail/index.js'
import { openStore } from '../store/database.js'
import { migrate } from '../store/migrate.js'
import { parse, type Output } from './args.js'

/** `sendpath reminders send-due`: sends the reminders due today once, by hand, and prints how many it sent. */
export async function runReminders(
  args: string[],
  io: Output,
  env?: NodeJS.ProcessEnv,
  clock: Clock = londonClock,
  mailerFor?: (config: ReturnType<typeof loadConfig>) => Mailer,
): Promise<number> {
  const { positionals } = parse(args, {})
  if (positionals[0] !== 'send-due' || positionals.length !== 1) {
    io.err('sendpath: Usage: sendpath reminders send-due')
    return 2
  }
  const config = loadConfig(env)
  const store = openStore({ dataDir: config.DATA_DIR, databaseUrl: config.DATABASE_URL })
  const mailer =
    mailerFor?.(config) ??
    createMailer({ smtpUrl: config.SMTP_URL, from: config.MAIL_FROM, nodeEnv: config.NODE_ENV }, { info: (_o, message) => io.err(message) })
  try {
    await migrate(store)
    let failed = 0
    const sent = await sendDueReminders({
      db: store.db,
      mailer,
      clock,
      today: clock.today(),
      caseLink: config.PUBLIC_URL ? (id) => `${config.PUBLIC_URL}/cases/${id}` : undefined,
      onError: (error) => {
        failed++
        io.err(`sendpath: a reminder could not be sent and will be tried again: ${(error as Error).message}`)
      },
    })
    io.out(`Sent ${sent} reminder${sent === 1 ? '' : 's'}.`)
    return failed > 0 ? 1 : 0
  } finally {
    mailer.close()
    await store.close()
  }
}
