import { Card, Descriptions, Space, Tag, Typography } from 'antd'
import { PageHeader } from '../components/PageHeader'
import { msg } from '../messages'
import { useSession } from '../session'

export function DashboardPage() {
  const me = useSession()
  return (
    <>
      <PageHeader title={msg.nav.home} />
      <Card>
        <Typography.Title level={2} style={{ marginTop: 0, fontSize: 20 }}>
          {msg.dashboard.greeting(me.user.fullName)}
        </Typography.Title>
        <Typography.Paragraph>{msg.dashboard.intro}</Typography.Paragraph>
        <Descriptions
          column={1}
          bordered
          items={[
            { key: 'org', label: msg.dashboard.organization, children: me.organization.name },
            {
              key: 'roles',
              label: msg.dashboard.roles,
              children:
                me.roles.length > 0 ? (
                  <Space wrap size={[4, 4]}>
                    {me.roles.map((role) => (
                      <Tag key={role} color="red">
                        {msg.roleName(role)}
                      </Tag>
                    ))}
                  </Space>
                ) : (
                  msg.dashboard.noRoles
                ),
            },
            { key: 'perms', label: msg.dashboard.permissions, children: me.permissions.length },
          ]}
        />
      </Card>
    </>
  )
}
