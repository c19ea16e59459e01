export { receptionRoutes } from './reception.routes.ts'
export { recordVisit } from './commands/recordVisit.ts'
export { sealProtectedVisitors } from './identity.ts'
export { scheduleSession, holdSession, cancelSession, completeTask } from './commands/sessions.ts'
export { listPublicSchedule } from './reception.queries.ts'
export type { PublicScheduleEntry } from '../../contracts/reception.ts'
export { loadDemoReception } from './demo.ts'
export { visitSearchProvider } from './visit-search.ts'
export {
  receptionOfficers,
  receptionPlaces,
  receptionRefusalNotices,
  receptionSessions,
  receptionTasks,
  receptionVisitCases,
  receptionVisitCitizens,
  receptionVisits,
} from './reception.schema.ts'
