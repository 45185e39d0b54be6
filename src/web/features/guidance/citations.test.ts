import { test } from 'node:test'
import assert from 'node:assert/strict'
import { loadContent } from '../../../content/load-content.js'
import { citationInWords, refInWords } from './citations.js'

test('Code of Practice paragraphs are written out, with "to" for ranges', () => {
  assert.equal(refInWords('SEND Code of Practice 2015', '11.13-11.38'), 'paragraphs 11.13 to 11.38')
  assert.equal(refInWords('SEND Code of Practice 2015', '11.45'), 'paragraph 11.45')
  assert.equal(
    citationInWords({ source: 'SEND Code of Practice 2015', ref: '11.13-11.38', grade: 'S' }).text,
    'SEND Code of Practice 2015, paragraphs 11.13 to 11.38',
  )
})

test('sections, rules, regulations and schedules are spelled out', () => {
  const cases: [Parameters<typeof refInWords>[0], string, string][] = [
    ['CFA 2014', 's.51', 'section 51'],
    ['CFA 2014', 's.51(2)(a)-(b)', 'section 51(2)(a) to (b)'],
    ['LGA 1974', 's.26B', 'section 26B'],
    ['HESC Rules 2008', 'r.20(1)(c)', 'rule 20(1)(c)'],
    ['HESC Rules 2008', 'r.5(3)(a), r.20(4)', 'rules 5(3)(a) and 20(4)'],
    ['SEND Regs 2014', 'reg 5(4), reg 10(4), reg 13(3)', 'regulations 5(4), 10(4) and 13(3)'],
    ['SEND Regs 2014', 'regs 35-39 (TBC)', 'regulations 35 to 39 (to be confirmed)'],
    ['School Discipline Regs 2012', 'regs 6, 15 and 24', 'regulations 6, 15 and 24'],
    ['Equality Act 2010', 'Sch 17 para 4', 'Schedule 17, paragraph 4'],
    ['School Discipline Regs 2012', 'Sch 1 para 1(1)-(2)', 'Schedule 1, paragraph 1(1) to (2)'],
  ]
  for (const [source, ref, words] of cases) assert.equal(refInWords(source, ref), words, `${source} ${ref}`)
})

test('a reference that is only words leaves the document name on its own', () => {
  const c = citationInWords({ source: 'SI 2017/1306', ref: 'recommendations power', grade: 'S' })
  assert.equal(c.text, 'Special Educational Needs and Disability (First-tier Tribunal Recommendations Power) Regulations 2017')
})

test('grades U, S and P-part carry a note; P carries none', () => {
  const base = { source: 'CFA 2014', ref: 's.51' } as const
  assert.equal(citationInWords({ ...base, grade: 'U' }).note, '(not yet checked against the original text)')
  assert.equal(citationInWords({ ...base, grade: 'S' }).note, '(from secondary sources)')
  assert.match(citationInWords({ ...base, grade: 'P-part' }).note ?? '', /part of the original text/)
  assert.equal(citationInWords({ ...base, grade: 'P' }).note, undefined)
})

test('every citation in the real guidance reads as words, with no abbreviations left over', () => {
  for (const page of loadContent().guidance) {
    for (const c of page.citations) {
      const { text } = citationInWords(c)
      assert.doesNotMatch(text, /\b(?:s|r|reg|regs|Sch|para)\.?\s*\d/, `${page.slug}: ${text}`)
      assert.doesNotMatch(text, /\d-\d/, `${page.slug}: ${text}`)
    }
  }
})
