// Query strings written exactly as URLSearchParams writes them (application/x-www-form-urlencoded),
// without making a URLSearchParams for each link: a plan page writes a dozen links, and most of
// their values are dates and ids with nothing to encode.

const NOTHING_TO_ENCODE = /^[A-Za-z0-9*\-._]*$/

/** One name or value as a form-encoded query string writes it. */
export function formEncode(text: string): string {
  if (NOTHING_TO_ENCODE.test(text)) return text
  // Anything else goes through URLSearchParams itself, so spaces, symbols and odd characters come out the same.
  return new URLSearchParams([['', text]]).toString().slice(1)
}

/** `name=value&...` from pairs, in order. */
export function formQuery(pairs: Iterable<readonly [string, string]>): string {
  let out = ''
  for (const [name, value] of pairs) out += `${out === '' ? '' : '&'}${formEncode(name)}=${formEncode(value)}`
  return out
}
