import { LogoutOutlined } from '@ant-design/icons'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { Button, Flex, Layout, Menu, Typography } from 'antd'
import { useEffect, useRef, type ReactNode } from 'react'
import { apiRequest, setCsrfToken } from '../api/client'
import { msg } from '../messages'
import { findNavItem, visibleNavItems } from '../navigation'
import { Link, navigate, routes } from '../router'
import { useSession } from '../session'

const MAIN_ID = 'main-content'

export function AppLayout({ path, children }: { path: string; children: ReactNode }) {
  const me = useSession()
  const queryClient = useQueryClient()
  const mainRef = useRef<HTMLElement>(null)
  const previousPath = useRef(path)

  // After an in-app navigation, move focus to the new page so keyboard and screen-reader users follow.
  useEffect(() => {
    if (previousPath.current !== path) mainRef.current?.focus({ preventScroll: true })
    previousPath.current = path
  }, [path])

  const logout = useMutation({
    mutationFn: () => apiRequest<undefined>('/api/auth/logout', { method: 'POST' }),
    onSettled: () => {
      setCsrfToken(null)
      queryClient.clear()
      navigate(routes.login, { replace: true })
    },
  })

  const items = visibleNavItems(me.permissions).map((item) => ({
    key: item.path,
    icon: item.icon,
    label: <Link to={item.path}>{item.label}</Link>,
  }))
  const current = findNavItem(path)

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <a className="skip-link" href={`#${MAIN_ID}`}>
        {msg.common.skipToContent}
      </a>
      <Layout.Header
        style={{ display: 'flex', alignItems: 'center', gap: 16, paddingInline: 24, background: '#8b1a1a' }}
      >
        <Link to={routes.home} className="brand">
          {msg.productName}
        </Link>
        <Flex
          component="section"
          aria-label={msg.layout.userInfo}
          align="center"
          gap={16}
          style={{ marginInlineStart: 'auto', color: '#fff', lineHeight: 1.3 }}
        >
          <div style={{ textAlign: 'end' }}>
            <div style={{ fontWeight: 600 }}>{me.user.fullName}</div>
            <Typography.Text style={{ color: 'rgba(255,255,255,0.85)', fontSize: 12 }}>
              {me.organization.name}
            </Typography.Text>
          </div>
          <Button
            icon={<LogoutOutlined aria-hidden />}
            onClick={() => logout.mutate()}
            loading={logout.isPending}
          >
            {msg.layout.logout}
          </Button>
        </Flex>
      </Layout.Header>
      <Layout>
        <Layout.Sider width={240} theme="light" breakpoint="lg" collapsedWidth={0}>
          <nav aria-label={msg.layout.mainMenu}>
            <Menu
              mode="inline"
              selectedKeys={current ? [current.path] : []}
              items={items}
              onClick={({ key }) => navigate(key)}
              style={{ borderInlineEnd: 0 }}
            />
          </nav>
        </Layout.Sider>
        <Layout.Content style={{ padding: 24 }}>
          <main id={MAIN_ID} ref={mainRef} tabIndex={-1} style={{ outline: 'none' }}>
            {children}
          </main>
        </Layout.Content>
      </Layout>
    </Layout>
  )
}
