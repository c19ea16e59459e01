export { searchRoutes } from './search.routes.ts'
export { registerSearchProvider, type SearchProvider, type SearchRequest } from './search.queries.ts'
export { findDuplicates } from './duplicates.ts'
export { exportCases } from './export.ts'
export { caseSearch } from './search.schema.ts'
export { fold } from './text.ts'
// For other search providers (reception visits): the same text levels, ranking and highlighting.
export { afterCondition, chooseText, scoreOf, type CaseFilterSet } from './search.repo.ts'
export { highlight, snippet } from './text.ts'
