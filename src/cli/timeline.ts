import { summariseProblems, timelineFor } from '../api/timeline-service.js'
import { formatIsoDate, type Timeline } from '../law/index.js'
import { parse, UsageError, type Output } from './args.js'

const STATUS = { passed: 'passed', 'due-today': 'DUE TODAY', upcoming: 'upcoming' } as const

export function runTimeline(args: string[], io: Output, today: () => string): number {
  const { values, positionals } = parse(args, {
    decision: { type: 'string' },
    'notice-sent': { type: 'string' },
    'act-on': { type: 'string' },
    'appeal-about': { type: 'string' },
    mediation: { type: 'string' },
    'adviser-informed': { type: 'string' },
    'la-informed': { type: 'string' },
    concluded: { type: 'string' },
    'certificate-sent': { type: 'string' },
    today: { type: 'string' },
    json: { type: 'boolean' },
  })
  if (positionals.length > 0) throw new UsageError(`Unexpected argument "${positionals[0]}".`)
  const v = values as Record<string, string | boolean | undefined>
  const str = (k: string) => (typeof v[k] === 'string' ? (v[k] as string) : undefined)
  const mediationDates = {
    adviserInformedOn: str('adviser-informed'),
    laInformedOn: str('la-informed'),
    concludedOn: str('concluded'),
    certificateSentOn: str('certificate-sent'),
  }
  const anyMediation = str('mediation') !== undefined || Object.values(mediationDates).some((d) => d !== undefined)
  const request = prune({
    decision: str('decision'),
    noticeSentOn: str('notice-sent'),
    actOn: str('act-on'),
    appealAbout: str('appeal-about')?.split(',').map((s) => s.trim()),
    // A certificate date on its own implies the family already has one; the choice only shapes other milestones.
    mediation: anyMediation ? prune({ choice: str('mediation') ?? 'certificate-only', ...mediationDates }) : undefined,
    today: str('today'),
  })
  const result = timelineFor(request, today)
  if (!result.ok) {
    io.err(`sendpath: ${summariseProblems(result.problems)}`)
    for (const p of result.problems) io.err(`  - ${cliField(p.field)}: ${p.message}`)
    return 2
  }
  io.out(v.json ? JSON.stringify(result.timeline, null, 2) : describe(result.timeline))
  return 0
}

const FLAGS: Record<string, string> = {
  noticeSentOn: '--notice-sent',
  actOn: '--act-on',
  appealAbout: '--appeal-about',
  'mediation.choice': '--mediation',
  'mediation.adviserInformedOn': '--adviser-informed',
  'mediation.laInformedOn': '--la-informed',
  'mediation.concludedOn': '--concluded',
  'mediation.certificateSentOn': '--certificate-sent',
  today: '--today',
  decision: '--decision',
}
const cliField = (field: string) => FLAGS[field.replace(/\.\d+$/, '')] ?? field

function prune<T extends Record<string, unknown>>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, value]) => value !== undefined)) as Partial<T>
}

function describe(t: Timeline): string {
  const lines: string[] = []
  lines.push(`Decision: ${t.decision}`)
  lines.push(`Can be appealed to the First-tier Tribunal (SEND): ${t.appealable ? 'yes' : 'no'}`)
  lines.push(`Mediation certificate needed before appealing: ${t.mediationAdviceRequired ? 'yes' : 'no'}`)
  lines.push('', 'Dates:')
  for (const m of t.milestones) {
    lines.push(`  ${formatIsoDate(m.date).padEnd(18)} ${m.title} [${STATUS[m.status]}]${m.provisional ? ' (provisional calendar)' : ''}`)
    lines.push(`  ${''.padEnd(18)} ${m.citations.map((c) => `${c.source} ${c.ref}`).join('; ')}`)
  }
  if (t.lateAppeal) lines.push('', `Late appeal: ${t.lateAppeal.explanation}`)
  lines.push('', 'Routes open to you, in order:')
  t.routes.forEach((r, i) => lines.push(`  ${i + 1}. ${r.title}`))
  if (t.closedRoutes.length > 0) {
    lines.push('', 'Not open, or not needed:')
    for (const r of t.closedRoutes) lines.push(`  - ${r.reason}`)
  }
  lines.push('', 'This is information, not legal advice.')
  return lines.join('\n')
}
