import { test } from 'node:test'
import assert from 'node:assert/strict'
import nunjucks from 'nunjucks'
import { collapseLayoutSpace, escapeText, html, Slotted, trusted } from './html.js'

test('ASCII text is escaped exactly as Nunjucks escapes it', () => {
  const env = new nunjucks.Environment(null, { autoescape: true })
  for (const text of [`<script>alert("x")</script>`, `Tom & Jerry's \\ path`, 'plain', '', '&amp;']) {
    assert.equal(escapeText(text), env.renderString('{{ t }}', { t: text }))
    assert.equal(html`<p>${text}</p>`.value, `<p>${env.renderString('{{ t }}', { t: text })}</p>`)
  }
})

test('every character beyond ASCII is written as its number, in text, templates and trusted markup', () => {
  assert.equal(escapeText('“Sam’s” <b> مرحبا 😀'), '&#8220;Sam&#8217;s&#8221; &lt;b&gt; &#1605;&#1585;&#1581;&#1576;&#1575; &#128512;')
  assert.equal(html`<p>It’s ${'café'}</p>`.value, '<p>It&#8217;s caf&#233;</p>')
  assert.equal(trusted('<text>Sam’s</text>').value, '<text>Sam&#8217;s</text>')
  const page = html`<p title="${'שלום'}">Dear ${'Zoë'} ${trusted('<b>–</b>')}</p>`
  assert.doesNotMatch(page.value, /[\u0080-\uffff]/)
  // So the bytes sent are the page's own characters, read as UTF-8.
  const bytes = page.toBuffer()
  assert.equal(bytes.toString('utf8'), page.value)
  const text = bytes.toString('utf8').replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
  assert.equal(text, '<p title="שלום">Dear Zoë <b>–</b></p>')
})

test('Html is made only here', () => {
  const Made = html``.constructor as new (token: symbol, pieces: string[]) => unknown
  assert.throws(() => new Made(Symbol('html.ts'), ['é']), /made by html/)
})

test('Html goes in as it is; lists, numbers and nothing', () => {
  const inner = html`<b>${'<i>'}</b>`
  assert.equal(html`<p>${inner}</p>`.value, '<p><b>&lt;i&gt;</b></p>')
  assert.equal(html`<ol>${['a<', 'b'].map((s) => html`<li>${s}</li>`)}</ol>`.value, '<ol><li>a&lt;</li><li>b</li></ol>')
  assert.equal(html`${3}. ${false}${undefined}${null}${''}x`.value, '3. x')
  assert.equal(html`${trusted('<svg></svg>')}`.value, '<svg></svg>')
  // A nested list of parts, and a string made to look like markup, which is still text.
  assert.equal(html`${[['<a>'], [html`<br>`]]}`.value, '&lt;a&gt;<br>')
})

test('the layout of the source is one line break in the page; text keeps its spaces', () => {
  const name = 'Sam  Jones'
  const page = html`
    <div>
      <p>Hello  ${name},
        welcome</p>
    </div>
  `
  assert.equal(page.value, '\n<div>\n<p>Hello  Sam  Jones,\nwelcome</p>\n</div>\n')
  assert.equal(collapseLayoutSpace('<p>\n   \n  a b</p>\n'), '<p>\na b</p>\n')
})

test('a slotted page fills each place with escaped text or markup', () => {
  const page = new Slotted(`<main>${Slotted.mark('a')}<hr>${Slotted.mark('b')}</main>${Slotted.mark('a')}`, ['a', 'b'])
  assert.equal(new Slotted(`<p>’${Slotted.mark('a')}</p>`, ['a']).fill({ a: '’' }).value, '<p>&#8217;&#8217;</p>')
  assert.equal(page.fill({ a: '<x>', b: html`<i>y</i>` }).value, '<main>&lt;x&gt;<hr><i>y</i></main>&lt;x&gt;')
  assert.equal(page.fill({}).value, '<main><hr></main>')
  assert.throws(() => new Slotted('<main></main>', ['content']), /no place for content/)
})
