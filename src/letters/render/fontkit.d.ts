// The little of fontkit (pdfkit's own font engine, installed with pdfkit) that the PDF
// renderer uses: parse a font file once, so every PDF can embed the same parsed font.
declare module 'fontkit' {
  export interface Font {
    postscriptName: string
    unitsPerEm: number
    layout: (text: string, features?: unknown, ...rest: unknown[]) => unknown
    hasGlyphForCodePoint: (codePoint: number) => boolean
    getGlyph: (id: number, codePoints?: number[]) => unknown
    glyphForCodePoint: (codePoint: number) => unknown
  }
  export function create(buffer: Uint8Array, postscriptName?: string): Font
}
