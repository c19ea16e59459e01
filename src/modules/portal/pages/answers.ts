import type { PublishedAnswer } from '../../cases/index.ts'
import { html, query, type SafeHtml } from '../html.ts'
import { errorSummary } from '../layout.ts'
import { answersText, vnDate } from '../messages.ts'

export function answersPage(input: {
  q: string
  items: PublishedAnswer[]
  nextCursor: string | null
  error: string | null
}): SafeHtml {
  const errors = input.error ? [{ field: 'q', message: input.error }] : []
  return html`<h1>${answersText.title}</h1>
    ${errorSummary(answersText.title, errors)}
    <p>${answersText.intro}</p>
    <form method="get" action="/tra-loi" role="search">
      <div class="row">
        <label for="f-q">${answersText.search}</label>
        ${input.error ? html`<p class="field-error" id="e-q">${input.error}</p>` : null}
        <input
          type="search"
          id="f-q"
          name="q"
          value="${input.q}"
          maxlength="200"
          ${input.error ? html` aria-invalid="true" aria-describedby="e-q"` : null}
        />
      </div>
      <div class="actions"><button type="submit">${answersText.submit}</button></div>
    </form>
    ${input.q ? html`<h2>${answersText.found(input.q)}</h2>` : null}
    ${
      input.items.length
        ? input.items.map(
            (a) =>
              html`<article class="card">
                <h3>${a.summary}</h3>
                <p class="muted">
                  ${a.kindLabel} · ${answersText.answeredBy(a.organizationName, vnDate(a.answeredOn))}
                </p>
                <p class="answer">${a.answer}</p>
              </article>`,
          )
        : html`<p>${input.q ? answersText.noMatch(input.q) : answersText.none}</p>`
    }
    ${input.nextCursor ? html`<p><a href="/tra-loi${query({ q: input.q, sau: input.nextCursor })}">${answersText.more}</a></p>` : null}`
}
