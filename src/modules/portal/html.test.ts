import { describe, expect, it } from 'vitest'
import { html, raw } from './html.ts'

describe('html template', () => {
  it('escapes every interpolated string, attribute quotes included', () => {
    const name = '<script>alert("x")</script> & \'y\''
    expect(html`<p title="${name}">${name}</p>`.value).toBe(
      '<p title="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;</p>',
    )
  })

  it('keeps nested templates and raw markup, joins arrays and drops empty values', () => {
    const items = ['a<b', 'c']
    // prettier-ignore
    const out = html`<ul>${items.map((i) => html`<li>${i}</li>`)}</ul>${null}${false}${raw('<hr>')}`
    expect(out.value).toBe('<ul><li>a&lt;b</li><li>c</li></ul><hr>')
  })
})
