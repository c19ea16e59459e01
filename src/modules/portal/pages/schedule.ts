import { html, type SafeHtml } from '../html.ts'
import { scheduleText, vnDate } from '../messages.ts'
import type { PortalOrganization } from '../portal.repo.ts'

/** One reception session as the reception module provides it (injected; see portalRoutes). */
export interface ScheduleEntry {
  date: string
  startTime: string | null
  endTime: string | null
  hostName: string
  hostTitle: string
  place: string
  kind: string
}

export type ScheduleSource = (q: {
  organizationId: string
  from: string
  to: string
}) => Promise<ScheduleEntry[]>

const timeOf = (e: ScheduleEntry): string =>
  e.startTime
    ? `${e.startTime.slice(0, 5)}${e.endTime ? `–${e.endTime.slice(0, 5)}` : ''}`
    : scheduleText.allDay

/** The sessions, or the notice that there is no schedule (`null` = no reception module yet). */
export function scheduleTable(entries: ScheduleEntry[] | null, limit?: number): SafeHtml {
  if (entries === null) return html`<p class="notice">${scheduleText.unavailable}</p>`
  if (!entries.length) return html`<p class="notice">${scheduleText.empty}</p>`
  const shown = limit ? entries.slice(0, limit) : entries
  return html`<table class="schedule">
    <caption class="sr">
      ${scheduleText.title}
    </caption>
    <thead>
      <tr>
        <th scope="col">${scheduleText.date}</th>
        <th scope="col">${scheduleText.time}</th>
        <th scope="col">${scheduleText.host}</th>
        <th scope="col">${scheduleText.place}</th>
        <th scope="col">${scheduleText.kind}</th>
      </tr>
    </thead>
    <tbody>
      ${shown.map(
        (e) =>
          html`<tr>
            <td><strong>${vnDate(e.date)}</strong></td>
            <td>${timeOf(e)}</td>
            <td>${e.hostName}, ${e.hostTitle}</td>
            <td>${e.place}</td>
            <td>${e.kind}</td>
          </tr>`,
      )}
    </tbody>
  </table>`
}

export function schedulePage(input: {
  organizations: PortalOrganization[]
  organization: PortalOrganization | null
  entries: ScheduleEntry[] | null
  error: string | null
}): SafeHtml {
  return html`<h1>${scheduleText.title}</h1>
    <p>${scheduleText.intro}</p>
    ${
      input.error
        ? html`<div class="error-summary" role="alert">
            <p><a href="#f-co-quan">${input.error}</a></p>
          </div>`
        : null
    }
    <form method="get" action="/lich-tiep-dan">
      <div class="row">
        <label for="f-co-quan">${scheduleText.organization}</label>
        <select id="f-co-quan" name="co-quan" ${input.error ? html` aria-invalid="true"` : null}>
          <option value="">—</option>
          ${input.organizations.map((o) => html`<option value="${o.id}" ${input.organization?.id === o.id ? html` selected` : null}>${o.name}</option>`)}
        </select>
      </div>
      <div class="actions"><button type="submit">${scheduleText.submit}</button></div>
    </form>
    ${
      input.organization
        ? html`<h2>${input.organization.name}</h2>
            ${scheduleTable(input.entries)}`
        : html`<p>${scheduleText.choose}</p>`
    }`
}
