import { Marked, type Token, type Tokens } from 'marked'

export interface RenderedMarkdown {
  html: string
  /** Plain text for the search index: no markup, one block per line. */
  text: string
  /** Anything a guidance author should not have written; empty when the page is fine. */
  problems: string[]
}

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;')

const SAFE_HREF = /^(?:https?:\/\/|mailto:|tel:|\/(?!\/)|#)/i

// Guidance authors never write HTML. It is refused by validation, and escaped here as
// well so that a page can never inject markup even if validation were bypassed.
const marked = new Marked({
  gfm: true,
  async: false,
  renderer: {
    html: ({ text }) => escapeHtml(text),
    // Unsafe links keep their words but lose the href; false means "use the default renderer".
    link(token) {
      return SAFE_HREF.test(token.href) ? false : this.parser.parseInline(token.tokens)
    },
  },
})

const childTokens = (token: Token): Token[] => {
  if (token.type === 'list') return (token as Tokens.List).items
  if (token.type === 'table') {
    const table = token as Tokens.Table
    return [...table.header, ...table.rows.flat()].flatMap((cell) => cell.tokens)
  }
  return 'tokens' in token && Array.isArray(token.tokens) ? token.tokens : []
}

const snippet = (s: string) => JSON.stringify(s.trim().slice(0, 40))

function check(tokens: Token[], problems: string[]): void {
  for (const token of tokens) {
    if (token.type === 'html') problems.push(`raw HTML is not allowed: ${snippet(token.raw)}`)
    if (token.type === 'heading' && (token as Tokens.Heading).depth !== 2) {
      problems.push(`use "##" headings only (the title comes from the front matter): ${snippet(token.raw)}`)
    }
    if (token.type === 'image') problems.push(`images are not allowed: ${snippet(token.raw)}`)
    if (token.type === 'link' && !SAFE_HREF.test((token as Tokens.Link).href)) {
      problems.push(`link must be http(s), mailto:, tel: or a site path: ${snippet((token as Tokens.Link).href)}`)
    }
    check(childTokens(token), problems)
  }
}

const inlineText = (tokens: Token[]): string =>
  tokens
    .map((t) => {
      if ('tokens' in t && Array.isArray(t.tokens)) return inlineText(t.tokens)
      if (t.type === 'html') return ''
      if (t.type === 'br') return ' '
      return 'text' in t && typeof t.text === 'string' ? t.text : ''
    })
    .join('')

// Block tokens become lines; inline tokens are joined as written, so words keep their spaces.
function plainText(tokens: Token[]): string[] {
  return tokens.flatMap((t): string[] => {
    switch (t.type) {
      case 'heading':
      case 'paragraph':
      case 'text':
        return [inlineText('tokens' in t && Array.isArray(t.tokens) ? t.tokens : [t])]
      case 'list':
      case 'table':
        return childTokens(t).flatMap((child) => plainText([child]))
      case 'list_item':
      case 'blockquote':
        return plainText(childTokens(t))
      case 'code':
        return [(t as Tokens.Code).text]
      default:
        return 'tokens' in t && Array.isArray(t.tokens) ? [inlineText(t.tokens)] : []
    }
  })
}

export function renderMarkdown(source: string): RenderedMarkdown {
  const tokens = marked.lexer(source)
  const problems: string[] = []
  check(tokens, problems)
  const html = marked.parser(tokens)
  const text = plainText(tokens)
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n')
  return { html, text, problems }
}
