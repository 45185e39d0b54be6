// Characters that cannot go into a .docx (XML 1.0 forbids them) or be printed: C0 and C1
// controls other than tab and line feed, lone surrogates, and the non-characters U+FFFE and
// U+FFFF. The schemas refuse them with a message; the renderers drop any that reach them
// from a model built some other way, so a document is never corrupt.

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]/
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

// Bidirectional embeddings, overrides and isolates (U+202A-202E, U+2066-2069) make text display in
// an order other than the one it is stored in ("Sam \u202Egnp.exe" shows as "Sam exe.png"), so a
// letter could say something other than what it seems to. Arabic, Persian and Urdu need none of
// them: the direction of each letter comes from the script itself.
const DIRECTION_CONTROL = /[\u202A-\u202E\u2066-\u2069]/

export const hasDirectionControls = (s: string): boolean => DIRECTION_CONTROL.test(s)

export const hasUnusableCharacters = (s: string): boolean => CONTROL.test(s) || LONE_SURROGATE.test(s)

/** Characters never to show back to a person: controls, direction controls, lone surrogates. */
export const hasHiddenCharacters = (s: string): boolean => hasUnusableCharacters(s) || hasDirectionControls(s)

/** One line of text to show back (a search, say), with every control and direction control taken out. */
export const withoutHiddenCharacters = (s: string): string =>
  // eslint-disable-next-line no-control-regex
  s.replace(/[\u0000-\u001F\u007F-\u009F\uFFFE\uFFFF\u202A-\u202E\u2066-\u2069]/g, '').replace(new RegExp(LONE_SURROGATE.source, 'g'), '')

/** The string without unusable characters; carriage returns become line feeds. */
export const printable = (s: string): string =>
  s
    .replace(/\r\n?/g, '\n')
    .replace(new RegExp(CONTROL.source, 'g'), '')
    .replace(new RegExp(LONE_SURROGATE.source, 'g'), '')
