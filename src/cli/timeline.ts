import { summariseProblems, timelineFor } from '../api/timeline-service.js'
import { loadContent } from '../content/load-content.js'
import { formatIsoDate, type ProvisionalReason, type Timeline } from '../law/index.js'
import { parse, UsageError, type Output } from './args.js'

const STATUS = { passed: 'passed', 'due-today': 'DUE TODAY', upcoming: 'upcoming' } as const

const PROVISIONAL: Record<ProvisionalReason, string> = {
  'unconfirmed-bank-holidays': 'provisional: bank holidays not yet confirmed',
  'certificate-due': 'provisional: moves when the mediation certificate arrives',
  'certificate-overdue': 'provisional: the mediation certificate is overdue',
  'mediation-not-concluded': 'provisional: mediation has not ended',
  'set-by-tribunal': 'provisional: an estimate, the Tribunal sets the date',
}

/**
 * The flags that each set one field of the API request, by its path there. The API's field names
 * are the contract; the flags follow them in the CLI's own style (existing ones keep their names).
 */
const FIELD_FLAGS: Record<string, string> = {
  'notice-sent': 'noticeSentOn',
  'act-on': 'actOn',
  'first-knew': 'firstKnewOn',
  'request-received': 'ehc.requestReceivedOn',
  'draft-plan-sent': 'ehc.draftPlanServedOn',
  'plan-made': 'ehc.planMadeOn',
  'last-review': 'ehc.lastReviewOn',
  'review-meeting': 'ehc.reviewMeetingOn',
  'amendments-sent': 'ehc.amendmentNoticeSentOn',
  'reassessment-requested': 'ehc.reassessmentRequestedOn',
  'reassessment-decision': 'ehc.reassessmentDecisionOn',
  'transfer-kind': 'ehc.transfer.kind',
  'transfer-year': 'ehc.transfer.year',
  'transfer-on': 'ehc.transfer.on',
  lodged: 'tribunal.lodgedOn',
  registered: 'tribunal.registeredOn',
  hearing: 'tribunal.hearingOn',
  'decision-sent': 'tribunal.decisionSentOn',
  order: 'tribunal.order',
  'order-sent': 'tribunal.orderSentOn',
  'order-made': 'tribunal.orderMadeOn',
  unopposed: 'tribunal.unopposedOn',
  'complaint-made': 'complaint.madeOn',
  'review-panel-requested': 'complaint.reviewPanelRequestedOn',
  'board-notified': 'exclusion.boardNotifiedOn',
  'board-decision': 'exclusion.boardDecisionNoticeOn',
  'application-posted': 'exclusion.applicationPostedOn',
  'application-delivered': 'exclusion.applicationDeliveredOn',
  'stage1-requested': 'transport.stage1RequestedOn',
  'stage1-decision': 'transport.stage1DecisionOn',
  'stage2-requested': 'transport.stage2RequestedOn',
  'discrimination-by': 'discriminationBy',
  area: 'area',
}

const MEDIATION_FLAGS: Record<string, string> = {
  'adviser-informed': 'adviserInformedOn',
  'la-informed': 'laInformedOn',
  concluded: 'concludedOn',
  'certificate-sent': 'certificateSentOn',
}

const TERM = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/

export function runTimeline(args: string[], io: Output, today: () => string): number {
  const { values, positionals } = parse(args, {
    decision: { type: 'string' },
    'appeal-about': { type: 'string' },
    mediation: { type: 'string' },
    ...Object.fromEntries([...Object.keys(FIELD_FLAGS), ...Object.keys(MEDIATION_FLAGS)].map((f) => [f, { type: 'string' as const }])),
    recommendations: { type: 'boolean' },
    term: { type: 'string', multiple: true },
    closed: { type: 'string', multiple: true },
    today: { type: 'string' },
    json: { type: 'boolean' },
  })
  if (positionals.length > 0) throw new UsageError(`Unexpected argument "${positionals[0]}".`)
  const v = values as Record<string, string | string[] | boolean | undefined>
  const str = (k: string) => (typeof v[k] === 'string' ? v[k] : undefined)
  const list = (k: string) => (Array.isArray(v[k]) ? v[k] : undefined)

  const request: Record<string, unknown> = { decision: str('decision'), appealAbout: str('appeal-about')?.split(',').map((s) => s.trim()), today: str('today') }
  for (const [flag, path] of Object.entries(FIELD_FLAGS)) {
    const value = str(flag)
    // A whole number for the year, so that "2026" is a year and "next" is refused by the API's own message.
    if (value !== undefined) setPath(request, path, flag === 'transfer-year' && /^\d{1,4}$/.test(value) ? Number(value) : value)
  }
  if (v.recommendations === true) setPath(request, 'tribunal.recommendations', true)
  const terms = list('term')?.map((t) => {
    const m = TERM.exec(t)
    if (!m) throw new UsageError(`--term must be a term's first and last days joined by "..", such as 2026-02-23..2026-03-27 (got "${t}").`)
    return { from: m[1], to: m[2] }
  })
  if (terms) setPath(request, 'exclusion.termDates', terms)
  const closed = list('closed')
  if (closed) setPath(request, 'exclusion.closedDays', closed)

  const mediationDates = Object.fromEntries(Object.entries(MEDIATION_FLAGS).map(([flag, key]) => [key, str(flag)]))
  const anyMediation = str('mediation') !== undefined || Object.values(mediationDates).some((d) => d !== undefined)
  // A certificate date on its own implies the family already has one; the choice only shapes other milestones.
  if (anyMediation) request.mediation = prune({ choice: str('mediation') ?? 'certificate-only', ...mediationDates })

  // Only a request naming an area needs the content (for the council's term dates).
  const areas = request.area === undefined ? undefined : loadContent().areas
  const result = timelineFor(prune(request), today, areas)
  if (!result.ok) {
    io.err(`sendpath: ${summariseProblems(result.problems)}`)
    for (const p of result.problems) io.err(`  - ${cliField(p.field)}: ${p.message}`)
    return 2
  }
  io.out(v.json ? JSON.stringify(result.timeline, null, 2) : describe(result.timeline))
  return 0
}

function setPath(target: Record<string, unknown>, path: string, value: unknown) {
  const keys = path.split('.')
  const last = keys.pop()!
  let at = target
  for (const key of keys) at = (at[key] ??= {}) as Record<string, unknown>
  at[last] = value
}

/** The flag for a field the API names in a problem, so the message points at what was typed. */
const FLAGS: Record<string, string> = {
  decision: '--decision',
  appealAbout: '--appeal-about',
  today: '--today',
  'mediation.choice': '--mediation',
  'tribunal.recommendations': '--recommendations',
  'exclusion.termDates': '--term',
  'exclusion.closedDays': '--closed',
  ...Object.fromEntries(Object.entries(FIELD_FLAGS).map(([flag, path]) => [path, `--${flag}`])),
  ...Object.fromEntries(Object.entries(MEDIATION_FLAGS).map(([flag, key]) => [`mediation.${key}`, `--${flag}`])),
}
const cliField = (field: string) => FLAGS[field.replace(/\.\d+(\.\w+)?$/, '')] ?? field

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
    const provisional = m.provisional ? ` (${m.provisionalReason ? PROVISIONAL[m.provisionalReason] : 'provisional calendar'})` : ''
    lines.push(`  ${formatIsoDate(m.date).padEnd(18)} ${m.title} [${STATUS[m.status]}]${provisional}`)
    lines.push(`  ${''.padEnd(18)} ${m.citations.map((c) => `${c.source} ${c.ref}`).join('; ')}`)
  }
  if (t.pendingCertificate) {
    const due = t.pendingCertificate.expectedOn ? `, due ${formatIsoDate(t.pendingCertificate.expectedOn)}` : ''
    lines.push('', `Mediation certificate (${t.pendingCertificate.state}${due}): ${t.pendingCertificate.explanation}`)
  }
  if (t.lateAppeal) lines.push('', `Late appeal: ${t.lateAppeal.explanation}`)
  if (t.planContinues) lines.push('', `The plan continues: ${t.planContinues.explanation}`)
  if (t.tribunalStages) {
    const dates = new Map(t.milestones.map((m) => [m.id, m]))
    lines.push('', 'Tribunal stages:')
    t.tribunalStages.forEach((s, i) => {
      const m = s.milestoneId === undefined ? undefined : dates.get(s.milestoneId)
      const when = m ? ` (${formatIsoDate(m.date)}${m.provisional ? ', provisional' : ''})` : ''
      lines.push(`  ${i + 1}. ${s.title}${when}`, `     ${s.whatYouDo}`)
    })
  }
  if (t.schoolDaysNote) lines.push('', `School days: ${t.schoolDaysNote.explanation}`)
  lines.push('', 'Routes open to you, in order:')
  t.routes.forEach((r, i) => lines.push(`  ${i + 1}. ${r.title}`))
  if (t.closedRoutes.length > 0) {
    lines.push('', 'Not open, or not needed:')
    for (const r of t.closedRoutes) lines.push(`  - ${r.reason}`)
  }
  lines.push('', 'This is information, not legal advice.')
  return lines.join('\n')
}
