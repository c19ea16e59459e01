import type { PublicModel, PublicModelDetail } from '../../models/index.ts'
import { html, query, type SafeHtml } from '../html.ts'
import { modelsText, vnDate } from '../messages.ts'

export interface GalleryFilters {
  q: string
  field: string
  level: string
  province: string
}

interface Option {
  code: string
  label: string
}

const select = (id: string, name: string, label: string, options: Option[], chosen: string): SafeHtml =>
  html`<div class="row">
    <label for="${id}">${label}</label>
    <select id="${id}" name="${name}">
      <option value="">${modelsText.all}</option>
      ${options.map(
        (o) =>
          html`<option value="${o.code}" ${o.code === chosen ? html` selected` : null}>${o.label}</option>`,
      )}
    </select>
  </div>`

const formatValue = (value: number) => new Intl.NumberFormat('vi-VN').format(value)

/** Thư viện mô hình: search box and filters (a plain GET form), the recognised models as cards. */
export function galleryPage(input: {
  filters: GalleryFilters
  fields: Option[]
  levels: Option[]
  provinces: Option[]
  items: PublicModel[]
  nextCursor: string | null
  error: string | null
}): SafeHtml {
  const f = input.filters
  const filtered = f.q || f.field || f.level || f.province
  return html`<h1>${modelsText.title}</h1>
    ${
      input.error
        ? html`<div class="error-summary" role="alert" tabindex="-1" id="loi">
            <p><a href="#f-q">${input.error}</a></p>
          </div>`
        : null
    }
    <p>${modelsText.intro}</p>
    <form method="get" action="/mo-hinh" role="search">
      <div class="row">
        <label for="f-q">${modelsText.search}</label>
        <input type="search" id="f-q" name="q" value="${f.q}" maxlength="200" />
      </div>
      ${select('f-linh-vuc', 'linh-vuc', modelsText.field, input.fields, f.field)}
      ${select('f-cap', 'cap', modelsText.level, input.levels, f.level)}
      ${select('f-tinh', 'tinh', modelsText.province, input.provinces, f.province)}
      <div class="actions"><button type="submit">${modelsText.submit}</button></div>
    </form>
    ${filtered && input.items.length ? html`<h2>${modelsText.found(input.items.length, input.nextCursor !== null)}</h2>` : null}
    ${
      input.items.length
        ? input.items.map(
            (m) =>
              html`<article class="card">
                <h3><a href="/mo-hinh/${m.id}">${m.title}</a></h3>
                <p class="muted">
                  ${m.kindLabel} · ${m.fieldLabel} ·
                  ${m.personName ? html`${m.personName}, ` : null}${m.organizationName}
                </p>
                ${m.levelLabel && m.recognisedOn ? html`<p>${modelsText.recognisedAt(m.levelLabel, vnDate(m.recognisedOn))}</p>` : null}
                <p>${m.goal}</p>
              </article>`,
          )
        : html`<p>${filtered ? modelsText.noMatch : modelsText.none}</p>`
    }
    ${
      input.nextCursor
        ? html`<p>
            <a
              href="/mo-hinh${query({ q: f.q, 'linh-vuc': f.field, cap: f.level, tinh: f.province, sau: input.nextCursor })}"
              >${modelsText.more}</a
            >
          </p>`
        : null
    }`
}

/** One recognised model: what it aimed at, how people were mobilised, its figures, recognitions, awards. */
export function modelPage(m: PublicModelDetail): SafeHtml {
  return html`<p><a href="/mo-hinh">${modelsText.back}</a></p>
    <h1>${m.title}</h1>
    <dl class="facts">
      <dt>${modelsText.field}</dt>
      <dd>${m.kindLabel} · ${m.fieldLabel}</dd>
      ${
        m.personName
          ? html`<dt>${modelsText.person}</dt>
              <dd>${m.personName}${m.personPosition ? `, ${m.personPosition}` : ''}</dd>`
          : null
      }
      <dt>${modelsText.unit}</dt>
      <dd>${m.organizationName}</dd>
      ${
        m.unitName
          ? html`<dt>${modelsText.place}</dt>
              <dd>${m.unitName}</dd>`
          : null
      }
      <dt>${modelsText.period}</dt>
      <dd>${modelsText.periodFrom(vnDate(m.periodFrom), m.periodTo ? vnDate(m.periodTo) : null)}</dd>
      ${
        m.levelLabel
          ? html`<dt>${modelsText.level}</dt>
              <dd>${m.levelLabel}</dd>`
          : null
      }
    </dl>
    <h2>${modelsText.goal}</h2>
    <p class="answer">${m.goal}</p>
    <h2>${modelsText.mobilisation}</h2>
    <p class="answer">${m.mobilisation}</p>
    <h2>${modelsText.results}</h2>
    ${
      m.results.length
        ? html`<table>
            <caption class="sr">
              ${modelsText.results}
            </caption>
            <thead>
              <tr>
                <th scope="col">${modelsText.resultLabel}</th>
                <th scope="col">${modelsText.resultValue}</th>
              </tr>
            </thead>
            <tbody>
              ${m.results.map(
                (r) =>
                  html`<tr>
                    <td>${r.label}</td>
                    <td>${formatValue(r.value)}${r.unit ? ` ${r.unit}` : ''}</td>
                  </tr>`,
              )}
            </tbody>
          </table>`
        : null
    }
    ${m.resultsText ? html`<p class="answer">${m.resultsText}</p>` : null}
    <h2>${modelsText.recognitions}</h2>
    <table class="schedule">
      <caption class="sr">
        ${modelsText.recognitions}
      </caption>
      <thead>
        <tr>
          <th scope="col">${modelsText.date}</th>
          <th scope="col">${modelsText.level}</th>
          <th scope="col">${modelsText.decidingBody}</th>
          <th scope="col">${modelsText.decision}</th>
        </tr>
      </thead>
      <tbody>
        ${m.recognitions.map(
          (r) =>
            html`<tr>
              <td><strong>${vnDate(r.decidedOn)}</strong></td>
              <td>${r.levelLabel}</td>
              <td>${r.decidingBody}</td>
              <td>${r.decisionNumber}</td>
            </tr>`,
        )}
      </tbody>
    </table>
    ${
      m.awards.length
        ? html`<h2>${modelsText.awards}</h2>
            <ul>
              ${m.awards.map(
                (a) =>
                  html`<li>
                    ${a.formLabel} — ${a.awardedBy} (${a.decisionNumber}, ${vnDate(a.awardedOn)})
                  </li>`,
              )}
            </ul>`
        : null
    }`
}
