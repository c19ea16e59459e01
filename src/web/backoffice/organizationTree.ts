import type { Organization } from './api/types'

export interface OrganizationNode extends Organization {
  children?: OrganizationNode[]
}

/**
 * Nests organizations by `parentId`. Organizations whose parent is not in the list (the caller sees only
 * its own subtree) become roots. Siblings are sorted by name, Vietnamese collation.
 */
export function buildOrganizationTree(organizations: readonly Organization[]): OrganizationNode[] {
  const nodes = new Map<string, OrganizationNode>(organizations.map((o) => [o.id, { ...o }]))
  const roots: OrganizationNode[] = []
  for (const node of nodes.values()) {
    const parent = node.parentId ? nodes.get(node.parentId) : undefined
    if (parent && parent !== node) (parent.children ??= []).push(node)
    else roots.push(node)
  }
  const byName = (a: OrganizationNode, b: OrganizationNode) => a.name.localeCompare(b.name, 'vi')
  const sort = (list: OrganizationNode[]) => {
    list.sort(byName)
    for (const n of list) if (n.children) sort(n.children)
  }
  sort(roots)
  return roots
}
