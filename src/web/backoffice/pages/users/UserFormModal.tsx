import { useMutation, useQueryClient } from '@tanstack/react-query'
import { App, Button, Flex, Form, Input, Modal } from 'antd'
import { useState } from 'react'
import { apiRequest } from '../../api/client'
import { queryKeys } from '../../api/queries'
import type { User } from '../../api/types'
import { FormError } from '../../components/FormError'
import { applyApiError, type FormErrorState } from '../../components/formErrors'
import { OrganizationSelect } from '../../components/OrganizationSelect'
import { RoleSelect } from '../../components/RoleSelect'
import { msg } from '../../messages'
import { useSession } from '../../session'

interface UserValues {
  username?: string
  fullName: string
  email?: string
  organizationId: string
  roles: string[]
  password?: string
}

const FIELDS = ['username', 'fullName', 'email', 'organizationId', 'roles', 'password'] as const

/** Creates a user (no `user`) or edits one's full name, email, organization and roles. */
export function UserFormModal({ user, onClose }: { user?: User; onClose: () => void }) {
  const me = useSession()
  const { message } = App.useApp()
  const queryClient = useQueryClient()
  const [form] = Form.useForm<UserValues>()
  const [formError, setFormError] = useState<FormErrorState | null>(null)
  const t = msg.users

  const save = useMutation({
    mutationFn: ({ email: rawEmail, ...values }: UserValues) => {
      const email = rawEmail?.trim() ? rawEmail.trim() : null
      if (!user) {
        return apiRequest<User>('/api/users', { method: 'POST', body: email ? { ...values, email } : values })
      }
      // Send email only when it changed; null clears it.
      const body = email === user.email ? values : { ...values, email }
      return apiRequest<User>(`/api/users/${user.id}`, { method: 'PATCH', body })
    },
    onSuccess: (saved) => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.users })
      void queryClient.invalidateQueries({ queryKey: queryKeys.me })
      message.success(user ? msg.common.saved : t.created(saved.username))
      onClose()
    },
    onError: (error) => setFormError(applyApiError(form, error, FIELDS)),
  })

  const initialValues: Partial<UserValues> = user
    ? {
        fullName: user.fullName,
        email: user.email ?? '',
        organizationId: user.organizationId,
        roles: user.roles,
      }
    : { organizationId: me.organizationId, roles: [] }

  return (
    <Modal
      open
      title={user ? t.editTitle(user.username) : t.addTitle}
      onCancel={onClose}
      footer={null}
      destroyOnHidden
    >
      <FormError error={formError} />
      <Form<UserValues>
        name="user"
        form={form}
        layout="vertical"
        initialValues={initialValues}
        onFinish={(values) => {
          setFormError(null)
          save.mutate(values)
        }}
      >
        {!user && (
          <Form.Item
            name="username"
            label={t.username}
            rules={[{ required: true, whitespace: true, message: msg.common.required(t.username) }]}
          >
            <Input autoComplete="off" autoFocus />
          </Form.Item>
        )}
        <Form.Item
          name="fullName"
          label={t.fullName}
          rules={[{ required: true, whitespace: true, message: msg.common.required(t.fullName) }]}
        >
          <Input autoComplete="off" autoFocus={Boolean(user)} />
        </Form.Item>
        <Form.Item name="email" label={t.email} rules={[{ type: 'email', message: msg.common.invalidEmail }]}>
          <Input type="email" autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="organizationId"
          label={t.organization}
          rules={[{ required: true, message: msg.common.requiredSelect(t.organization) }]}
        >
          <OrganizationSelect />
        </Form.Item>
        <Form.Item
          name="roles"
          label={t.roles}
          rules={[{ required: true, type: 'array', min: 1, message: msg.common.requiredSelect(t.roles) }]}
        >
          <RoleSelect />
        </Form.Item>
        {!user && (
          <Form.Item
            name="password"
            label={t.password}
            extra={t.passwordHint}
            rules={[{ required: true, message: msg.common.required(t.password) }]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
        )}
        <Flex justify="end" gap={8}>
          <Button onClick={onClose}>{msg.common.cancel}</Button>
          <Button type="primary" htmlType="submit" loading={save.isPending}>
            {user ? msg.common.save : msg.common.create}
          </Button>
        </Flex>
      </Form>
    </Modal>
  )
}
