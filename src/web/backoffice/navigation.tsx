import {
  ApartmentOutlined,
  AuditOutlined,
  BookOutlined,
  CalculatorOutlined,
  CalendarOutlined,
  ClusterOutlined,
  EnvironmentOutlined,
  FileAddOutlined,
  FileTextOutlined,
  FileWordOutlined,
  HomeOutlined,
  KeyOutlined,
  TeamOutlined,
  UserOutlined,
} from '@ant-design/icons'
import type { ReactNode } from 'react'
import type { Permission } from './api/types'
import { msg } from './messages'
import { routes } from './router'

export type PageKey =
  | 'home'
  | 'cases'
  | 'caseNew'
  | 'users'
  | 'organizations'
  | 'adminUnits'
  | 'localUnits'
  | 'audit'
  | 'tokens'
  | 'calendar'
  | 'deadline'
  | 'rules'
  | 'profile'
  | 'documentTemplates'

export interface NavItem {
  key: PageKey
  path: string
  label: string
  icon: ReactNode
  /** Needed to see the page; absent = every logged-in user. */
  permission?: Permission
}

export const NAV_ITEMS: readonly NavItem[] = [
  { key: 'home', path: routes.home, label: msg.nav.home, icon: <HomeOutlined aria-hidden /> },
  {
    key: 'cases',
    path: routes.cases,
    label: msg.nav.cases,
    icon: <FileTextOutlined aria-hidden />,
    permission: 'cases.read',
  },
  {
    key: 'caseNew',
    path: routes.caseNew,
    label: msg.nav.caseNew,
    icon: <FileAddOutlined aria-hidden />,
    permission: 'cases.intake',
  },
  {
    key: 'users',
    path: routes.users,
    label: msg.nav.users,
    icon: <TeamOutlined aria-hidden />,
    permission: 'users.read',
  },
  {
    key: 'organizations',
    path: routes.organizations,
    label: msg.nav.organizations,
    icon: <ApartmentOutlined aria-hidden />,
    permission: 'organizations.read',
  },
  {
    key: 'adminUnits',
    path: routes.adminUnits,
    label: msg.nav.adminUnits,
    icon: <EnvironmentOutlined aria-hidden />,
    permission: 'admin_units.read',
  },
  {
    key: 'localUnits',
    path: routes.localUnits,
    label: msg.nav.localUnits,
    icon: <ClusterOutlined aria-hidden />,
    permission: 'admin_units.manage',
  },
  {
    key: 'audit',
    path: routes.audit,
    label: msg.nav.audit,
    icon: <AuditOutlined aria-hidden />,
    permission: 'audit.read',
  },
  {
    key: 'tokens',
    path: routes.tokens,
    label: msg.nav.tokens,
    icon: <KeyOutlined aria-hidden />,
    permission: 'tokens.manage',
  },
  {
    key: 'deadline',
    path: routes.deadline,
    label: msg.nav.deadline,
    icon: <CalculatorOutlined aria-hidden />,
    permission: 'calendar.read',
  },
  {
    key: 'calendar',
    path: routes.calendar,
    label: msg.nav.calendar,
    icon: <CalendarOutlined aria-hidden />,
    permission: 'calendar.read',
  },
  {
    key: 'rules',
    path: routes.rules,
    label: msg.nav.rules,
    icon: <BookOutlined aria-hidden />,
    permission: 'rules.read',
  },
  {
    key: 'documentTemplates',
    path: routes.documentTemplates,
    label: msg.nav.documentTemplates,
    icon: <FileWordOutlined aria-hidden />,
    permission: 'documents.manage',
  },
  { key: 'profile', path: routes.profile, label: msg.nav.profile, icon: <UserOutlined aria-hidden /> },
]

export function visibleNavItems(permissions: readonly string[]): NavItem[] {
  return NAV_ITEMS.filter((item) => !item.permission || permissions.includes(item.permission))
}

export function findNavItem(path: string): NavItem | undefined {
  return NAV_ITEMS.find((item) => item.path === path)
}
