import { PlusOutlined } from '@ant-design/icons'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { App, Button, Input, Popconfirm, Space, Table, Tag, type TableColumnsType } from 'antd'
import { useState } from 'react'
import { apiRequest } from '../../api/client'
import { queryKeys, usePagedList } from '../../api/queries'
import type { User } from '../../api/types'
import { LoadMore } from '../../components/LoadMore'
import { PageHeader } from '../../components/PageHeader'
import { QueryError } from '../../components/QueryError'
import { formatDateTime } from '../../format'
import { msg } from '../../messages'
import { useCan, useSession } from '../../session'
import { ResetPasswordModal } from './ResetPasswordModal'
import { UserFormModal } from './UserFormModal'

type Dialog = { kind: 'create' } | { kind: 'edit'; user: User } | { kind: 'reset'; user: User } | null

export function UsersPage() {
  const t = msg.users
  const me = useSession()
  const can = useCan()
  const canManage = can('users.manage')
  const { message } = App.useApp()
  const queryClient = useQueryClient()
  const [q, setQ] = useState('')
  const [dialog, setDialog] = useState<Dialog>(null)
  const list = usePagedList<User>(queryKeys.users, '/api/users', { q: q || undefined })

  const setStatus = useMutation({
    mutationFn: ({ user, status }: { user: User; status: User['status'] }) =>
      apiRequest<User>(`/api/users/${user.id}`, { method: 'PATCH', body: { status } }),
    onSuccess: (saved) => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.users })
      message.success(saved.status === 'disabled' ? t.locked(saved.username) : t.unlocked(saved.username))
    },
    onError: (error) => message.error(error.message),
  })

  const columns: TableColumnsType<User> = [
    { title: t.username, dataIndex: 'username', key: 'username' },
    { title: t.fullName, dataIndex: 'fullName', key: 'fullName' },
    { title: t.organization, dataIndex: 'organizationName', key: 'organizationName' },
    {
      title: t.roles,
      key: 'roles',
      render: (_, user) => (
        <Space wrap size={[4, 4]}>
          {user.roles.map((role) => (
            <Tag key={role}>{msg.roleName(role)}</Tag>
          ))}
        </Space>
      ),
    },
    {
      title: t.status,
      key: 'status',
      render: (_, user) =>
        user.status === 'active' ? (
          <Tag color="green">{msg.status.active}</Tag>
        ) : (
          <Tag color="default">{msg.status.disabled}</Tag>
        ),
    },
    { title: t.lastLogin, key: 'lastLoginAt', render: (_, user) => formatDateTime(user.lastLoginAt) },
  ]
  if (canManage) {
    columns.push({
      title: msg.common.actions,
      key: 'actions',
      render: (_, user) => {
        const locking = user.status === 'active'
        return (
          <Space wrap size={4}>
            <Button size="small" onClick={() => setDialog({ kind: 'edit', user })}>
              {msg.common.edit}
            </Button>
            <Popconfirm
              title={locking ? t.lockConfirm(user.username) : t.unlockConfirm(user.username)}
              okText={msg.common.yes}
              cancelText={msg.common.no}
              onConfirm={() => setStatus.mutate({ user, status: locking ? 'disabled' : 'active' })}
            >
              <Button size="small" danger={locking} disabled={user.id === me.user.id}>
                {locking ? t.lock : t.unlock}
              </Button>
            </Popconfirm>
            <Button size="small" onClick={() => setDialog({ kind: 'reset', user })}>
              {t.resetPassword}
            </Button>
          </Space>
        )
      },
    })
  }

  return (
    <>
      <PageHeader
        title={t.title}
        extra={
          canManage && (
            <Button
              type="primary"
              icon={<PlusOutlined aria-hidden />}
              onClick={() => setDialog({ kind: 'create' })}
            >
              {t.add}
            </Button>
          )
        }
      />
      <div role="search" style={{ marginBottom: 16, maxWidth: 480 }}>
        <Input.Search
          aria-label={t.searchLabel}
          placeholder={t.searchPlaceholder}
          allowClear
          enterButton={msg.common.search}
          onSearch={(value) => setQ(value.trim())}
        />
      </div>
      {list.isError && <QueryError error={list.error} onRetry={() => void list.refetch()} />}
      <Table<User>
        rowKey="id"
        columns={columns}
        dataSource={list.items}
        loading={list.isPending}
        pagination={false}
        locale={{ emptyText: t.empty }}
        scroll={{ x: 'max-content' }}
      />
      <LoadMore
        hasMore={list.hasNextPage}
        loading={list.isFetchingNextPage}
        onLoad={() => void list.fetchNextPage()}
      />
      {dialog?.kind === 'create' && <UserFormModal onClose={() => setDialog(null)} />}
      {dialog?.kind === 'edit' && <UserFormModal user={dialog.user} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'reset' && <ResetPasswordModal user={dialog.user} onClose={() => setDialog(null)} />}
    </>
  )
}
