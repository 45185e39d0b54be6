import { parseArgs, type ParseArgsConfig } from 'node:util'

// What every command shares: its output, its usage error and strict argument parsing. The commands
// import this, and main.ts imports the commands, so nothing goes round in a circle.

export class UsageError extends Error {}

export interface Output {
  out: (line: string) => void
  err: (line: string) => void
}

export const parse = (args: string[], options: NonNullable<ParseArgsConfig['options']>) =>
  parseArgs({ args, options, allowPositionals: true, strict: true })
