import { html, trusted, type Html } from '../../html.js'
import type { NoteView, PlanView, RouteView } from './plan-view.js'

// The plan page's content, in TypeScript rather than Nunjucks (ADR 0013): nearly every plan link
// a server sees is new to it, so this runs for most requests, and it is a tenth of the cost of
// the template it replaces. The layout around it is still layouts/base.njk (see routes.ts).
// Short on purpose (issue 8): the reasoning, sources and grades are in "How we worked this out".

export interface PlanPageParts {
  print: boolean
  /** The comparison of the open routes, rendered once per set of routes (plan/comparison.njk). */
  comparisonHtml: Html
  /** Who can help, rendered once per area's directory (plan/help.njk). */
  helpHtml: Html
  /** components/warning.njk with the warning's text in it. */
  warning: (text: string) => Html
}

export function planPage(plan: PlanView, parts: PlanPageParts): Html {
  return html`
<div class="app-plan${parts.print && ' app-plan--print'}">
  <div class="govuk-grid-row">
    <div class="govuk-grid-column-two-thirds">
      <h1 class="govuk-heading-l govuk-!-margin-bottom-3">Your plan</h1>
      ${doThisNext(plan)}
      <p class="govuk-body" data-testid="plan-decision">${plan.decision.title}. Worked out for ${plan.todayText}.</p>
      ${parts.print && html`
        <div class="govuk-inset-text app-no-print">To print this plan, use your browser’s print option (Ctrl and P, or Command and P on a Mac).</div>
      `}
      ${plan.warnings.length > 0 && html`
        <div class="app-plan-warnings" data-testid="plan-warnings">
          ${plan.warnings.map((w) => parts.warning(w.text))}
        </div>
      `}
      ${pendingCertificate(plan)}
      ${plan.planContinues && html`<div class="govuk-inset-text" data-testid="plan-continues">${plan.planContinues.text}</div>`}
      ${unknownArea(plan)}
    </div>
  </div>
  ${stillWaiting(plan)}
  ${routes(plan)}
  ${dates(plan)}
  ${parts.helpHtml}
  ${howWeWorkedThisOut(plan, parts.comparisonHtml)}
  ${keep(plan, parts.print)}
</div>
`
}

function doThisNext(plan: PlanView): Html | undefined {
  const next = plan.doThisNext
  if (!next) return undefined
  const { phone, name } = plan.sendiass
  return html`
      <div id="do-this-next" class="app-do-this-next" data-testid="do-this-next">
        <h2 class="govuk-heading-m govuk-!-margin-bottom-2">Do this next</h2>
        <p class="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-1">${next.action}</p>
        ${next.when && html`<p class="govuk-body govuk-!-margin-bottom-2">${next.when}</p>`}
        ${next.letter && html`<a href="${next.letter.href}" role="button" draggable="false" class="govuk-button" data-module="govuk-button">${next.letter.text}</a>`}
        <p class="govuk-body govuk-!-margin-bottom-0">Free advice:
          ${phone
            ? html`call <a class="govuk-link" href="tel:${phone.replaceAll(' ', '')}">${phone}</a> (${name})`
            : html`your local SENDIASS (<a class="govuk-link" href="#help">how to find it</a>)`}</p>
      </div>
      `
}

function pendingCertificate(plan: PlanView): Html | undefined {
  const pending = plan.pendingCertificate
  if (!pending) return undefined
  return html`
        <div class="govuk-inset-text" data-testid="pending-certificate">
          <p class="govuk-body">Your appeal date will move when your mediation certificate arrives: it becomes one month after the date on the certificate, if that is later.</p>
          ${pending.overdue && html`<p class="govuk-body">Your certificate is late. Ask the mediation adviser for it now. <a class="govuk-link app-no-print" href="${pending.chase?.href}">${pending.chase?.text}</a></p>`}
        </div>
      `
}

function unknownArea(plan: PlanView): Html | undefined {
  const area = plan.area
  if (area.known) return undefined
  return html`
        <div class="govuk-inset-text" data-testid="unknown-area">
          ${area.given && area.given !== 'other' ? html`Local details are not available for “${area.given}” yet.` : 'Local details are not available for your area yet.'}
          Your council’s Local Offer website lists local help.
        </div>
      `
}

function stillWaiting(plan: PlanView): Html | undefined {
  const waiting = plan.stillWaiting
  if (!waiting) return undefined
  const website = waiting.ombudsman?.website
  return section(
    { labelledBy: 'still-waiting', testid: 'still-waiting' },
    html`
        <h2 class="govuk-heading-l" id="still-waiting">Still waiting for the council</h2>
        ${waiting.items.map(
          (item) => html`
          <h3 class="govuk-heading-m">${item.heading}</h3>
          <p class="govuk-body">${item.sentence} <strong${item.late && html` class="app-late"`}>${item.lateness}</strong></p>
          <p class="govuk-body">${item.after}</p>
        `,
        )}
        <h3 class="govuk-heading-m">What you can do</h3>
        <ol class="govuk-list govuk-list--number">
          <li>Chase the council in writing. Ask when it will decide, and remind it of the time limit. <a class="govuk-link app-no-print" href="${waiting.items[0]?.chaseLetter.href}">${waiting.items[0]?.chaseLetter.text}</a></li>
          <li>If nothing happens, make a complaint using the council’s complaints procedure. <a class="govuk-link app-no-print" href="${waiting.complaintLetter.href}">${waiting.complaintLetter.text}</a></li>
          <li>If the complaint does not sort it out, complain to the Local Government and Social Care Ombudsman${website && html` (<a class="govuk-link" href="${website}">${website.replaceAll('https://', '')}</a>)`}. It is free.</li>
        </ol>
        <p class="govuk-body">You cannot appeal to the Tribunal about a delay. Your right to appeal starts only once the council makes its decision.</p>
    `,
  )
}

function routeBody(r: RouteView): Html {
  return html`
  <p class="govuk-body">${r.summary}</p>
  <ul class="govuk-list govuk-list--bullet">
    ${r.nextSteps.map((s) => html`<li>${s}</li>`)}
  </ul>
  ${r.letter && html`<p class="govuk-body app-no-print"><a class="govuk-link" href="${r.letter.href}">${r.letter.text}</a></p>`}
  ${r.guidance && html`<p class="govuk-body-s app-no-print"><a class="govuk-link" href="${r.guidance.href}">${r.guidance.text}</a></p>`}
`
}

function route(r: RouteView): Html {
  const heading = `${r.number}. ${r.title}`
  return html`
              <li class="app-route" id="route-${r.id}" data-route="${r.id}">
                ${r.urgent
                  ? html`
                  <h3 class="govuk-heading-m">${heading}</h3>
                  ${routeBody(r)}
                `
                  : html`
                  <details class="govuk-details govuk-!-margin-bottom-2">
                    <summary class="govuk-details__summary"><span class="govuk-details__summary-text">${heading}</span></summary>
                    <div class="govuk-details__text">${routeBody(r)}</div>
                  </details>
                `}
              </li>
            `
}

function routes(plan: PlanView): Html {
  return section(
    { labelledBy: 'routes', testid: 'routes' },
    html`
        <h2 class="govuk-heading-l" id="routes">What you can do</h2>
        ${plan.routes.length > 0
          ? html`
          <p class="govuk-body">Most urgent first. You can do more than one at the same time. Open the others to see what they involve.</p>
          <ol class="app-routes">
            ${plan.routes.map(route)}
          </ol>
        `
          : html`
          <p class="govuk-body">We could not find a route for this. Contact your local SENDIASS for advice.</p>
        `}
        ${plan.done.length > 0 && html`
          <details class="govuk-details" data-testid="done">
            <summary class="govuk-details__summary"><span class="govuk-details__summary-text">What you have already done</span></summary>
            <div class="govuk-details__text">
              <ul class="govuk-list">
                ${plan.done.map((d) => html`<li data-route="${d.title}"><strong>Done:</strong> ${d.title}. ${d.text}</li>`)}
              </ul>
            </div>
          </details>
        `}
        ${plan.closedRoutes.length > 0 && html`
          <details class="govuk-details" data-testid="closed-routes">
            <summary class="govuk-details__summary"><span class="govuk-details__summary-text">What is not open to you, and why</span></summary>
            <div class="govuk-details__text">
              ${plan.closedRoutes.map(
                (c) => html`
                <div class="app-closed-route" data-route="${c.id}">
                  <h3 class="govuk-heading-s govuk-!-margin-bottom-1">${c.title}</h3>
                  <p class="govuk-body">${c.reason}</p>
                </div>
              `,
              )}
            </div>
          </details>
        `}
    `,
  )
}

function dates(plan: PlanView): Html {
  return section(
    { labelledBy: 'dates', testid: 'dates' },
    html`
        <h2 class="govuk-heading-l" id="dates">Your dates</h2>
        ${plan.milestones.length > 0
          ? html`
          <ol class="app-milestones" data-testid="milestones">
            ${plan.milestones.map(
              (m) => html`
              <li class="app-milestone" data-milestone="${m.id}" data-status="${m.status}">
                <p class="govuk-body govuk-!-margin-bottom-1"><strong>${m.dateText}</strong> <strong class="govuk-tag ${m.tagClasses}">${m.statusText}</strong></p>
                <p class="govuk-body govuk-!-margin-bottom-1">${m.title} (${m.actor})</p>
                ${m.provisionalText && html`<p class="govuk-body-s">${m.provisionalText}</p>`}
              </li>
            `,
            )}
          </ol>
          ${plan.schoolDaysNote && html`<p class="govuk-body" data-testid="school-days">${plan.schoolDaysNote.text}</p>`}
          ${plan.timeline && html`
            <details class="govuk-details">
              <summary class="govuk-details__summary"><span class="govuk-details__summary-text">Your dates on a timeline</span></summary>
              <div class="govuk-details__text">
                <figure class="app-timeline-figure app-plan-timeline" data-testid="timeline">${trusted(plan.timeline.svg)}</figure>
                <ol class="govuk-list govuk-list--number" data-testid="timeline-list">
                  ${plan.timeline.items.map((item) => html`<li>${item}</li>`)}
                </ol>
              </div>
            </details>
          `}
        `
          : html`
          <p class="govuk-body">There are no time limits in law for this. Do not wait too long, though: it is easier to sort things out early.</p>
        `}
        ${plan.tribunalStages && html`
          <h3 class="govuk-heading-m">After you appeal</h3>
          <ol class="govuk-list govuk-list--number" data-testid="tribunal-stages">
            ${plan.tribunalStages.map((st) => html`<li><strong>${st.title}${st.dateText && html` (${st.dateText})`}.</strong> ${st.whatYouDo}</li>`)}
          </ol>
        `}
    `,
  )
}

function howWeWorkedThisOut(plan: PlanView, comparisonHtml: Html): Html {
  const notes: (NoteView | undefined)[] = [plan.pendingCertificate, plan.planContinues, plan.schoolDaysNote]
  return section(
    { labelledBy: 'how', testid: 'how-we-worked-this-out' },
    html`
        <details class="govuk-details">
          <summary class="govuk-details__summary"><span class="govuk-details__summary-text" id="how">How we worked this out</span></summary>
          <div class="govuk-details__text">
            <p class="govuk-body">This plan gives information, not legal advice. Sources marked * are not yet checked against the original text.</p>
            ${comparisonHtml}
            ${plan.milestones.length > 0 && html`
              <h3 class="govuk-heading-s">Each date</h3>
              <ul class="govuk-list">
                ${plan.milestones.map((m) => html`<li data-milestone-law="${m.id}"><strong>${m.title}.</strong> ${m.explanation}${m.law && html` <span class="app-citations">(${m.law})</span>`}</li>`)}
              </ul>
            `}
            <h3 class="govuk-heading-s">The law behind each option</h3>
            <ul class="govuk-list">
              ${plan.routes.map((r) => r.law && html`<li>${r.title}: ${r.law}</li>`)}
              ${plan.closedRoutes.map((c) => c.law && html`<li>${c.title} (not open): ${c.law}</li>`)}
              ${plan.warnings.map((w) => w.law && html`<li>${w.text} ${w.law}</li>`)}
              ${plan.stillWaiting?.items.map((item) => item.law && html`<li>${item.heading}: ${item.law}</li>`)}
              ${notes.map((n) => n?.law && html`<li>${n.text} ${n.law}</li>`)}
            </ul>
          </div>
        </details>
    `,
  )
}

function keep(plan: PlanView, print: boolean): Html {
  return section(
    { labelledBy: 'keep', noPrint: true },
    html`
        <h2 class="govuk-heading-m" id="keep">Keep your plan</h2>
        <p class="govuk-body">Bookmark this page: your answers are in the web address, not stored by us.</p>
        ${!print && html`
        <p class="govuk-body">Or save it to your case record: we then keep the dates and email you before each deadline.</p>
        <a href="${plan.links.plan.replaceAll('/plan?', '/plan/save?')}" role="button" draggable="false" class="govuk-button" data-testid="save-plan">Save to my case</a>
        `}
        <ul class="govuk-list">
          ${!print && html`<li><a class="govuk-link" href="${plan.links.print}">Print this plan</a></li>`}
          ${plan.links.ics && html`<li><a class="govuk-link" href="${plan.links.ics}" download>Add your deadlines to your calendar (.ics file)</a></li>`}
          <li><a class="govuk-link" href="${plan.links.changeAnswers}">Change your answers</a></li>
          <li><a class="govuk-link" href="/start">Start again</a></li>
        </ul>
    `,
  )
}

/** A section of the plan, in the page's narrower column. */
function section(o: { labelledBy: string; testid?: string; noPrint?: boolean }, content: Html): Html {
  return html`
  <section class="app-plan-section${o.noPrint && ' app-no-print'}" aria-labelledby="${o.labelledBy}"${o.testid && html` data-testid="${o.testid}"`}>
    <div class="govuk-grid-row">
      <div class="govuk-grid-column-two-thirds">
        ${content}
      </div>
    </div>
  </section>
  `
}
