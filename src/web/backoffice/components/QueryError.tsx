import { Alert, Button } from 'antd'
import { errorMessage } from '../api/client'
import { msg } from '../messages'

export function QueryError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  return (
    <Alert
      type="error"
      role="alert"
      showIcon
      title={msg.errors.loadFailed}
      description={errorMessage(error)}
      action={onRetry ? <Button onClick={onRetry}>{msg.common.retry}</Button> : undefined}
      style={{ marginBottom: 16 }}
    />
  )
}
