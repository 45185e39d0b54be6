// How a letter looks as HTML on its own (print view, HTML download), and the few rules the
// preview needs on top of GOV.UK Frontend. Served as /letters/letter.css and put inline in
// HTML documents from the API, so a saved letter looks right without the service.

export const LETTER_CSS = `
.sendpath-letter { overflow-wrap: anywhere; word-break: break-word; }
.sendpath-letter__sender { text-align: right; }
.sendpath-letter bdi { unicode-bidi: isolate; }
.sendpath-letter-page {
  margin: 0 auto; padding: 16px; max-width: 42em; color: #0b0c0c; background: #fff;
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  font-size: 16px; line-height: 1.45;
}
.sendpath-letter-page .sendpath-letter p, .sendpath-letter-page .sendpath-letter li { margin: 0 0 0.8em; }
.sendpath-letter-page .sendpath-letter h1 { font-size: 1.35em; line-height: 1.25; margin: 1.2em 0 0.8em; }
.sendpath-letter-page .sendpath-letter h2 { font-size: 1.1em; line-height: 1.3; margin: 1.2em 0 0.5em; }
.sendpath-letter-page .sendpath-letter ul { margin: 0 0 0.8em; padding-left: 1.5em; }
.sendpath-letter-page__note { margin: 0 0 1.5em; padding: 0.6em 0.8em; border-left: 5px solid #b1b4b6; }
@page { size: A4; margin: 20mm; }
@media print {
  .sendpath-letter-page { max-width: none; padding: 0; font-size: 11pt; }
  .sendpath-letter-page__note { display: none; }
  .sendpath-letter h1, .sendpath-letter h2 { break-after: avoid; page-break-after: avoid; }
  .sendpath-letter p, .sendpath-letter li { orphans: 3; widows: 3; }
}
`.trim()
