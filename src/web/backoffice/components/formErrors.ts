import type { FormInstance } from 'antd'
import { ApiError } from '../api/client'
import { msg } from '../messages'

export interface FormErrorState {
  message: string
  /** Field messages that match no field of the form; shown in the alert instead. */
  details: string[]
}

/**
 * Puts the API's field errors (`fields[].path`) on the matching form fields and returns what is left
 * for the form-level alert.
 */
export function applyApiError(
  form: FormInstance,
  error: unknown,
  fieldNames: readonly string[],
): FormErrorState {
  if (!(error instanceof ApiError)) return { message: msg.common.unexpectedError, details: [] }
  const details: string[] = []
  const byField = new Map<string, string[]>()
  for (const field of error.fields) {
    const name = fieldNames.includes(field.path) ? field.path : (field.path.split(/[.[]/)[0] ?? '')
    if (fieldNames.includes(name)) byField.set(name, [...(byField.get(name) ?? []), field.message])
    else details.push(field.message)
  }
  if (byField.size > 0) {
    form.setFields([...byField].map(([name, errors]) => ({ name, errors })))
  }
  return { message: error.message, details }
}
