import { Button, Flex, Result, Spin } from 'antd'
import type { ComponentType } from 'react'
import { ApiError, errorMessage } from './api/client'
import { useMe } from './api/queries'
import { AppLayout } from './layout/AppLayout'
import { msg } from './messages'
import { findNavItem, type PageKey } from './navigation'
import { AdminUnitsPage } from './pages/admin-units/AdminUnitsPage'
import { LocalUnitsPage } from './pages/admin-units/LocalUnitsPage'
import { AuditPage } from './pages/AuditPage'
import { CalendarPage } from './pages/calendar/CalendarPage'
import { DeadlinePage } from './pages/calendar/DeadlinePage'
import { RulesPage } from './pages/rules/RulesPage'
import { DashboardPage } from './pages/DashboardPage'
import { ForbiddenPage, NotFoundPage } from './pages/ErrorPages'
import { LoginPage } from './pages/LoginPage'
import { OrganizationsPage } from './pages/organizations/OrganizationsPage'
import { ProfilePage } from './pages/ProfilePage'
import { TokensPage } from './pages/tokens/TokensPage'
import { UsersPage } from './pages/users/UsersPage'
import { CasePage } from './pages/cases/CasePage'
import { CasesPage } from './pages/cases/CasesPage'
import { IntakePage } from './pages/cases/IntakePage'
import { ReceptionDeskPage } from './pages/reception/ReceptionDeskPage'
import { SchedulesPage } from './pages/reception/SchedulesPage'
import { VisitsPage } from './pages/reception/VisitsPage'
import { ActivitiesPage } from './pages/activities/ActivitiesPage'
import { ActivityFormPage } from './pages/activities/ActivityFormPage'
import { ActivityPage } from './pages/activities/ActivityPage'
import { CommitmentsPage } from './pages/activities/CommitmentsPage'
import { SummaryPage } from './pages/activities/SummaryPage'
import { ModelsPage } from './pages/models/ModelsPage'
import { ModelFormPage } from './pages/models/ModelFormPage'
import { ModelPage } from './pages/models/ModelPage'
import { ModelSummaryPage } from './pages/models/ModelSummaryPage'
import { RegistrationsPage } from './pages/emulation/RegistrationsPage'
import { PactsPage } from './pages/emulation/PactsPage'
import { activityIdOf, caseIdOf, evaluationIdOf, modelEditIdOf, modelIdOf, routes, usePath } from './router'
import { SearchPage } from './pages/search/SearchPage'
import { HotlinePage } from './pages/hotline/HotlinePage'
import { MailPage } from './pages/mail/MailPage'
import { DocumentTemplatesPage } from './pages/documents/DocumentTemplatesPage'
import { SessionProvider } from './session'
import { EvaluationsPage } from './pages/friendly/EvaluationsPage'
import { EvaluationPage } from './pages/friendly/EvaluationPage'
import { FriendlySummaryPage } from './pages/friendly/FriendlySummaryPage'
import { ConferencesPage } from './pages/democracy/ConferencesPage'
import { CoveragePage } from './pages/democracy/CoveragePage'
import { DemocracyRulesPage } from './pages/democracy/DemocracyRulesPage'
import { EnterprisesPage } from './pages/democracy/EnterprisesPage'

const PAGES: Record<PageKey, ComponentType> = {
  home: DashboardPage,
  cases: CasesPage,
  caseNew: IntakePage,
  receptionDesk: ReceptionDeskPage,
  receptionVisits: VisitsPage,
  receptionSchedules: SchedulesPage,
  activities: ActivitiesPage,
  activityNew: ActivityFormPage,
  commitments: CommitmentsPage,
  activitySummary: SummaryPage,
  search: SearchPage,
  hotline: HotlinePage,
  mail: MailPage,
  users: UsersPage,
  organizations: OrganizationsPage,
  adminUnits: AdminUnitsPage,
  localUnits: LocalUnitsPage,
  audit: AuditPage,
  tokens: TokensPage,
  calendar: CalendarPage,
  deadline: DeadlinePage,
  rules: RulesPage,
  profile: ProfilePage,
  documentTemplates: DocumentTemplatesPage,
  models: ModelsPage,
  modelNew: ModelFormPage,
  modelSummary: ModelSummaryPage,
  emulationRegistrations: RegistrationsPage,
  emulationPacts: PactsPage,
  friendlyEvaluations: EvaluationsPage,
  friendlySummary: FriendlySummaryPage,
  democracyConferences: ConferencesPage,
  democracyCoverage: CoveragePage,
  democracyRules: DemocracyRulesPage,
  democracyEnterprises: EnterprisesPage,
}

function FullPageSpin() {
  return (
    <Flex justify="center" align="center" style={{ minHeight: '100vh' }}>
      <Spin size="large" description={msg.common.loading} />
    </Flex>
  )
}

function RouteView({ path, permissions }: { path: string; permissions: readonly string[] }) {
  const caseId = caseIdOf(path)
  if (caseId) return permissions.includes('cases.read') ? <CasePage id={caseId} /> : <ForbiddenPage />
  const activityId = activityIdOf(path)
  if (activityId)
    return permissions.includes('activities.read') ? <ActivityPage id={activityId} /> : <ForbiddenPage />
  const modelId = modelIdOf(path)
  if (modelId) return permissions.includes('models.read') ? <ModelPage id={modelId} /> : <ForbiddenPage />
  const editedModelId = modelEditIdOf(path)
  if (editedModelId)
    return permissions.includes('models.manage') ? <ModelFormPage id={editedModelId} /> : <ForbiddenPage />
  const evaluationId = evaluationIdOf(path)
  if (evaluationId)
    return permissions.includes('friendly.read') ? <EvaluationPage id={evaluationId} /> : <ForbiddenPage />
  const item = findNavItem(path)
  if (!item) return <NotFoundPage />
  if (item.permission && !permissions.includes(item.permission)) return <ForbiddenPage />
  const Page = PAGES[item.key]
  return <Page />
}

function AuthenticatedApp({ path }: { path: string }) {
  const me = useMe()
  // A 401 is handled by the query cache (redirect to the login page); show the spinner meanwhile.
  if (me.isPending || (me.error instanceof ApiError && me.error.status === 401)) return <FullPageSpin />
  if (me.isError) {
    return (
      <Result
        status="error"
        title={msg.errors.loadFailed}
        subTitle={errorMessage(me.error)}
        extra={<Button onClick={() => void me.refetch()}>{msg.common.retry}</Button>}
      />
    )
  }
  return (
    <SessionProvider me={me.data}>
      <AppLayout path={path}>
        <RouteView key={path} path={path} permissions={me.data.permissions} />
      </AppLayout>
    </SessionProvider>
  )
}

export function BackOffice() {
  const path = usePath()
  if (path === routes.login) return <LoginPage />
  return <AuthenticatedApp path={path} />
}
