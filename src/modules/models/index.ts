export { modelRoutes } from './models.routes.ts'
export { modelFields, models, modelRecognitions, modelAwards, modelEvents } from './models.schema.ts'
export { ensureBuiltinModelFields, modelFieldLabels, checkModelField } from './fields.ts'
export { builtinModelFields, modelLevelLabels } from './messages.ts'
export { modelLevels, modelTransitions, type ModelLevel } from './model-lifecycle.ts'
export {
  publicModel,
  publicModelFilters,
  publicModelList,
  type PublicModel,
  type PublicModelDetail,
} from './models.queries.ts'
export { loadDemoModels } from './sample/demo-models.ts'
