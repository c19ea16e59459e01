import { PlusOutlined } from '@ant-design/icons'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { App, Button, Popconfirm, Table, Tag, type TableColumnsType } from 'antd'
import dayjs from 'dayjs'
import { useState } from 'react'
import { apiRequest } from '../../api/client'
import { queryKeys, usePagedList } from '../../api/queries'
import type { ApiToken } from '../../api/types'
import { LoadMore } from '../../components/LoadMore'
import { PageHeader } from '../../components/PageHeader'
import { QueryError } from '../../components/QueryError'
import { formatDateTime } from '../../format'
import { msg } from '../../messages'
import { CreateTokenModal } from './CreateTokenModal'

type TokenState = 'active' | 'expired' | 'revoked'

function tokenState(token: ApiToken): TokenState {
  if (token.revokedAt) return 'revoked'
  if (token.expiresAt && dayjs(token.expiresAt).isBefore(dayjs())) return 'expired'
  return 'active'
}

export function TokensPage() {
  const t = msg.tokens
  const { message } = App.useApp()
  const queryClient = useQueryClient()
  const [creating, setCreating] = useState(false)
  const list = usePagedList<ApiToken>(queryKeys.tokens, '/api/tokens')

  const revoke = useMutation({
    mutationFn: (token: ApiToken) => apiRequest<undefined>(`/api/tokens/${token.id}`, { method: 'DELETE' }),
    onSuccess: (_, token) => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.tokens })
      message.success(t.revokedMessage(token.name))
    },
    onError: (error) => message.error(error.message),
  })

  const columns: TableColumnsType<ApiToken> = [
    { title: t.name, dataIndex: 'name', key: 'name' },
    { title: t.user, dataIndex: 'username', key: 'username' },
    { title: t.createdAt, key: 'createdAt', render: (_, token) => formatDateTime(token.createdAt) },
    {
      title: t.expiresAt,
      key: 'expiresAt',
      render: (_, token) => formatDateTime(token.expiresAt, t.noExpiry),
    },
    {
      title: t.lastUsedAt,
      key: 'lastUsedAt',
      render: (_, token) => formatDateTime(token.lastUsedAt, t.never),
    },
    {
      title: t.status,
      key: 'status',
      render: (_, token) => {
        const state = tokenState(token)
        const color = state === 'active' ? 'green' : state === 'expired' ? 'orange' : 'default'
        return <Tag color={color}>{t[state]}</Tag>
      },
    },
    {
      title: msg.common.actions,
      key: 'actions',
      render: (_, token) =>
        token.revokedAt ? null : (
          <Popconfirm
            title={t.revokeConfirm(token.name)}
            okText={msg.common.yes}
            cancelText={msg.common.no}
            onConfirm={() => revoke.mutate(token)}
          >
            <Button size="small" danger>
              {t.revoke}
            </Button>
          </Popconfirm>
        ),
    },
  ]

  return (
    <>
      <PageHeader
        title={t.title}
        extra={
          <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setCreating(true)}>
            {t.add}
          </Button>
        }
      />
      {list.isError && <QueryError error={list.error} onRetry={() => void list.refetch()} />}
      <Table<ApiToken>
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
      {creating && <CreateTokenModal onClose={() => setCreating(false)} />}
    </>
  )
}
