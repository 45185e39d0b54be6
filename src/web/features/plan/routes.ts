import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { buildPlan, type PlanView } from './build-plan.js'
import { buildCalendar } from './calendar.js'
import { readPlanQuery, type PlanProblem } from '../../../journey/plan-link.js'
import { PageCache } from '../../plugins/page-cache.js'
import { journeyWithAreas } from '../../../journey/journey.js'
import { areaList, findArea } from '../../../content/areas.js'
import { sendiassOf } from './contacts.js'
import { planPage } from './plan-page.js'
import { collapseLayoutSpace, Slotted, trusted, type Html } from '../../html.js'

// The personal plan. Its URL is a permanent link that reproduces it (see plans/plan-params.ts for
// the parameters); /plan.ics gives its deadlines as a calendar and /plan/print a version to print.

export interface PlanRoutesOptions {
  /** The service's own origin (no trailing slash), for the link back to the plan in each calendar event. */
  publicUrl?: string
  /** How many rendered plans to keep (0 turns the cache off). */
  cacheSize?: number
}

export async function planRoutes(app: FastifyInstance, options: PlanRoutesOptions = {}) {
  // Links back into the journey know the areas in content/areas/.
  const journey = journeyWithAreas(areaList(app.services.content))
  const problemsPage = (reply: FastifyReply, raw: PlanProblem[]) => {
    // The messages name the link's field for the API ("(noticeSentOn)"); a family never sees it.
    const problems = raw.map((p) => ({ ...p, message: p.message.replace(/\s*\([A-Za-z]+\)$/, '') }))
    return reply.code(400).header('cache-control', 'no-store').page('plan/problems.njk', {
      title: 'There is a problem with the link to your plan',
      errorList: problems.map((p) => ({ text: p.message, href: p.href })),
      problems,
    })
  }

  // A plan is a pure function of its link and today's date, so a link asked for again is rendered
  // at most twice a day (see PageCache).
  const cache = new PageCache(options.cacheSize ?? 500)
  // Parts of a plan that depend only on which routes are open (the comparison) or on the area
  // (who can help) are rendered once per variant: a few dozen in all.
  const fragments = new Map<string, Html>()
  const fragment = async (template: string, data: Record<string, unknown>, variant: string) => {
    const key = `${template}|${variant}`
    let html = fragments.get(key)
    if (html === undefined) {
      html = trusted(collapseLayoutSpace(await app.view(template, data)))
      if (fragments.size >= 500) fragments.clear() // a bound, in case these ever vary more than they do now
      fragments.set(key, html)
    }
    return html
  }
  // The layout around a plan (with the print version's Back link) and a warning are rendered from
  // their templates once, with markers where the plan's own parts go (ADR 0013).
  let layouts: { plan: Slotted; print: Slotted; warning: Slotted } | undefined
  const layout = async () =>
    (layouts ??= {
      plan: await slotted('plan/page.njk', { title: 'Your plan', content: Slotted.mark('content') }, ['content']),
      print: await slotted('plan/page.njk', { title: 'Your plan', content: Slotted.mark('content'), backLink: Slotted.mark('back') }, ['back', 'content']),
      warning: await slotted('plan/warning.njk', { text: Slotted.mark('text') }, ['text']),
    })
  const slotted = async (template: string, data: Record<string, unknown>, names: string[]) =>
    new Slotted(collapseLayoutSpace(await app.view(template, data)), names)
  // Who can help is drawn from the area's directory (fixed while the service runs), so the names
  // shown, and whether each is shown with its description, decide the fragment.
  const helpVariant = (plan: PlanView) =>
    [plan.sendiass.name, ...plan.contacts.map((c) => `${c.name}${c.description ? ' +' : ''}`), '', ...plan.otherNational.map((n) => n.name)].join('\n')
  const render = (print: boolean) => async (request: FastifyRequest, reply: FastifyReply) => {
    const today = app.services.clock.today()
    // The link exactly as it came: a family reopening its plan is served from the cache without
    // reading the link again. Only links that made a plan are ever cached under it.
    const asSent = `${print ? 'print' : 'plan'}|${today}|${request.url.slice(request.url.indexOf('?') + 1 || request.url.length)}`
    const sent = cache.get(asSent)
    if (sent !== undefined) return reply.type('text/html; charset=utf-8').header('cache-control', 'no-store').send(sent)
    const result = readPlanQuery(request.query, () => today, journey, app.services.content)
    if (!result.ok) return problemsPage(reply, result.problems)
    const key = `${print ? 'print' : 'plan'}|${today}|${result.request.queryString}`
    let html = cache.get(key)
    if (html !== undefined && options.cacheSize !== 0) cache.alias(asSent, html)
    if (html === undefined) {
      const plan = buildPlan(result.request, app.services.content)
      const comparisonHtml = await fragment('plan/comparison.njk', { plan }, plan.comparison.rows.map((r) => r.title).join('\n'))
      const helpHtml = await fragment('plan/help.njk', { plan }, helpVariant(plan))
      const { warning, ...page } = await layout()
      const content = planPage(plan, { print, comparisonHtml, helpHtml, warning: (text) => warning.fill({ text }) })
      html = (print ? page.print.fill({ back: plan.links.plan, content }) : page.plan.fill({ content })).toBuffer()
      if (options.cacheSize !== 0) cache.rendered(key, html, asSent)
    }
    return reply.type('text/html; charset=utf-8').header('cache-control', 'no-store').send(html)
  }
  app.get('/plan', render(false))
  app.get('/plan/print', render(true))

  app.get('/plan.ics', async (request, reply) => {
    const result = readPlanQuery(request.query, app.services.clock.today, journey, app.services.content)
    if (!result.ok) return problemsPage(reply, result.problems)
    // Without a configured origin, the one the request came to: every event carries the plan's link.
    const base = options.publicUrl?.replace(/\/$/, '') ?? `${request.protocol}://${request.host}`
    const planUrl = `${base}/plan?${result.request.queryString}`
    const lookup = findArea(app.services.content, result.request.query.area)
    const sendiass = lookup.known ? sendiassOf(lookup.area) : { name: 'your local SENDIASS' }
    const calendar = buildCalendar(result.request.timeline.milestones, { sendiass, planUrl })
    if (!calendar.ok) throw new Error(calendar.error)
    return reply
      .type('text/calendar; charset=utf-8')
      .header('content-disposition', 'attachment; filename="sendpath-deadlines.ics"')
      .header('cache-control', 'no-store')
      .send(calendar.ics)
  })
}
