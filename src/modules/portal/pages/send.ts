import { html, type SafeHtml } from '../html.ts'
import { errorSummary, fieldError, type FieldError } from '../layout.ts'
import { kindHelp, kindNames, sendText } from '../messages.ts'
import type { PortalOrganization } from '../portal.repo.ts'
import { MAX_FILE_MB, MAX_FILES, SEND_KINDS, type SendFields } from '../send-form.ts'

export interface SendPageInput {
  organizations: PortalOrganization[]
  values: SendFields
  errors: FieldError[]
  token: string
  /** The complaint time limit from the rule book, when it has one in force today. */
  complaintLimit: { days: number; source: string } | null
}

const depthOf = (o: PortalOrganization, top: number): number => o.path.split('/').filter(Boolean).length - top

function describedBy(...ids: (string | null | undefined | false)[]): SafeHtml | null {
  const list = ids.filter((i): i is string => typeof i === 'string' && i !== '')
  return list.length ? html` aria-describedby="${list.join(' ')}"` : null
}

function textField(
  name: keyof SendFields,
  label: string,
  values: SendFields,
  errors: FieldError[],
  options: { type?: string; hint?: string; autocomplete?: string; required?: boolean; max?: number } = {},
): SafeHtml {
  const { note, ids } = fieldError(errors, name)
  return html`<div class="row">
    <label for="f-${name}">${label}</label>
    ${options.hint ? html`<p class="hint" id="h-${name}">${options.hint}</p>` : null} ${note}
    <input
      type="${options.type ?? 'text'}"
      id="f-${name}"
      name="${name}"
      value="${values[name] ?? ''}"
      ${options.autocomplete ? html` autocomplete="${options.autocomplete}"` : null}${options.max ? html` maxlength="${options.max}"` : null}${ids.length ? html` aria-invalid="true"` : null}${describedBy(...ids, options.hint && `h-${name}`)}
    />
  </div>`
}

function checkbox(
  name: keyof SendFields,
  label: string,
  values: SendFields,
  errors: FieldError[],
  hint?: string,
): SafeHtml {
  const { note, ids } = fieldError(errors, name)
  return html`<div class="choice">
    <input
      type="checkbox"
      id="f-${name}"
      name="${name}"
      value="on"
      ${values[name] ? html` checked` : null}${ids.length ? html` aria-invalid="true"` : null}${describedBy(...ids, hint && `h-${name}`)}
    />
    <div>
      <label for="f-${name}">${label}</label
      >${hint ? html`<p class="hint" id="h-${name}">${hint}</p>` : null}${note}
    </div>
  </div>`
}

/** One page, a plain multipart form: works without JavaScript; errors summarised at the top. */
export function sendPage(input: SendPageInput): SafeHtml {
  const { values, errors } = input
  const kindError = fieldError(errors, 'kind')
  const orgError = fieldError(errors, 'organization')
  const contentError = fieldError(errors, 'content')
  const filesError = fieldError(errors, 'attachments')
  const consentError = fieldError(errors, 'consent')
  const top = Math.min(...input.organizations.map((o) => o.path.split('/').filter(Boolean).length))
  const limit = input.complaintLimit
    ? sendText.complaintLimit(input.complaintLimit.days, input.complaintLimit.source)
    : sendText.complaintLimitUnknown
  return html`<h1>${sendText.title}</h1>
    ${errorSummary(sendText.errorTitle(errors.length), errors)}
    <p>${sendText.intro}</p>
    <form method="post" action="/gui-phan-anh" enctype="multipart/form-data" novalidate>
      <input type="hidden" name="token" value="${input.token}" />
      <div class="hp" aria-hidden="true">
        <label for="f-website">${sendText.honeypot}</label
        ><input type="text" id="f-website" name="website" value="" tabindex="-1" autocomplete="off" />
      </div>
      <fieldset id="f-kind" ${kindError.ids.length ? html` aria-describedby="e-kind"` : null}>
        <legend>${sendText.chooseKind}</legend>
        ${kindError.note}
        ${SEND_KINDS.map(
          (k) =>
            html`<div class="choice">
              <input
                type="radio"
                id="f-kind-${k}"
                name="kind"
                value="${k}"
                aria-describedby="h-kind-${k}"
                ${values.kind === k ? html` checked` : null}
              />
              <div>
                <label for="f-kind-${k}">${kindNames[k]}</label>
                <p class="hint" id="h-kind-${k}">
                  ${kindHelp[k]}${k === 'complaint' ? html` ${limit}` : null}
                </p>
              </div>
            </div>`,
        )}
        <details>
          <summary>${sendText.whichKind}</summary>
          <ul>
            <li><strong>${kindNames.feedback}</strong>: ${kindHelp.feedback}</li>
            <li><strong>${kindNames.petition}</strong>: ${kindHelp.petition}</li>
            <li><strong>${kindNames.complaint}</strong>: ${kindHelp.complaint} ${limit}</li>
            <li><strong>${kindNames.denunciation}</strong>: ${kindHelp.denunciation}</li>
          </ul>
        </details>
      </fieldset>
      <div class="row">
        <label for="f-organization">${sendText.organization}</label>
        <p class="hint" id="h-organization">${sendText.organizationHint}</p>
        ${orgError.note}
        <select
          id="f-organization"
          name="organization"
          ${orgError.ids.length ? html` aria-invalid="true"` : null}${describedBy(...orgError.ids, 'h-organization')}
        >
          <option value="">${sendText.organizationPlaceholder}</option>
          ${input.organizations.map(
            (o) =>
              html`<option value="${o.id}" ${values.organization === o.id ? html` selected` : null}>
                ${'\u00a0\u00a0'.repeat(Math.max(0, depthOf(o, top)))}${o.name}
              </option>`,
          )}
        </select>
      </div>
      <fieldset>
        <legend>${sendText.sender}</legend>
        ${textField('fullName', sendText.fullName, values, errors, { autocomplete: 'name', max: 200 })}
        ${textField('phone', sendText.phone, values, errors, { type: 'tel', hint: sendText.phoneHint, autocomplete: 'tel', max: 20 })}
        ${textField('email', sendText.email, values, errors, { type: 'email', hint: sendText.emailHint, autocomplete: 'email', max: 254 })}
        ${checkbox('anonymous', sendText.anonymous, values, errors, sendText.anonymousHint)}
        ${checkbox('protectIdentity', sendText.protectIdentity, values, errors, sendText.protectIdentityHint)}
      </fieldset>
      <fieldset>
        <legend>${sendText.content}</legend>
        ${textField('summary', sendText.summary, values, errors, { hint: sendText.summaryHint, max: 500 })}
        <div class="row">
          <label for="f-content">${sendText.body}</label>
          <p class="hint" id="h-content">${sendText.bodyHint}</p>
          ${contentError.note}
          <textarea
            id="f-content"
            name="content"
            rows="8"
            maxlength="20000"
            ${contentError.ids.length ? html` aria-invalid="true"` : null}${describedBy(...contentError.ids, 'h-content')}
          >
${values.content ?? ''}</textarea>
        </div>
        <div class="row">
          <label for="f-attachments">${sendText.attachments}</label>
          <p class="hint" id="h-attachments">${sendText.attachmentsHint(MAX_FILES, MAX_FILE_MB)}</p>
          ${filesError.note}
          <input
            type="file"
            id="f-attachments"
            name="attachments"
            multiple
            accept=".pdf,.jpg,.jpeg,.png,.webp,.docx,.xlsx,application/pdf,image/jpeg,image/png,image/webp"
            ${filesError.ids.length ? html` aria-invalid="true"` : null}${describedBy(...filesError.ids, 'h-attachments')}
          />
        </div>
      </fieldset>
      <fieldset>
        <legend>${sendText.consentLegend}</legend>
        <p id="h-consent">${sendText.consentText}</p>
        <div class="choice">
          <input
            type="checkbox"
            id="f-consent"
            name="consent"
            value="on"
            ${values.consent ? html` checked` : null}${consentError.ids.length ? html` aria-invalid="true"` : null}${describedBy(...consentError.ids, 'h-consent')}
          />
          <div><label for="f-consent">${sendText.consent}</label>${consentError.note}</div>
        </div>
        ${checkbox('publishConsent', sendText.publishConsent, values, errors)}
      </fieldset>
      <div class="actions"><button type="submit">${sendText.submit}</button></div>
    </form>`
}
