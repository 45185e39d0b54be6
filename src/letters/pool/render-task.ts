import type { LetterModel } from '../model.js'
import { renderDocx } from '../render/docx.js'
import { renderPdf, pdfDocumentsRendered } from '../render/pdf.js'

// What a letter worker runs: one letter, as Word or PDF. The worker thread holds its own font
// set (./../render/fonts.ts reads it once per thread), so fonts never load on the event loop.

export interface RenderTask {
  model: LetterModel
  format: 'pdf' | 'docx'
}

export interface RenderResult {
  bytes: Uint8Array
  /** PDFs this worker thread has rendered so far, for tests. */
  rendered: number
}

export default async function renderTask({ model, format }: RenderTask): Promise<RenderResult> {
  const bytes = format === 'pdf' ? await renderPdf(model) : await renderDocx(model)
  return { bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), rendered: pdfDocumentsRendered() }
}
