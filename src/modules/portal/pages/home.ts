import { html, query, type SafeHtml } from '../html.ts'
import { errorSummary, type FieldError } from '../layout.ts'
import { homeText, site } from '../messages.ts'
import type { PortalOrganization, UnitOption } from '../portal.repo.ts'
import { scheduleTable, type ScheduleEntry } from './schedule.ts'

export interface HomeInput {
  provinces: UnitOption[]
  province: UnitOption | null
  communes: UnitOption[]
  commune: UnitOption | null
  /** The organization serving the chosen place first, then the others below it. */
  organizations: PortalOrganization[]
  /** The chosen place has no organization of its own: these are the province's. */
  fallback: boolean
  schedule: ScheduleEntry[] | null
  errors: FieldError[]
}

function contacts(o: PortalOrganization): SafeHtml {
  const rows = [
    [homeText.hotline, o.hotline, o.hotline ? `tel:${o.hotline.replace(/[^0-9+]/g, '')}` : null],
    [homeText.phone, o.contactPhone, o.contactPhone ? `tel:${o.contactPhone.replace(/[^0-9+]/g, '')}` : null],
    [homeText.email, o.email, o.email ? `mailto:${o.email}` : null],
    [homeText.address, o.address, null],
  ] as const
  const present = rows.filter(([, value]) => value)
  if (!present.length) return html`<p class="muted">${homeText.noContacts}</p>`
  return html`<dl class="facts">
    ${present.map(
      ([label, value, href]) =>
        html`<dt>${label}</dt>
          <dd>${href ? html`<a href="${href}">${value}</a>` : value}</dd>`,
    )}
  </dl>`
}

function chooser(input: HomeInput): SafeHtml {
  const provinceError = input.errors.find((e) => e.field === 'tinh')
  const communeError = input.errors.find((e) => e.field === 'xa')
  return html`<form method="get" action="/">
    <fieldset>
      <legend>${homeText.chooseLegend}</legend>
      <p class="hint" id="h-place">${homeText.chooseHint}</p>
      <div class="row">
        <label for="f-tinh">${homeText.province}</label>
        ${provinceError ? html`<p class="field-error" id="e-tinh">${provinceError.message}</p>` : null}
        <select
          id="f-tinh"
          name="tinh"
          aria-describedby="${provinceError ? 'e-tinh h-place' : 'h-place'}"
          ${provinceError ? html` aria-invalid="true"` : null}
        >
          <option value="">${homeText.choosePlaceholder}</option>
          ${input.provinces.map((p) => html`<option value="${p.code}" ${input.province?.code === p.code ? html` selected` : null}>${p.name}</option>`)}
        </select>
      </div>
      ${
        input.province
          ? html`<div class="row">
              <label for="f-xa">${homeText.commune}</label>
              ${communeError ? html`<p class="field-error" id="e-xa">${communeError.message}</p>` : null}
              <select
                id="f-xa"
                name="xa"
                ${communeError ? html` aria-invalid="true" aria-describedby="e-xa"` : null}
              >
                <option value="">${homeText.choosePlaceholder}</option>
                ${input.communes.map((c) => html`<option value="${c.code}" ${input.commune?.code === c.code ? html` selected` : null}>${c.name}</option>`)}
              </select>
            </div>`
          : null
      }
      <div class="actions">
        <button type="submit">${input.province ? homeText.show : homeText.next}</button>
      </div>
    </fieldset>
  </form>`
}

function organizationCard(o: PortalOrganization, schedule: ScheduleEntry[] | null): SafeHtml {
  return html`<section class="card" aria-labelledby="org-${o.id}">
    <h2 id="org-${o.id}">${o.name}</h2>
    <h3>${homeText.contacts}</h3>
    ${contacts(o)}
    <div class="actions">
      <a class="button" href="/gui-phan-anh${query({ 'co-quan': o.id })}">${homeText.sendHere}</a>
      <a class="button secondary" href="/lich-tiep-dan${query({ 'co-quan': o.id })}"
        >${homeText.scheduleHere}</a
      >
    </div>
    ${scheduleTable(schedule, 5)}
  </section>`
}

export function homePage(input: HomeInput): SafeHtml {
  const [main, ...others] = input.organizations
  const place = input.commune ?? input.province
  return html`<h1>${homeText.title}</h1>
    <p class="lead">${homeText.lead}</p>
    <ul class="actions" aria-label="${homeText.quick}">
      <li><a class="button" href="/gui-phan-anh">${site.nav.send}</a></li>
      <li><a class="button secondary" href="/tra-cuu">${site.nav.track}</a></li>
      <li><a class="button secondary" href="/tra-loi">${site.nav.answers}</a></li>
    </ul>
    ${errorSummary(homeText.chooseLegend, input.errors)} ${chooser(input)}
    ${input.fallback && input.commune ? html`<p class="notice warn">${homeText.notJoined(input.commune.name)}</p>` : null}
    ${place && !main ? html`<p class="notice">${homeText.noOrganization}</p>` : null}
    ${main ? organizationCard(main, input.schedule) : null}
    ${
      others.length
        ? html`<h2>${homeText.otherOrganizations}</h2>
            <ul>
              ${others.map(
                (o) =>
                  html`<li>
                    ${o.name}${o.hotline || o.contactPhone ? html` — ${homeText.phone}: ${o.hotline ?? o.contactPhone}` : null}${o.email ? html` — ${o.email}` : null}
                    ·
                    <a href="/gui-phan-anh${query({ 'co-quan': o.id })}"
                      >${homeText.sendHere}<span class="sr"> (${o.name})</span></a
                    >
                  </li>`,
              )}
            </ul>`
        : null
    }`
}
