import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { html, query, type SafeHtml } from './html.ts'
import { site } from './messages.ts'
import type { Preferences } from './preferences.ts'

/** The one stylesheet, named by its content hash so it can be cached for a year. */
export const stylesheet = (() => {
  const css = readFileSync(new URL('./portal.css', import.meta.url), 'utf8')
  const hash = createHash('sha256').update(css).digest('hex').slice(0, 12)
  return { css, path: `/tai-nguyen/cong-dan.${hash}.css` }
})()

export interface PageInput {
  title: string
  /** Path and query of this page, for the toolbar's return links. */
  path: string
  preferences: Preferences
  body: SafeHtml
  /** Which navigation entry is the current page. */
  current?: 'home' | 'send' | 'track' | 'answers' | 'schedule' | 'models'
}

const navItems = [
  ['home', '/', site.nav.home],
  ['send', '/gui-phan-anh', site.nav.send],
  ['track', '/tra-cuu', site.nav.track],
  ['answers', '/tra-loi', site.nav.answers],
  ['schedule', '/lich-tiep-dan', site.nav.schedule],
  ['models', '/mo-hinh', site.nav.models],
] as const

function toolbar(path: string, p: Preferences): SafeHtml {
  const link = (params: Record<string, string>) => `/hien-thi${query({ ...params, 'quay-lai': path })}`
  return html`<div class="prefs" role="group" aria-label="${site.prefs.label}">
    <a href="${link({ 'co-chu': 'giam' })}" rel="nofollow"
      ><span aria-hidden="true">A−</span><span class="sr">${site.prefs.smaller}</span></a
    >
    <a href="${link({ 'co-chu': 'tang' })}" rel="nofollow"
      ><span aria-hidden="true">A+</span><span class="sr">${site.prefs.larger}</span></a
    >
    ${p.textSize !== 0 ? html`<a href="${link({ 'co-chu': 'chuan' })}" rel="nofollow">${site.prefs.normal}</a>` : null}
    <a href="${link({ 'tuong-phan': p.contrast ? 'tat' : 'bat' })}" rel="nofollow"
      >${p.contrast ? site.prefs.contrastOff : site.prefs.contrastOn}</a
    >
  </div>`
}

/** The page shell: language, skip link, navigation, reading preferences, one main landmark. */
export function page(input: PageInput): string {
  const classes = [`t${input.preferences.textSize}`, input.preferences.contrast ? 'hc' : ''].join(' ').trim()
  return html`<!doctype html>
    <html lang="vi" class="${classes}">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${input.title} — ${site.name}</title>
        <link rel="stylesheet" href="${stylesheet.path}" />
      </head>
      <body>
        <a class="skip" href="#noi-dung">${site.skip}</a>
        <header class="top">
          <div class="wrap">
            <a class="brand" href="/">${site.name} <span>${site.tagline}</span></a>
            ${toolbar(input.path, input.preferences)}
          </div>
          <nav aria-label="${site.nav.label}">
            <ul class="wrap">
              ${navItems.map(
                ([key, href, label]) =>
                  html`<li>
                    <a href="${href}" ${input.current === key ? html` aria-current="page"` : null}
                      >${label}</a
                    >
                  </li>`,
              )}
            </ul>
          </nav>
        </header>
        <main id="noi-dung" class="wrap" tabindex="-1">${input.body}</main>
        <footer class="foot">
          <div class="wrap">
            <p>${site.footer}</p>
            <p><a href="/gui-phan-anh">${site.nav.send}</a> · <a href="/tra-cuu">${site.nav.track}</a></p>
          </div>
        </footer>
      </body>
    </html> `.value
}

export interface FieldError {
  field: string
  message: string
}

/** Error summary at the top of a form: announced (role=alert), each error linking to its field. */
export function errorSummary(title: string, errors: FieldError[]): SafeHtml | null {
  if (!errors.length) return null
  return html`<div
    class="error-summary"
    role="alert"
    aria-labelledby="loi-tieu-de"
    tabindex="-1"
    id="loi"
    autofocus
  >
    <h2 id="loi-tieu-de">${title}</h2>
    <ul>
      ${errors.map((e) => html`<li><a href="#f-${e.field}">${e.message}</a></li>`)}
    </ul>
  </div>`
}

/** The message under a field, and the ids its aria-describedby must name. */
export function fieldError(errors: FieldError[], field: string): { note: SafeHtml | null; ids: string[] } {
  const error = errors.find((e) => e.field === field)
  if (!error) return { note: null, ids: [] }
  return {
    note: html`<p class="field-error" id="e-${field}"><span class="sr">Lỗi: </span>${error.message}</p>`,
    ids: [`e-${field}`],
  }
}
