import { describe, test } from 'node:test'
import assert from 'node:assert/strict'
import { describeEvent, escapeXml, orderEvents, timelineSvg, wrap, type TimelineEvent } from './timeline-svg.js'

const events: TimelineEvent[] = [
  { date: '2027-01-04', label: 'Last day for the Tribunal to receive your appeal', kind: 'upcoming' },
  { date: '2026-10-26', label: 'Decision letter sent', kind: 'passed' },
  { date: '2026-11-27', label: 'Today', kind: 'today' },
  { date: '2026-11-23', label: 'Mediation certificate issued', kind: 'passed' },
  { date: '2026-11-20', label: 'Mediation finished', kind: 'event' },
]

describe('the timeline picture', () => {
  const svg = timelineSvg(events, { idPrefix: 'tl', title: 'Your dates' })

  test('is an accessible image with a title and a description naming every date', () => {
    assert.match(svg, /^<svg [^>]*role="img"[^>]*aria-labelledby="tl-title tl-desc"/)
    assert.match(svg, /<title id="tl-title">Your dates<\/title>/)
    const desc = /<desc id="tl-desc">([^<]*)<\/desc>/.exec(svg)?.[1] ?? ''
    assert.match(desc, /^From 26 October 2026 to 4 January 2027\./)
    for (const text of ['Decision letter sent (passed)', '27 November 2026: today', 'Mediation finished (happened)', 'Mediation certificate issued (passed)', 'receive your appeal (coming up)']) {
      assert.ok(desc.includes(text), text)
    }
  })

  test('draws the dates top to bottom in date order, today included', () => {
    const headings = [...svg.matchAll(/font-weight="bold"[^>]*>([^<]*)</g)].map((m) => m[1])
    assert.deepEqual(
      headings,
      ['26 October 2026 (passed)', '20 November 2026 (happened)', '23 November 2026 (passed)', 'Today, 27 November 2026', '4 January 2027 (coming up)'],
    )
    const ys = [...svg.matchAll(/<text [^>]*y="(\d+)" font-weight="bold"/g)].map((m) => Number(m[1]))
    assert.equal(ys.length, 5)
    assert.deepEqual([...ys].sort((a, b) => a - b), ys)
  })

  test('uses no style attributes, scripts or foreign content (the CSP allows presentation attributes only)', () => {
    assert.doesNotMatch(svg, /style=|<script|<foreignObject|href=/i)
  })

  test('fits a 340-unit-wide view box, wrapping long labels', () => {
    assert.match(svg, /viewBox="0 0 340 \d+"/)
    for (const m of svg.matchAll(/<text[^>]*>([^<]*)</g)) assert.ok((m[1] ?? '').length <= 34, m[1])
  })

  test('escapes every piece of text', () => {
    const evil = timelineSvg(
      [{ date: '2026-01-01', label: '<script>alert("x")</script> & \'more\'', kind: 'upcoming' }],
      { title: 'A <b>title</b>' },
    )
    assert.doesNotMatch(evil, /<script|<b>/)
    assert.match(evil, /&lt;script&gt;alert\(&quot;x&quot;\)/)
    assert.match(evil, /A &lt;b&gt;title&lt;\/b&gt;/)
    assert.match(evil, /&amp; &#39;more&#39;/)
  })

  test('nothing to draw gives nothing', () => assert.equal(timelineSvg([]), ''))
})

describe('helpers', () => {
  test('wrap breaks at spaces, and splits words longer than a line', () => {
    assert.deepEqual(
      wrap('Last day for the Tribunal to receive your appeal', 20),
      ['Last day for the', 'Tribunal to receive', 'your appeal'],
    )
    assert.deepEqual(wrap('abcdefghij', 4), ['abcd', 'efgh', 'ij'])
  })
  test('the same day puts today first', () => {
    const order = orderEvents([
      { date: '2026-01-02', label: 'Deadline', kind: 'due-today' },
      { date: '2026-01-02', label: 'Today', kind: 'today' },
    ])
    assert.deepEqual(order.map((e) => e.kind), ['today', 'due-today'])
    assert.equal(describeEvent(order[1] as TimelineEvent), '2 January 2026: Deadline (due today)')
  })
  test(
    'escapeXml',
    () => assert.equal(escapeXml(`<a href="x">'&'</a>`), '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;'),
  )
})
