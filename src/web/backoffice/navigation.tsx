import {
  ApartmentOutlined,
  AuditOutlined,
  BookOutlined,
  CalculatorOutlined,
  CalendarOutlined,
  ContactsOutlined,
  ScheduleOutlined,
  SolutionOutlined,
  BarChartOutlined,
  CheckSquareOutlined,
  ClusterOutlined,
  CommentOutlined,
  FormOutlined,
  LikeOutlined,
  PieChartOutlined,
  SafetyCertificateOutlined,
  FundOutlined,
  ReadOutlined,
  EnvironmentOutlined,
  FileAddOutlined,
  FileTextOutlined,
  FileWordOutlined,
  HomeOutlined,
  KeyOutlined,
  MailOutlined,
  PhoneOutlined,
  SearchOutlined,
  TeamOutlined,
  TrophyOutlined,
  StarOutlined,
  FlagOutlined,
  AppstoreAddOutlined,
  UserOutlined,
  ShopOutlined,
} from '@ant-design/icons'
import type { ReactNode } from 'react'
import type { Permission } from './api/types'
import { msg } from './messages'
import { routes } from './router'

export type PageKey =
  | 'home'
  | 'cases'
  | 'caseNew'
  | 'receptionDesk'
  | 'receptionVisits'
  | 'receptionSchedules'
  | 'activities'
  | 'activityNew'
  | 'commitments'
  | 'activitySummary'
  | 'search'
  | 'hotline'
  | 'mail'
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
  | 'models'
  | 'modelNew'
  | 'modelSummary'
  | 'emulationRegistrations'
  | 'emulationPacts'
  | 'friendlyEvaluations'
  | 'friendlySummary'
  | 'democracyConferences'
  | 'democracyCoverage'
  | 'democracyRules'
  | 'democracyEnterprises'

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
    key: 'receptionDesk',
    path: routes.receptionDesk,
    label: msg.nav.receptionDesk,
    icon: <SolutionOutlined aria-hidden />,
    permission: 'reception.record',
  },
  {
    key: 'receptionVisits',
    path: routes.receptionVisits,
    label: msg.nav.receptionVisits,
    icon: <ContactsOutlined aria-hidden />,
    permission: 'reception.read',
  },
  {
    key: 'receptionSchedules',
    path: routes.receptionSchedules,
    label: msg.nav.receptionSchedules,
    icon: <ScheduleOutlined aria-hidden />,
    permission: 'reception.read',
  },
  {
    key: 'activities',
    path: routes.activities,
    label: msg.nav.activities,
    icon: <CommentOutlined aria-hidden />,
    permission: 'activities.read',
  },
  {
    key: 'activityNew',
    path: routes.activityNew,
    label: msg.nav.activityNew,
    icon: <FormOutlined aria-hidden />,
    permission: 'activities.record',
  },
  {
    key: 'commitments',
    path: routes.commitments,
    label: msg.nav.commitments,
    icon: <CheckSquareOutlined aria-hidden />,
    permission: 'activities.read',
  },
  {
    key: 'activitySummary',
    path: routes.activitySummary,
    label: msg.nav.activitySummary,
    icon: <BarChartOutlined aria-hidden />,
    permission: 'activities.read',
  },
  {
    key: 'models',
    path: routes.models,
    label: msg.nav.models,
    icon: <StarOutlined aria-hidden />,
    permission: 'models.read',
  },
  {
    key: 'modelNew',
    path: routes.modelNew,
    label: msg.nav.modelNew,
    icon: <AppstoreAddOutlined aria-hidden />,
    permission: 'models.manage',
  },
  {
    key: 'modelSummary',
    path: routes.modelSummary,
    label: msg.nav.modelSummary,
    icon: <FundOutlined aria-hidden />,
    permission: 'models.read',
  },
  {
    key: 'emulationRegistrations',
    path: routes.emulationRegistrations,
    label: msg.nav.emulationRegistrations,
    icon: <TrophyOutlined aria-hidden />,
    permission: 'emulation.read',
  },
  {
    key: 'emulationPacts',
    path: routes.emulationPacts,
    label: msg.nav.emulationPacts,
    icon: <FlagOutlined aria-hidden />,
    permission: 'emulation.read',
  },
  {
    key: 'friendlyEvaluations',
    path: routes.friendlyEvaluations,
    label: msg.nav.friendlyEvaluations,
    icon: <LikeOutlined aria-hidden />,
    permission: 'friendly.read',
  },
  {
    key: 'friendlySummary',
    path: routes.friendlySummary,
    label: msg.nav.friendlySummary,
    icon: <PieChartOutlined aria-hidden />,
    permission: 'friendly.read',
  },
  {
    key: 'democracyConferences',
    path: routes.democracyConferences,
    label: msg.nav.democracyConferences,
    icon: <SafetyCertificateOutlined aria-hidden />,
    permission: 'democracy.read',
  },
  {
    key: 'democracyCoverage',
    path: routes.democracyCoverage,
    label: msg.nav.democracyCoverage,
    icon: <FundOutlined aria-hidden />,
    permission: 'democracy.read',
  },
  {
    key: 'democracyRules',
    path: routes.democracyRules,
    label: msg.nav.democracyRules,
    icon: <ReadOutlined aria-hidden />,
    permission: 'democracy.read',
  },
  {
    key: 'democracyEnterprises',
    path: routes.democracyEnterprises,
    label: msg.nav.democracyEnterprises,
    icon: <ShopOutlined aria-hidden />,
    permission: 'democracy.read',
  },
  {
    key: 'search',
    path: routes.search,
    label: msg.nav.search,
    icon: <SearchOutlined aria-hidden />,
    permission: 'cases.read',
  },
  {
    key: 'hotline',
    path: routes.hotline,
    label: msg.nav.hotline,
    icon: <PhoneOutlined aria-hidden />,
    permission: 'hotline.read',
  },
  {
    key: 'mail',
    path: routes.mail,
    label: msg.nav.mail,
    icon: <MailOutlined aria-hidden />,
    permission: 'mail.read',
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
