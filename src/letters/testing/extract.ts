import { strFromU8, unzipSync } from 'fflate'
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'
import { isDefaultIgnorable } from '../render/font-files.js'
import { pdfFonts } from '../render/fonts.js'

// Reading rendered letters back, for tests: the text of a .docx and of a PDF.

const XML_ENTITIES: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&quot;': '"', '&apos;': "'", '&amp;': '&' }
const unescapeXml = (s: string) =>
  s.replace(/&(lt|gt|quot|apos|amp|#\d+|#x[0-9a-fA-F]+);/g, (m) =>
    m.startsWith('&#x')
      ? String.fromCodePoint(parseInt(m.slice(3, -1), 16))
      : m.startsWith('&#')
        ? String.fromCodePoint(parseInt(m.slice(2, -1), 10))
        : (XML_ENTITIES[m] ?? m),
  )

export function docxFiles(docx: Uint8Array): Record<string, string> {
  const files = unzipSync(docx)
  return Object.fromEntries(Object.entries(files).map(([name, data]) => [name, strFromU8(data)]))
}

/** The text of word/document.xml: one line per paragraph, line breaks kept. */
export function docxText(documentXml: string): string {
  const paragraphs = documentXml.match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? []
  return paragraphs
    .map((p) =>
      [...p.matchAll(/<w:t(?: [^>]*)?>([\s\S]*?)<\/w:t>|<w:br\/>/g)]
        .map((m) => (m[0] === '<w:br/>' ? '\n' : unescapeXml(m[1] ?? '')))
        .join(''),
    )
    .join('\n')
}

export interface PdfContent {
  text: string
  numPages: number
  info: Record<string, unknown>
  displayDocTitle: boolean | undefined
  structureRoles: string[]
}

/** The text of a PDF as pdf.js extracts it, with its metadata and the roles in its structure tree. */
export async function readPdf(pdf: Uint8Array): Promise<PdfContent> {
  const doc = await getDocument({ data: new Uint8Array(pdf), verbosity: 0, isEvalSupported: false }).promise
  try {
    let text = ''
    const roles: string[] = []
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n)
      const content = await page.getTextContent()
      for (const item of content.items) {
        if ('str' in item) text += item.str + (item.hasEOL ? '\n' : '')
      }
      text += '\n'
      const walk = (node: { role?: string; children?: unknown[] } | null) => {
        if (node === null) return
        if (node.role !== undefined) roles.push(node.role)
        for (const child of node.children ?? []) walk(child as { role?: string; children?: unknown[] })
      }
      walk((await page.getStructTree()) as unknown as { role?: string; children?: unknown[] })
    }
    const meta = await doc.getMetadata()
    const prefs = (await doc.getViewerPreferences()) as Record<string, unknown> | null
    return {
      text,
      numPages: doc.numPages,
      info: meta.info as Record<string, unknown>,
      displayDocTitle: prefs?.DisplayDocTitle as boolean | undefined,
      structureRoles: roles,
    }
  } finally {
    await doc.destroy()
  }
}

/** Line breaks from wrapping become spaces, so a value can be found wherever it wrapped. */
export const flatText = (s: string) => s.replace(/\s*\n\s*/g, ' ')

/**
 * A value as a PDF's text layer gives it back: a grapheme an installed font draws loses its
 * invisible joiners and selectors (see FontChooser in ../render/pdf.ts); one that no font can
 * draw comes back exactly.
 */
export function asPdfText(value: string): string {
  const fonts = pdfFonts()
  const all = [fonts.regular, fonts.bold, ...(fonts.scripts ?? []).flatMap((s) => [s.regular, s.bold]), ...fonts.fallbacks]
  return Array.from(graphemes.segment(value), ({ segment }) => {
    const visible = Array.from(segment).filter((c) => !isDefaultIgnorable(c.codePointAt(0)!))
    const drawn = visible.length > 0 && all.some((f) => visible.every((c) => f.has(c.codePointAt(0)!)))
    return drawn ? visible.join('') : segment
  }).join('')
}

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' })
