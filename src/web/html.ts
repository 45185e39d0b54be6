// HTML written in TypeScript, for the one page rendered afresh on nearly every request (the plan:
// ADR 0013). Everything put into `html` is escaped unless it is already Html, so user text can
// only ever arrive as text, as with Nunjucks' autoescaping.

const MADE_HERE: unique symbol = Symbol('html.ts')

/**
 * Markup that is already safe: made by `html`, or trusted output of a template. It is kept as its
 * pieces, joined once when the page is whole: joining at every level would copy the page again
 * for each level it is nested in.
 *
 * Every piece is ASCII: characters beyond it are written as character references (&#8217; for ’),
 * which a browser shows the same. Encoding ASCII is a copy, several times cheaper than encoding
 * UTF-8, and a fresh plan page is tens of kilobytes.
 */
export class Html {
  /** Only this module makes Html (the token is its own), so every piece is known safe and ASCII. */
  constructor(token: typeof MADE_HERE, readonly pieces: readonly string[]) {
    if (token !== MADE_HERE) throw new Error('Html is made by html`...`, trusted() or Slotted')
  }
  get value(): string {
    return this.pieces.join('')
  }
  toString(): string {
    return this.value
  }
  /** The bytes to send: ASCII is the same in Latin-1 and UTF-8, and Latin-1 is a plain copy. */
  toBuffer(): Buffer {
    return Buffer.from(this.value, 'latin1')
  }
}

export type HtmlPart = Html | string | number | false | null | undefined | readonly HtmlPart[]

// The same characters, written the same way, as Nunjucks' escaping; and any character beyond ASCII
// (a pair of surrogates is one character) as its number.
const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '"': '&quot;', "'": '&#39;', '<': '&lt;', '>': '&gt;', '\\': '&#92;' }
const NOT_ASCII = /[\uD800-\uDBFF][\uDC00-\uDFFF]|[\u0080-\uFFFF]/g
const UNSAFE = /[&"'<>\\\u0080-\uFFFF]/
const UNSAFE_ALL = /[&"'<>\\]|[\uD800-\uDBFF][\uDC00-\uDFFF]|[\u0080-\uFFFF]/g
const reference = (c: string): string => ESCAPES[c] ?? `&#${c.codePointAt(0)};`

export function escapeText(text: string): string {
  // Most text has nothing to escape: test once rather than rebuild the string.
  return UNSAFE.test(text) ? text.replace(UNSAFE_ALL, reference) : text
}

/** Markup with every character beyond ASCII written as a character reference. */
export const asciiMarkup = (markup: string): string => markup.replace(NOT_ASCII, reference)

/**
 * Space that only lays out the source (a line break and the indent after it) is one line break
 * in the page: a browser shows both the same, and the page is smaller. Never for <pre> or
 * <textarea>, which no template given to this has.
 */
export const collapseLayoutSpace = (markup: string): string => markup.replace(/\n\s*/g, '\n')

// A template's fixed parts are the same array each time its line runs, so each is tidied once.
const tidied = new WeakMap<TemplateStringsArray, readonly string[]>()

function append(out: string[], part: HtmlPart): void {
  if (part === undefined || part === null || part === false) return
  if (part instanceof Html) for (const piece of part.pieces) out.push(piece)
  else if (typeof part === 'string') out.push(escapeText(part))
  else if (typeof part === 'number') out.push(String(part))
  else for (const p of part) append(out, p)
}

/** A tagged template: html`<p>${text}</p>` escapes `text`; Html, lists of parts and numbers go in as they are; false, null and undefined add nothing. */
export function html(strings: TemplateStringsArray, ...values: readonly HtmlPart[]): Html {
  let fixed = tidied.get(strings)
  if (fixed === undefined) {
    fixed = strings.map((fixedPart) => asciiMarkup(collapseLayoutSpace(fixedPart)))
    tidied.set(strings, fixed)
  }
  const out: string[] = [fixed[0]!]
  for (let i = 0; i < values.length; i++) {
    append(out, values[i])
    out.push(fixed[i + 1]!)
  }
  return new Html(MADE_HERE, out)
}

/** Markup from a trusted source (a rendered template, a drawing made with its text escaped). */
export const trusted = (markup: string): Html => new Html(MADE_HERE, [asciiMarkup(markup)])

/**
 * A page rendered once with markers where its changing parts go, kept as the parts between them.
 * Filling it in costs a join, not a template render.
 */
export class Slotted {
  private readonly pieces: readonly string[]
  private readonly slots: readonly string[]

  constructor(rendered: string, names: readonly string[]) {
    const pattern = new RegExp(`${Slotted.mark('(' + names.join('|') + ')')}`, 'g')
    const split = rendered.split(pattern)
    this.pieces = split.filter((_, i) => i % 2 === 0).map(asciiMarkup)
    this.slots = split.filter((_, i) => i % 2 === 1)
    for (const name of names) if (!this.slots.includes(name)) throw new Error(`the rendered page has no place for ${name}`)
  }

  /** The marker to render in a slot's place: characters no template or text of ours uses. */
  static mark(name: string): string {
    return `\uE000${name}\uE001`
  }

  fill(values: Readonly<Record<string, HtmlPart>>): Html {
    const out: string[] = [this.pieces[0]!]
    for (let i = 0; i < this.slots.length; i++) {
      append(out, values[this.slots[i]!])
      out.push(this.pieces[i + 1]!)
    }
    return new Html(MADE_HERE, out)
  }
}
