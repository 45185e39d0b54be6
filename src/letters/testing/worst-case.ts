import { VALID } from './fixtures.js'

// The letters issue 9's report used to take the service down, for tests and bench/: the most
// work one request within the limits can ask of the PDF renderer.

/** A complaint of ten issues whose every line is one character: the most lines a body allows. */
export function worstCaseAscii() {
  const lines = (n: number, offset: number) =>
    Array.from({ length: n }, (_, j) => String.fromCharCode(97 + ((offset + j) % 26))).join('\n')
  return {
    ...VALID.complaint,
    date: '2026-11-02',
    issues: Array.from({ length: 10 }, (_, i) => ({ what: lines(1_000, i), wantedOutcome: lines(500, i) })),
  }
}

/** The CJK Unified Ideographs block: 20,992 characters, most of them in Noto Sans CJK. */
const CJK_FIRST = 0x4e00
const CJK_COUNT = 0x5200

/**
 * A complaint in Chinese of six long issues (about 55 KB of JSON), its characters drawn from a
 * different part of the CJK block for each `seed`, so every letter needs glyphs the last did not.
 */
export function worstCaseCjk(seed: number) {
  let state = (seed * 2_654_435_761) >>> 0 || 1
  const next = () => {
    // xorshift32: the same letters for the same seed, run after run.
    state ^= state << 13
    state ^= state >>> 17
    state ^= state << 5
    return (state >>> 0) % CJK_COUNT
  }
  const text = (n: number) => String.fromCodePoint(...Array.from({ length: n }, () => CJK_FIRST + next()))
  return {
    ...VALID.complaint,
    date: '2026-11-02',
    issues: Array.from({ length: 6 }, () => ({ what: text(2_000), wantedOutcome: text(1_000) })),
  }
}
