import { Alert } from 'antd'
import type { FormErrorState } from './formErrors'

export function FormError({ error }: { error: FormErrorState | null }) {
  if (!error) return null
  return (
    <Alert
      type="error"
      role="alert"
      showIcon
      title={error.message}
      description={
        error.details.length > 0 ? (
          <ul style={{ margin: 0, paddingInlineStart: 20 }}>
            {error.details.map((d) => (
              <li key={d}>{d}</li>
            ))}
          </ul>
        ) : undefined
      }
      style={{ marginBottom: 16 }}
    />
  )
}
