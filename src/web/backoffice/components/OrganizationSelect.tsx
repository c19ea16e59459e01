import { TreeSelect } from 'antd'
import { useOrganizations } from '../api/queries'
import { buildOrganizationTree, type OrganizationNode } from '../organizationTree'

interface TreeOption {
  value: string
  title: string
  disabled: boolean
  children?: TreeOption[]
}

function toOptions(nodes: OrganizationNode[]): TreeOption[] {
  return nodes.map((n) => ({
    value: n.id,
    title: n.name,
    disabled: n.status !== 'active',
    children: n.children ? toOptions(n.children) : undefined,
  }))
}

type Props = {
  id?: string
  value?: string
  onChange?: (value: string) => void
  'aria-required'?: boolean
}

/** Picks one active organization among those the user can see; used as a form control. */
export function OrganizationSelect(props: Props) {
  const organizations = useOrganizations()
  return (
    <TreeSelect
      {...props}
      loading={organizations.isPending}
      treeData={toOptions(buildOrganizationTree(organizations.data ?? []))}
      treeDefaultExpandAll
      showSearch={{ treeNodeFilterProp: 'title' }}
      popupMatchSelectWidth={false}
    />
  )
}
