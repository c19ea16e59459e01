export { hotlineRoutes } from './hotline.routes.ts'
export { hotlineCalls } from './hotline.schema.ts'
export { logCall, listCalls, casesByPhone, callCounts } from './hotline.ts'
