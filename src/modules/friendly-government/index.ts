export { friendlyGovernmentRoutes } from './friendly.routes.ts'
export {
  friendlyCriteriaSets,
  friendlyEvaluations,
  friendlyScores,
  friendlyEvaluationEvents,
} from './friendly.schema.ts'
export { loadFriendlyCriteria, exampleCriteriaSet } from './reference.ts'
export { createEvaluation } from './commands/createEvaluation.ts'
export { evaluationAction } from './commands/evaluationAction.ts'
export { loadDemoFriendly } from './sample/demo-friendly.ts'
