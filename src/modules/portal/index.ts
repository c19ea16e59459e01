export { portalRoutes, type PortalOptions } from './portal.routes.ts'
export type { ScheduleEntry, ScheduleSource } from './pages/schedule.ts'
export { LIMITS as PORTAL_LIMITS } from './portal.routes.ts'
