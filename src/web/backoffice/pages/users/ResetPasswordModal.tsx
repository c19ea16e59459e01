import { useMutation } from '@tanstack/react-query'
import { App, Button, Flex, Form, Input, Modal } from 'antd'
import { useState } from 'react'
import { apiRequest } from '../../api/client'
import type { User } from '../../api/types'
import { FormError } from '../../components/FormError'
import { applyApiError, type FormErrorState } from '../../components/formErrors'
import { msg } from '../../messages'

interface ResetValues {
  password: string
}

export function ResetPasswordModal({ user, onClose }: { user: User; onClose: () => void }) {
  const { message } = App.useApp()
  const [form] = Form.useForm<ResetValues>()
  const [formError, setFormError] = useState<FormErrorState | null>(null)
  const t = msg.users

  const reset = useMutation({
    mutationFn: (values: ResetValues) =>
      apiRequest<User>(`/api/users/${user.id}`, { method: 'PATCH', body: { password: values.password } }),
    onSuccess: () => {
      message.success(t.passwordReset(user.username))
      onClose()
    },
    onError: (error) => setFormError(applyApiError(form, error, ['password'])),
  })

  return (
    <Modal open title={t.resetTitle(user.username)} onCancel={onClose} footer={null} destroyOnHidden>
      <FormError error={formError} />
      <Form<ResetValues>
        name="resetPassword"
        form={form}
        layout="vertical"
        onFinish={(values) => {
          setFormError(null)
          reset.mutate(values)
        }}
      >
        <Form.Item
          name="password"
          label={t.newPassword}
          extra={t.passwordHint}
          rules={[{ required: true, message: msg.common.required(t.newPassword) }]}
        >
          <Input.Password autoComplete="new-password" autoFocus />
        </Form.Item>
        <Flex justify="end" gap={8}>
          <Button onClick={onClose}>{msg.common.cancel}</Button>
          <Button type="primary" htmlType="submit" loading={reset.isPending}>
            {t.resetPassword}
          </Button>
        </Flex>
      </Form>
    </Modal>
  )
}
