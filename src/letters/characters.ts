// Characters that cannot go into a .docx (XML 1.0 forbids them) or be printed: C0 and C1
// controls other than tab and line feed, lone surrogates, and the non-characters U+FFFE and
// U+FFFF. The schemas refuse them with a message; the renderers drop any that reach them
// from a model built some other way, so a document is never corrupt.

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]/
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

export const hasUnusableCharacters = (s: string): boolean => CONTROL.test(s) || LONE_SURROGATE.test(s)

/** The string without unusable characters; carriage returns become line feeds. */
export const printable = (s: string): string =>
  s
    .replace(/\r\n?/g, '\n')
    .replace(new RegExp(CONTROL.source, 'g'), '')
    .replace(new RegExp(LONE_SURROGATE.source, 'g'), '')
