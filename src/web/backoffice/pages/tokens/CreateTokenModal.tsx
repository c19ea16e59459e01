import { useMutation, useQueryClient } from '@tanstack/react-query'
import { Alert, Button, DatePicker, Flex, Form, Input, Modal, Typography } from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import { useState } from 'react'
import { apiRequest } from '../../api/client'
import { queryKeys } from '../../api/queries'
import type { CreatedApiToken } from '../../api/types'
import { FormError } from '../../components/FormError'
import { applyApiError, type FormErrorState } from '../../components/formErrors'
import { UserPicker } from '../../components/UserPicker'
import { msg } from '../../messages'

interface TokenValues {
  userId: string
  name: string
  expiresAt?: Dayjs | null
}

const FIELDS = ['userId', 'name', 'expiresAt'] as const

function CreatedToken({ token, onClose }: { token: CreatedApiToken; onClose: () => void }) {
  const t = msg.tokens
  return (
    <>
      <Alert type="warning" role="alert" showIcon title={t.createdWarning} style={{ marginBottom: 16 }} />
      <Typography.Text strong id="created-token-label">
        {t.tokenLabel}
      </Typography.Text>
      <Typography.Paragraph
        aria-labelledby="created-token-label"
        code
        copyable={{ text: token.token, tooltips: [t.copy, t.copied] }}
        style={{ wordBreak: 'break-all', marginTop: 8 }}
      >
        {token.token}
      </Typography.Paragraph>
      <Flex justify="end">
        <Button type="primary" onClick={onClose} autoFocus>
          {msg.common.close}
        </Button>
      </Flex>
    </>
  )
}

export function CreateTokenModal({ onClose }: { onClose: () => void }) {
  const t = msg.tokens
  const queryClient = useQueryClient()
  const [form] = Form.useForm<TokenValues>()
  const [formError, setFormError] = useState<FormErrorState | null>(null)

  const create = useMutation({
    mutationFn: ({ userId, name, expiresAt }: TokenValues) =>
      apiRequest<CreatedApiToken>('/api/tokens', {
        method: 'POST',
        body: { userId, name, ...(expiresAt ? { expiresAt: expiresAt.endOf('day').toISOString() } : {}) },
      }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: queryKeys.tokens }),
    onError: (error) => setFormError(applyApiError(form, error, FIELDS)),
  })

  return (
    <Modal
      open
      title={create.data ? t.createdTitle : t.addTitle}
      onCancel={onClose}
      footer={null}
      mask={{ closable: !create.data }}
      destroyOnHidden
    >
      {create.data ? (
        <CreatedToken token={create.data} onClose={onClose} />
      ) : (
        <>
          <FormError error={formError} />
          <Form<TokenValues>
            name="token"
            form={form}
            layout="vertical"
            onFinish={(values) => {
              setFormError(null)
              create.mutate(values)
            }}
          >
            <Form.Item
              name="userId"
              label={t.user}
              rules={[{ required: true, message: msg.common.requiredSelect(t.user) }]}
            >
              <UserPicker />
            </Form.Item>
            <Form.Item
              name="name"
              label={t.name}
              rules={[{ required: true, whitespace: true, message: msg.common.required(t.name) }]}
            >
              <Input autoComplete="off" />
            </Form.Item>
            <Form.Item name="expiresAt" label={t.expiresAt} extra={t.expiresHint}>
              <DatePicker
                format="DD/MM/YYYY"
                placeholder={t.expiresPlaceholder}
                disabledDate={(d) => d.isBefore(dayjs(), 'day')}
                style={{ width: '100%' }}
              />
            </Form.Item>
            <Flex justify="end" gap={8}>
              <Button onClick={onClose}>{msg.common.cancel}</Button>
              <Button type="primary" htmlType="submit" loading={create.isPending}>
                {msg.common.create}
              </Button>
            </Flex>
          </Form>
        </>
      )}
    </Modal>
  )
}
