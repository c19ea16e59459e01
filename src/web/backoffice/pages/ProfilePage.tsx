import { useMutation } from '@tanstack/react-query'
import { App, Button, Card, Col, Descriptions, Form, Input, Row, Space, Tag } from 'antd'
import { useState } from 'react'
import { apiRequest } from '../api/client'
import { FormError } from '../components/FormError'
import { applyApiError, type FormErrorState } from '../components/formErrors'
import { PageHeader } from '../components/PageHeader'
import { formatDateTime } from '../format'
import { msg } from '../messages'
import { useSession } from '../session'

interface PasswordValues {
  currentPassword: string
  newPassword: string
  confirmPassword: string
}

function PasswordForm() {
  const t = msg.profile
  const { message } = App.useApp()
  const [form] = Form.useForm<PasswordValues>()
  const [formError, setFormError] = useState<FormErrorState | null>(null)

  const change = useMutation({
    mutationFn: ({ currentPassword, newPassword }: PasswordValues) =>
      apiRequest<undefined>('/api/me/password', { method: 'POST', body: { currentPassword, newPassword } }),
    onSuccess: () => {
      form.resetFields()
      message.success(t.changed)
    },
    onError: (error) => setFormError(applyApiError(form, error, ['currentPassword', 'newPassword'])),
  })

  return (
    <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t.changePassword}</h2>}>
      <FormError error={formError} />
      <Form<PasswordValues>
        name="changePassword"
        form={form}
        layout="vertical"
        onFinish={(values) => {
          setFormError(null)
          change.mutate(values)
        }}
      >
        <Form.Item
          name="currentPassword"
          label={t.currentPassword}
          rules={[{ required: true, message: msg.common.required(t.currentPassword) }]}
        >
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Form.Item
          name="newPassword"
          label={t.newPassword}
          extra={msg.users.passwordHint}
          rules={[{ required: true, message: msg.common.required(t.newPassword) }]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          name="confirmPassword"
          label={t.confirmPassword}
          dependencies={['newPassword']}
          rules={[
            { required: true, message: msg.common.required(t.confirmPassword) },
            ({ getFieldValue }) => ({
              validator: (_, value) =>
                !value || getFieldValue('newPassword') === value
                  ? Promise.resolve()
                  : Promise.reject(new Error(t.mismatch)),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={change.isPending}>
          {t.submit}
        </Button>
      </Form>
    </Card>
  )
}

export function ProfilePage() {
  const t = msg.profile
  const me = useSession()
  const u = msg.users
  return (
    <>
      <PageHeader title={t.title} />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t.info}</h2>}>
            <Descriptions
              column={1}
              items={[
                { key: 'username', label: u.username, children: me.user.username },
                { key: 'fullName', label: u.fullName, children: me.user.fullName },
                { key: 'email', label: u.email, children: me.user.email ?? msg.common.none },
                { key: 'org', label: u.organization, children: me.organization.name },
                {
                  key: 'roles',
                  label: u.roles,
                  children: (
                    <Space wrap size={[4, 4]}>
                      {me.roles.map((role) => (
                        <Tag key={role}>{msg.roleName(role)}</Tag>
                      ))}
                    </Space>
                  ),
                },
                {
                  key: 'lastLogin',
                  label: u.lastLogin,
                  children: formatDateTime(me.user.lastLoginAt, t.never),
                },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <PasswordForm />
        </Col>
      </Row>
    </>
  )
}
