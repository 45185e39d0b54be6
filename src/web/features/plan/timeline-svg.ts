import { daysBetween, govukDate } from '../../../dates.js'

// The plan's visual timeline: an inline SVG drawn on the server, top to bottom so it reads on a
// 320 px phone. Gaps follow the time between dates, stretched where labels need the room. No
// scripts, no style attributes (the CSP forbids them): presentation attributes and classes only.
// Every piece of text is escaped. The page puts an ordered list of the same dates right after it.

export type TimelineEventKind = 'passed' | 'due-today' | 'upcoming' | 'today' | 'event'

export interface TimelineEvent {
  date: string
  label: string
  kind: TimelineEventKind
}

export interface TimelineSvgOptions {
  /** Unique within the page: used for the ids that tie the title and description to the picture. */
  idPrefix?: string
  title?: string
}

const STATUS_WORDS: Record<TimelineEventKind, string> = {
  passed: 'passed',
  'due-today': 'due today',
  upcoming: 'coming up',
  today: 'today',
  event: 'happened',
}

const COLOURS = {
  blue: '#1d70b8',
  red: '#ca3535',
  darkGrey: '#484949',
  midGrey: '#cecece',
  black: '#0b0c0c',
  white: '#ffffff',
}

const XML_ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }
const XML_SPECIAL = /[&<>"']/
const XML_SPECIALS = /[&<>"']/g
// Drawn on every fresh plan: most labels have nothing to escape, and come back as they are.
export const escapeXml = (s: string): string => (XML_SPECIAL.test(s) ? s.replace(XML_SPECIALS, (c) => XML_ESCAPES[c]!) : s)

/** Breaks text into lines of at most `width` characters, at spaces where it can. */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const pieces = word.length > width ? (word.match(new RegExp(`.{1,${width}}`, 'g')) ?? [word]) : [word]
    for (const piece of pieces) {
      if (line === '') line = piece
      else if (line.length + 1 + piece.length <= width) line += ` ${piece}`
      else {
        lines.push(line)
        line = piece
      }
    }
  }
  if (line !== '') lines.push(line)
  return lines
}

/** What the timeline says, in words: the same events in the same order, for its description and the list after it. */
export const describeEvent = (e: TimelineEvent, dateText = govukDate(e.date)): string =>
  e.kind === 'today' ? `${dateText}: today` : `${dateText}: ${e.label} (${STATUS_WORDS[e.kind]})`

// Labels are mostly the law's own titles, so each is wrapped once (the bound is a guard).
const wrapped = new Map<string, readonly string[]>()
function wrapLabel(label: string): readonly string[] {
  let lines = wrapped.get(label)
  if (lines === undefined) {
    lines = wrap(label, CHARS_PER_LINE)
    if (wrapped.size >= 1000) wrapped.clear()
    wrapped.set(label, lines)
  }
  return lines
}

// ISO dates sort as plain strings; localeCompare would ask the locale's collation, which costs far more.
const byDate = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

/** Events in date order; on the same day, today comes first, then the rest as given. */
export function orderEvents(events: readonly TimelineEvent[]): TimelineEvent[] {
  const todayLast = (e: TimelineEvent) => (e.kind === 'today' ? 0 : 1)
  return events
    .map((e, i) => ({ e, i }))
    .sort((a, b) => byDate(a.e.date, b.e.date) || todayLast(a.e) - todayLast(b.e) || a.i - b.i)
    .map(({ e }) => e)
}

const WIDTH = 340
const LINE_X = 22
const TEXT_X = 46
const TOP = 20
const LINE_HEIGHT = 18
const CHARS_PER_LINE = 34
const GAP = 14

/** Attributes as a string; every value here is a number or one of our own constants. */
function attrs(group: Record<string, string | number>): string {
  let out = ''
  for (const k in group) out += `${out === '' ? '' : ' '}${k}="${group[k]}"`
  return out
}

const outline = (stroke: string, width: number) => ({ stroke, 'stroke-width': width })

// Each shape's fixed attributes are written once, when the module loads: a fresh plan draws a
// dozen shapes, and only their positions change from plan to plan.
const CIRCLE: Record<Exclude<TimelineEventKind, 'today'>, readonly [string, string]> = {
  passed: circle('passed', { r: 7, fill: COLOURS.darkGrey }),
  'due-today': circle('due-today', { r: 9, fill: COLOURS.red, ...outline(COLOURS.black, 2) }),
  upcoming: circle('upcoming', { r: 7, fill: COLOURS.white, ...outline(COLOURS.blue, 4) }),
  event: circle('event', { r: 5, fill: COLOURS.white, ...outline(COLOURS.darkGrey, 3) }),
}

function circle(kind: TimelineEventKind, look: Record<string, string | number>): readonly [string, string] {
  return [`<circle class="app-tl__marker app-tl__marker--${kind}" cx="${LINE_X}" cy="`, `" ${attrs(look)}/>`]
}

// A shape for each kind of date, so the picture does not rely on colour alone: today is a diamond.
function marker(kind: TimelineEventKind, y: number): string {
  if (kind === 'today') {
    const square = `x="${LINE_X - 7}" y="${y - 7}" width="14" height="14" transform="rotate(45 ${LINE_X} ${y})"`
    return `<rect class="app-tl__marker app-tl__marker--today" ${square} fill="${COLOURS.black}"/>`
  }
  const [before, after] = CIRCLE[kind]
  return `${before}${y}${after}`
}

const LINE = `x1="${LINE_X}" x2="${LINE_X}" stroke-width="4"`
const TEXT = `x="${TEXT_X}" font-size="15" fill="${COLOURS.black}"`

/**
 * Draws the events as an accessible SVG (role="img", a <title> and a <desc> naming every date).
 * Returns an empty string when there is nothing to draw.
 */
export function timelineSvg(input: readonly TimelineEvent[], options: TimelineSvgOptions = {}): string {
  const events = orderEvents(input)
  const first = events[0]
  const last = events[events.length - 1]
  if (!first || !last) return ''
  const prefix = options.idPrefix ?? 'timeline'
  const title = options.title ?? 'Your timeline'

  // Lay out: each event's block is its date line plus its wrapped label.
  const blocks = events.map((e) => {
    const date = govukDate(e.date)
    const description = describeEvent(e, date)
    const heading = e.kind === 'today' ? `Today, ${date}` : `${date} (${STATUS_WORDS[e.kind]})`
    const lines = e.kind === 'today' ? [] : wrapLabel(e.label)
    return { e, description, heading, lines, height: LINE_HEIGHT * (1 + lines.length) + GAP }
  })
  const span = Math.max(1, daysBetween(first.date, last.date))
  const natural = blocks.reduce((sum, b) => sum + b.height, 0)
  const scale = Math.max(natural, 360) / span
  let previousEnd = TOP
  const placed = blocks.map((b) => {
    const wanted = TOP + daysBetween(first.date, b.e.date) * scale
    const y = Math.max(wanted, previousEnd)
    previousEnd = y + b.height
    return { e: b.e, heading: b.heading, lines: b.lines, height: b.height, y: Math.round(y) }
  })
  const height = Math.round(previousEnd + TOP)
  const firstY = placed[0]?.y ?? TOP
  const lastY = placed[placed.length - 1]?.y ?? TOP
  const today = placed.find((p) => p.e.kind === 'today')

  const parts: string[] = []
  const size = `viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}"`
  parts.push(`<svg xmlns="http://www.w3.org/2000/svg" class="app-tl" ${size} role="img" aria-labelledby="${prefix}-title ${prefix}-desc" focusable="false">`)
  parts.push(`<title id="${prefix}-title">${escapeXml(title)}</title>`)
  const desc = `From ${govukDate(first.date)} to ${govukDate(last.date)}. ${blocks.map((b) => b.description).join('. ')}.`
  parts.push(`<desc id="${prefix}-desc">${escapeXml(desc)}</desc>`)
  // The line: solid up to today, lighter after it.
  const split = today ? today.y : lastY
  parts.push(`<line class="app-tl__line" ${LINE} y1="${firstY}" y2="${split}" stroke="${COLOURS.darkGrey}"/>`)
  if (split < lastY) {
    parts.push(`<line class="app-tl__line app-tl__line--future" ${LINE} y1="${split}" y2="${lastY}" stroke="${COLOURS.blue}" stroke-dasharray="8 6"/>`)
  }
  for (const p of placed) {
    parts.push(`<g class="app-tl__event app-tl__event--${p.e.kind}">`)
    parts.push(marker(p.e.kind, p.y))
    const baseline = p.y + 5
    parts.push(`<text ${TEXT} y="${baseline}" font-weight="bold">${escapeXml(p.heading)}</text>`)
    for (let i = 0; i < p.lines.length; i++) {
      parts.push(`<text ${TEXT} y="${baseline + LINE_HEIGHT * (i + 1)}">${escapeXml(p.lines[i]!)}</text>`)
    }
    parts.push('</g>')
  }
  parts.push('</svg>')
  return parts.join('')
}
