import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { TestProject } from 'vitest/node'
import { startEmbeddedDatabase } from '../../src/platform/db/embedded.ts'
import { openDatabase } from '../../src/platform/db/database.ts'
import { migrationsDir, runMigrations } from '../../src/platform/db/migrate.ts'
import { loadReferenceUnits, referenceFingerprint } from '../../src/modules/admin-units/index.ts'
import { chromiumSkipReason, ensureBackofficeBuilt } from './browser.ts'

declare module 'vitest' {
  export interface ProvidedContext {
    embeddedTemplate: string
  }
}

/** Fingerprint of the migrations and reference data, so a template is rebuilt exactly when they change. */
function migrationsFingerprint(): string {
  const hash = createHash('sha256').update(referenceFingerprint())
  for (const file of readdirSync(migrationsDir).sort()) {
    if (file.endsWith('.sql')) hash.update(file).update(readFileSync(path.join(migrationsDir, file)))
  }
  return hash.digest('hex').slice(0, 16)
}

/**
 * Creating a PGlite cluster takes seconds; do it once per run (or reuse it while migrations and reference
 * data are unchanged), migrate it, load the reference data, and hand every test file a copy of the data
 * directory.
 */
export default async function setup(project: TestProject): Promise<void> {
  const file = path.join(os.tmpdir(), `danvan-test-template-${migrationsFingerprint()}.tar`)
  if (!existsSync(file)) {
    const embedded = await startEmbeddedDatabase({ dataDir: 'memory://' })
    const database = openDatabase({ url: embedded.url, mode: 'embedded', poolSize: 2 })
    await runMigrations(database.pool)
    await loadReferenceUnits(database)
    await database.close()
    const dump = await embedded.dump()
    await embedded.stop()
    const partial = `${file}.${process.pid}.partial`
    writeFileSync(partial, dump)
    const { renameSync } = await import('node:fs')
    renameSync(partial, file)
  }
  project.provide('embeddedTemplate', file)
  // The back office is built here, once, before any test file starts: browser tests running in parallel
  // would otherwise each build it into the same dist/ (a fresh clone has none), emptying it under a page
  // that is still loading its chunks.
  if (!chromiumSkipReason()) await ensureBackofficeBuilt()
}
