import { and, asc, desc, eq, inArray, lt, sql, type SQL } from 'drizzle-orm'
import type { Executor } from '../../platform/db/database.ts'
import { organizations } from '../organizations/index.ts'
import { adminUnits } from '../admin-units/index.ts'
import { modelAwards, modelEvents, modelRecognitions, models } from './models.schema.ts'

export type ModelRow = typeof models.$inferSelect
export type NewModel = typeof models.$inferInsert
export type RecognitionRow = typeof modelRecognitions.$inferSelect
export type AwardRow = typeof modelAwards.$inferSelect
export type ModelEventRow = typeof modelEvents.$inferSelect

export interface ScopedModel {
  row: ModelRow
  organizationPath: string
  organizationName: string
  unitName: string | null
}

export async function findModel(ex: Executor, id: string, lock = false): Promise<ScopedModel | null> {
  const query = ex
    .select({
      row: models,
      organizationPath: organizations.path,
      organizationName: organizations.name,
      unitName: adminUnits.name,
    })
    .from(models)
    .innerJoin(organizations, eq(organizations.id, models.organizationId))
    .leftJoin(adminUnits, eq(adminUnits.id, models.adminUnitId))
    .where(eq(models.id, id))
  const [found] = lock ? await query.for('update', { of: models }) : await query
  return found ?? null
}

export async function insertModel(ex: Executor, row: NewModel): Promise<ModelRow> {
  const [inserted] = await ex.insert(models).values(row).returning()
  if (!inserted) throw new Error('model insert returned nothing')
  return inserted
}

export async function updateModelRow(
  ex: Executor,
  id: string,
  version: number,
  patch: Partial<NewModel>,
): Promise<ModelRow | null> {
  const [updated] = await ex
    .update(models)
    .set({ ...patch, version: version + 1, updatedAt: new Date() })
    .where(and(eq(models.id, id), eq(models.version, version)))
    .returning()
  return updated ?? null
}

export async function insertRecognition(ex: Executor, row: typeof modelRecognitions.$inferInsert) {
  await ex.insert(modelRecognitions).values(row)
}

export async function insertAward(ex: Executor, row: typeof modelAwards.$inferInsert) {
  await ex.insert(modelAwards).values(row)
}

export async function insertModelEvent(ex: Executor, row: typeof modelEvents.$inferInsert) {
  await ex.insert(modelEvents).values(row)
}

export const recognitionsOf = (ex: Executor, modelId: string): Promise<RecognitionRow[]> =>
  ex
    .select()
    .from(modelRecognitions)
    .where(eq(modelRecognitions.modelId, modelId))
    .orderBy(asc(modelRecognitions.decidedOn), asc(modelRecognitions.id))

export const awardsOf = (ex: Executor, modelId: string): Promise<AwardRow[]> =>
  ex
    .select()
    .from(modelAwards)
    .where(eq(modelAwards.modelId, modelId))
    .orderBy(asc(modelAwards.awardedOn), asc(modelAwards.id))

export const modelEventsOf = (ex: Executor, modelId: string): Promise<ModelEventRow[]> =>
  ex
    .select()
    .from(modelEvents)
    .where(eq(modelEvents.modelId, modelId))
    .orderBy(asc(modelEvents.at), asc(modelEvents.id))

export interface ModelFilters {
  /** Scope condition (back office) or the recognised-only condition (public gallery). */
  where: SQL[]
  status?: string
  statuses?: readonly string[]
  field?: string
  level?: string
  kind?: string
  organizationPath?: string
  provinceCode?: string
  /** Already folded (vn_fold): matched against title, goal, mobilisation, person and organization. */
  q?: string
  after: string | null
}

export async function listModels(ex: Executor, f: ModelFilters, limit: number) {
  const conditions: SQL[] = [...f.where]
  if (f.status) conditions.push(eq(models.status, f.status))
  if (f.statuses) conditions.push(inArray(models.status, [...f.statuses]))
  if (f.field) conditions.push(eq(models.fieldCode, f.field))
  if (f.level) conditions.push(eq(models.currentLevel, f.level))
  if (f.kind) conditions.push(eq(models.kind, f.kind))
  if (f.provinceCode) conditions.push(eq(models.provinceCode, f.provinceCode))
  if (f.organizationPath) conditions.push(sql`${organizations.path} like ${f.organizationPath + '%'}`)
  if (f.q)
    for (const word of f.q.split(/\s+/).filter(Boolean))
      conditions.push(
        sql`vn_fold(concat_ws(' ', ${models.title}, ${models.goal}, ${models.mobilisation}, ${models.personName}, ${organizations.name})) like ${'%' + word + '%'}`,
      )
  if (f.after) conditions.push(lt(models.id, f.after))
  return ex
    .select({
      row: models,
      organizationName: organizations.name,
      unitName: adminUnits.name,
    })
    .from(models)
    .innerJoin(organizations, eq(organizations.id, models.organizationId))
    .leftJoin(adminUnits, eq(adminUnits.id, models.adminUnitId))
    .where(and(...conditions))
    .orderBy(desc(models.id))
    .limit(limit)
}
