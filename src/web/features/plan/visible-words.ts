// Counts the words a reader sees on a page before opening anything: text outside collapsed
// <details> (their <summary> still counts), without the <head>, scripts, styles or tags.
// Used by the plan's length test; the limit is 900 words for the refused-assessment plan.

// Numbered references are characters (the plan writes ’ as &#8217;); named ones other than &amp; are
// read as a space, which counts no word.
const decode = (s: string): string =>
  s
    .replace(/&nbsp;/g, ' ')
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&amp;/g, '&')
    .replace(/&[a-z]+;/g, ' ')

/** The visible text of an HTML page, collapsed <details> left closed. */
export function visibleText(html: string): string {
  let body = html.replace(/<head[\s\S]*?<\/head>/i, '').replace(/<(script|style)[\s\S]*?<\/\1>/gi, '')
  // Innermost first, so nested <details> come out whole; keep each <summary>.
  let previous = ''
  while (previous !== body) {
    previous = body
    body = body.replace(/<details(?![^>]*\bopen\b)[^>]*>((?:(?!<details)[\s\S])*?)<\/details>/i, (_, inner: string) => {
      const summary = /<summary[^>]*>([\s\S]*?)<\/summary>/i.exec(inner)
      return ` ${summary?.[1] ?? ''} `
    })
  }
  return decode(body.replace(/<[^>]+>/g, ' ')).replace(/\s+/g, ' ').trim()
}

export const visibleWordCount = (html: string): number => visibleText(html).split(' ').filter((w) => /\w/.test(w)).length
