export { activityRoutes } from './activities.routes.ts'
export {
  activities,
  activityParticipants,
  activityDailyCounts,
  activityMonthlyCounts,
  commitments,
  commitmentEvents,
} from './activities.schema.ts'
export { activityKinds, activityLevels, kinds, participantGroups } from './kinds.ts'
export { recordActivity } from './commands/recordActivity.ts'
export { updateActivity } from './commands/updateActivity.ts'
export { commitmentAction } from './commands/commitmentAction.ts'
export { rebuildActivitySummary } from './activities.repo.ts'
export { activityJobs, runCommitmentReminders, COMMITMENT_REMINDERS_JOB } from './reminders.ts'
export { loadDemoActivities } from './sample/demo-activities.ts'
