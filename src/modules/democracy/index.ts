export { democracyRoutes } from './democracy.routes.ts'
export {
  enterprises,
  democracyConferences,
  democracyResolutions,
  democracyRules,
} from './democracy.schema.ts'
export { recordConference } from './commands/recordConference.ts'
export { registerEnterprise } from './commands/registerEnterprise.ts'
export { adoptRules } from './commands/adoptRules.ts'
export { loadDemoDemocracy } from './sample/demo-democracy.ts'
