import { LockOutlined, UserOutlined } from '@ant-design/icons'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { Alert, Button, Card, Flex, Form, Input, Typography } from 'antd'
import { useEffect } from 'react'
import { apiRequest, errorMessage, setCsrfToken } from '../api/client'
import type { LoginResponse } from '../api/types'
import { msg } from '../messages'
import { navigate, nextPathAfterLogin } from '../router'

interface LoginValues {
  username: string
  password: string
}

export function LoginPage() {
  const queryClient = useQueryClient()
  const [form] = Form.useForm<LoginValues>()

  useEffect(() => {
    document.title = msg.pageTitle(msg.login.title)
  }, [])

  const login = useMutation({
    mutationFn: (values: LoginValues) =>
      apiRequest<LoginResponse>('/api/auth/login', { method: 'POST', body: values }),
    onSuccess: (data) => {
      setCsrfToken(data.csrfToken)
      queryClient.clear()
      navigate(nextPathAfterLogin(), { replace: true })
    },
    onError: () => {
      form.setFieldValue('password', '')
      form.focusField('password')
    },
  })

  return (
    <Flex justify="center" align="center" style={{ minHeight: '100vh', padding: 16, background: '#f5f0e8' }}>
      <main style={{ width: '100%', maxWidth: 400 }}>
        <Card>
          <Typography.Title level={1} style={{ textAlign: 'center', color: '#8b1a1a', fontSize: 28 }}>
            {msg.productName}
          </Typography.Title>
          <Typography.Paragraph type="secondary" style={{ textAlign: 'center' }}>
            {msg.login.subtitle}
          </Typography.Paragraph>
          <Typography.Title level={2} style={{ fontSize: 20 }}>
            {msg.login.title}
          </Typography.Title>
          {login.isError && (
            <Alert
              type="error"
              role="alert"
              showIcon
              title={errorMessage(login.error)}
              style={{ marginBottom: 16 }}
            />
          )}
          <Form<LoginValues>
            name="login"
            form={form}
            layout="vertical"
            requiredMark={false}
            onFinish={(values) => login.mutate(values)}
          >
            <Form.Item
              name="username"
              label={msg.login.username}
              rules={[{ required: true, whitespace: true, message: msg.common.required(msg.login.username) }]}
            >
              <Input prefix={<UserOutlined aria-hidden />} autoComplete="username" autoFocus />
            </Form.Item>
            <Form.Item
              name="password"
              label={msg.login.password}
              rules={[{ required: true, message: msg.common.required(msg.login.password) }]}
            >
              <Input.Password prefix={<LockOutlined aria-hidden />} autoComplete="current-password" />
            </Form.Item>
            <Button type="primary" htmlType="submit" block loading={login.isPending}>
              {msg.login.submit}
            </Button>
          </Form>
        </Card>
      </main>
    </Flex>
  )
}
