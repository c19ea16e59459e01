import { html, type SafeHtml } from '../html.ts'

export function messagePage(title: string, message: string, home: string): SafeHtml {
  return html`<h1>${title}</h1>
    <div class="notice warn" role="alert"><p>${message}</p></div>
    <p><a href="/">${home}</a></p>`
}
