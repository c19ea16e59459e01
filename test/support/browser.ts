// Headless Chromium for the browser (e2e) tests, through playwright-core and the system's Chromium.
import { existsSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium, type Browser } from 'playwright-core'

const repoRoot = fileURLToPath(new URL('../../', import.meta.url))
const webSource = path.join(repoRoot, 'src/web/backoffice')
const builtIndex = path.join(repoRoot, 'dist/backoffice/index.html')

export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH || '/usr/bin/chromium'
}

/** Why browser tests must be skipped (Chromium missing), or null when they can run. */
export function chromiumSkipReason(): string | null {
  const path = chromiumPath()
  if (existsSync(path)) return null
  // CI installs Chromium and sets REQUIRE_BROWSER=1: a missing browser there is a failure, not a skip.
  if (process.env.REQUIRE_BROWSER === '1')
    throw new Error(`REQUIRE_BROWSER=1 but Chromium is missing at ${path}`)
  return (
    `Bỏ qua kiểm thử trình duyệt: không tìm thấy Chromium tại ${path}. ` +
    `Cài bằng: apt-get update && apt-get install -y chromium ` +
    `(browser tests skipped: Chromium not found at ${path}; or set CHROMIUM_PATH)`
  )
}

/** Launches headless Chromium, or returns null when it is not installed. */
export async function launchBrowser(): Promise<Browser | null> {
  if (chromiumSkipReason()) return null
  return chromium.launch({ executablePath: chromiumPath(), headless: true, args: ['--no-sandbox'] })
}

function newestMtime(dir: string): number {
  let newest = 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name)
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs)
  }
  return newest
}

/**
 * Builds dist/backoffice when it is missing or older than src/web/backoffice, so browser tests never
 * run against a stale bundle.
 */
export async function ensureBackofficeBuilt(): Promise<void> {
  if (existsSync(builtIndex) && statSync(builtIndex).mtimeMs >= newestMtime(webSource)) return
  const { build } = await import('vite')
  await build({ configFile: path.join(webSource, 'vite.config.ts'), logLevel: 'warn' })
}
