// Rules for the letter pages themselves, served with the letter's own stylesheet as /letters/letter.css.
export const PAGE_CSS = `
.app-letter-form__default { position: absolute; left: -9999px; width: 1px; height: 1px; overflow: hidden; }
.app-letter-form__item { margin-bottom: 20px; }
.app-back-button { background: none; border: 0; border-radius: 0; padding: 0 0 0 0.875em; cursor: pointer; -webkit-appearance: none; appearance: none; }
.app-letter-preview { margin: 0 0 30px; padding: 15px; border: 1px solid #b1b4b6; border-left-width: 5px; }
@media (min-width: 40.0625em) { .app-letter-preview { padding: 30px; } }
@media print { .app-letter-preview { border: 0; padding: 0; } }
`.trim()
