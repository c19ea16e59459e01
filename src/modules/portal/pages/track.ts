import type { PublicCaseView } from '../../cases/index.ts'
import { html, type SafeHtml } from '../html.ts'
import { errorSummary, fieldError, type FieldError } from '../layout.ts'
import { resultText, trackText, vnDate } from '../messages.ts'

/** After sending: the code, large, in #tracking-code. */
export function resultPage(input: {
  code: string
  kindLabel: string
  organizationName: string
  email: string | null
}): SafeHtml {
  return html`<h1>${resultText.title}</h1>
    <div class="notice ok" role="status">
      <p>${resultText.received(input.organizationName, input.kindLabel)}</p>
    </div>
    <h2>${resultText.codeLabel}</h2>
    <p class="code" id="tracking-code">${input.code}</p>
    <p>${resultText.keep}</p>
    ${input.email ? html`<p>${resultText.emailed(input.email)}</p>` : null}
    <div class="actions">
      <a class="button" href="/tra-cuu/${input.code}">${resultText.trackNow}</a
      ><a class="button secondary" href="/gui-phan-anh">${resultText.sendAnother}</a>
    </div>`
}

/** The code entry form (GET, so it works without JavaScript and can be bookmarked). */
export function trackFormPage(input: { value: string; error: string | null }): SafeHtml {
  const errors: FieldError[] = input.error ? [{ field: 'ma', message: input.error }] : []
  const { note, ids } = fieldError(errors, 'ma')
  return html`<h1>${trackText.title}</h1>
    ${errorSummary(trackText.title, errors)}
    <p>${trackText.intro}</p>
    <form method="get" action="/tra-cuu">
      <div class="row">
        <label for="f-ma">${trackText.code}</label>
        ${note}
        <input
          type="text"
          id="f-ma"
          name="ma"
          value="${input.value}"
          autocomplete="off"
          autocapitalize="characters"
          spellcheck="false"
          maxlength="40"
          ${ids.length ? html` aria-invalid="true" aria-describedby="${ids.join(' ')}"` : null}
        />
      </div>
      <div class="actions"><button type="submit">${trackText.submit}</button></div>
    </form>`
}

export interface CasePageInput {
  view: PublicCaseView
  token: string
  errors: FieldError[]
  values: { rating?: string; comment?: string }
  justRated: boolean
}

function ratingForm(input: CasePageInput): SafeHtml {
  const { note, ids } = fieldError(input.errors, 'rating')
  const comment = fieldError(input.errors, 'comment')
  const code = input.view.trackingCode
  return html`<form method="post" action="/tra-cuu/${code}/danh-gia">
    <input type="hidden" name="token" value="${input.token}" />
    <fieldset id="f-rating" ${ids.length ? html` aria-describedby="${ids.join(' ')}"` : null}>
      <legend>${trackText.rating}</legend>
      <p class="hint">${trackText.rateHint}</p>
      ${note}
      ${trackText.ratingLabels.map(
        (label, i) =>
          html`<div class="choice">
            <input
              type="radio"
              id="f-rating-${i + 1}"
              name="rating"
              value="${i + 1}"
              ${input.values.rating === String(i + 1) ? html` checked` : null}
            /><label for="f-rating-${i + 1}">${i + 1} — ${label}</label>
          </div>`,
      )}
    </fieldset>
    <div class="row">
      <label for="f-comment">${trackText.comment}</label>
      ${comment.note}
      <textarea
        id="f-comment"
        name="comment"
        rows="4"
        maxlength="2000"
        ${comment.ids.length ? html` aria-invalid="true" aria-describedby="${comment.ids.join(' ')}"` : null}
      >
${input.values.comment ?? ''}</textarea>
    </div>
    <div class="actions"><button type="submit">${trackText.rateSubmit}</button></div>
  </form>`
}

/** One case as its citizen sees it: facts, timeline, answer, and the rating form once answered. */
export function casePage(input: CasePageInput): SafeHtml {
  const v = input.view
  const answerable = v.kind === 'petition' || v.kind === 'feedback'
  return html`<h1>${trackText.caseTitle(v.trackingCode)}</h1>
    ${errorSummary(trackText.errorTitle, input.errors)}
    ${input.justRated ? html`<div class="notice ok" role="status"><p>${trackText.rated}</p></div>` : null}
    <dl class="facts">
      <dt>${trackText.kind}</dt>
      <dd>${v.kindLabel}</dd>
      <dt>${trackText.organization}</dt>
      <dd>${v.organizationName}</dd>
      <dt>${trackText.status}</dt>
      <dd><strong>${v.statusLabel}</strong></dd>
      <dt>${trackText.receivedOn}</dt>
      <dd>${vnDate(v.receivedOn)}</dd>
      ${
        v.dueDate
          ? html`<dt>${trackText.dueDate}</dt>
              <dd>${vnDate(v.dueDate)}</dd>`
          : null
      }
    </dl>
    <h2>${trackText.timeline}</h2>
    <ol class="timeline">
      ${v.steps.map((s) => html`<li><strong>${vnDate(s.date)}</strong>: ${s.label}</li>`)}
    </ol>
    ${
      v.notices.length
        ? html`<h2>${trackText.notices}</h2>
            ${v.notices.map(
              (n) =>
                html`<article class="card">
                  <h3>${n.subject}</h3>
                  <p class="muted">${vnDate(n.date)}</p>
                  <p class="answer">${n.body}</p>
                </article>`,
            )}`
        : null
    }
    <h2>${trackText.answer}</h2>
    ${
      v.answer
        ? html`<div class="card">
              <p class="muted">${trackText.answeredOn(vnDate(v.answeredOn ?? ''))}</p>
              <p class="answer">${v.answer}</p>
            </div>
            ${
              v.rated
                ? input.justRated
                  ? null
                  : html`<p class="notice">${trackText.alreadyRated}</p>`
                : html`<h2>${trackText.rateLegend}</h2>
                    ${ratingForm(input)}`
            }`
        : html`<p>${answerable ? trackText.noAnswer : trackText.noPublicAnswer}</p>`
    }`
}
