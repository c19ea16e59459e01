import { useMutation, useQueryClient } from '@tanstack/react-query'
import { App, Button, Popconfirm, Space, Table, Tag, type TableColumnsType } from 'antd'
import { useState } from 'react'
import { apiRequest } from '../../api/client'
import { queryKeys, useOrganizations } from '../../api/queries'
import type { Organization } from '../../api/types'
import { PageHeader } from '../../components/PageHeader'
import { QueryError } from '../../components/QueryError'
import { msg } from '../../messages'
import { buildOrganizationTree, type OrganizationNode } from '../../organizationTree'
import { useCan } from '../../session'
import { OrganizationFormModal, type OrganizationDialog } from './OrganizationFormModal'
import { AdminUnitName } from '../../components/AdminUnitName'

export function OrganizationsPage() {
  const t = msg.organizations
  const canManage = useCan()('organizations.manage')
  const { message } = App.useApp()
  const queryClient = useQueryClient()
  const organizations = useOrganizations()
  const [dialog, setDialog] = useState<OrganizationDialog | null>(null)
  // Everything starts expanded; remember only what the user collapsed, so refetches keep the tree open.
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set())
  const tree = buildOrganizationTree(organizations.data ?? [])
  const expandedRowKeys = (organizations.data ?? []).map((o) => o.id).filter((id) => !collapsed.has(id))

  const setStatus = useMutation({
    mutationFn: ({ organization, status }: { organization: Organization; status: Organization['status'] }) =>
      apiRequest<Organization>(`/api/organizations/${organization.id}`, {
        method: 'PATCH',
        body: { status },
      }),
    onSuccess: (saved) => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.organizations })
      message.success(saved.status === 'active' ? t.activated(saved.name) : t.deactivated(saved.name))
    },
    onError: (error) => message.error(error.message),
  })

  const columns: TableColumnsType<OrganizationNode> = [
    { title: t.name, dataIndex: 'name', key: 'name' },
    { title: t.code, dataIndex: 'code', key: 'code' },
    { title: t.kind, key: 'kind', render: (_, org) => msg.organizationKind(org.kind) },
    { title: t.provinceCode, key: 'provinceCode', render: (_, org) => org.provinceCode ?? msg.common.none },
    {
      title: t.adminUnit,
      key: 'adminUnit',
      render: (_, org) => (org.adminUnitCode ? <AdminUnitName code={org.adminUnitCode} /> : msg.common.none),
    },
    {
      title: t.status,
      key: 'status',
      render: (_, org) =>
        org.status === 'active' ? (
          <Tag color="green">{msg.status.active}</Tag>
        ) : (
          <Tag>{msg.status.inactive}</Tag>
        ),
    },
  ]
  if (canManage) {
    columns.push({
      title: msg.common.actions,
      key: 'actions',
      render: (_, org) => {
        const active = org.status === 'active'
        return (
          <Space wrap size={4}>
            {active && (
              <Button size="small" onClick={() => setDialog({ mode: 'create', parent: org })}>
                {t.addChild}
              </Button>
            )}
            <Button size="small" onClick={() => setDialog({ mode: 'edit', organization: org })}>
              {t.rename}
            </Button>
            <Popconfirm
              title={active ? t.deactivateConfirm(org.name) : t.activateConfirm(org.name)}
              okText={msg.common.yes}
              cancelText={msg.common.no}
              onConfirm={() =>
                setStatus.mutate({ organization: org, status: active ? 'inactive' : 'active' })
              }
            >
              <Button size="small" danger={active}>
                {active ? t.deactivate : t.activate}
              </Button>
            </Popconfirm>
          </Space>
        )
      },
    })
  }

  return (
    <>
      <PageHeader title={t.title} />
      {organizations.isError && (
        <QueryError error={organizations.error} onRetry={() => void organizations.refetch()} />
      )}
      <Table<OrganizationNode>
        rowKey="id"
        columns={columns}
        dataSource={tree}
        loading={organizations.isPending}
        expandable={{
          expandedRowKeys,
          onExpand: (expanded, org) =>
            setCollapsed((prev) => {
              const next = new Set(prev)
              if (expanded) next.delete(org.id)
              else next.add(org.id)
              return next
            }),
        }}
        pagination={false}
        locale={{ emptyText: t.empty }}
        scroll={{ x: 'max-content' }}
      />
      {dialog && <OrganizationFormModal dialog={dialog} onClose={() => setDialog(null)} />}
    </>
  )
}
