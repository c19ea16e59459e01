// Headless Chromium for the browser (e2e) tests, through playwright-core and the system's Chromium, and
// useBrowserApp: the server, the browser and logged-in pages every browser-test suite starts from.
import { existsSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Page,
} from 'playwright-core'
import { afterAll, beforeAll, expect } from 'vitest'
import { DEMO_PASSWORD } from '../../src/modules/demo/index.ts'
import { startTestApp, type TestApp } from './app.ts'

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

export interface BrowserAppOptions {
  /** Load the demo data (its users log in with DEMO_PASSWORD). */
  demo?: boolean
  /** Extra environment for the server. */
  env?: Record<string, string>
  /** Build the back office first (default); the portal alone does not need it. */
  backoffice?: boolean
  /** Options every context starts from (downloads, time zone…); newContext's own options win. */
  context?: BrowserContextOptions
  /** How long starting the app and the browser may take, when more than vitest's hookTimeout. */
  setupTimeout?: number
}

export interface BrowserApp {
  /** The running server; available once the suite's beforeAll has run. */
  readonly app: TestApp
  readonly browser: Browser
  /** A fresh context (its own cookies) on the app, closed after the suite. */
  newContext(options?: BrowserContextOptions): Promise<BrowserContext>
  /** A page in a fresh context. */
  newPage(options?: BrowserContextOptions): Promise<Page>
  /** Fills the back office's login form and submits it; does not wait for the outcome. */
  logIn(page: Page, username: string, password?: string): Promise<void>
  /** A page in a fresh context, logged in to the back office (password: the demo users'). */
  loggedIn(username: string, password?: string, options?: BrowserContextOptions): Promise<Page>
}

/**
 * The server and headless Chromium for one browser-test suite: started in beforeAll, every context,
 * the browser and the app closed in afterAll. Call it at the top of a `describe.skipIf(skipReason)`.
 */
export function useBrowserApp(options: BrowserAppOptions = {}): BrowserApp {
  let app: TestApp | undefined
  let browser: Browser | undefined
  const contexts: BrowserContext[] = []

  beforeAll(async () => {
    if (options.backoffice ?? true) await ensureBackofficeBuilt()
    app = await startTestApp({ demo: options.demo, env: options.env })
    const launched = await launchBrowser()
    if (!launched) throw new Error('Chromium could not be launched')
    browser = launched
  }, options.setupTimeout)

  afterAll(async () => {
    await Promise.all(contexts.map((c) => c.close()))
    await browser?.close()
    await app?.close()
  })

  async function newContext(extra: BrowserContextOptions = {}): Promise<BrowserContext> {
    const context = await web.browser.newContext({
      baseURL: web.app.url,
      locale: 'vi-VN',
      // No zoom-in of dialogs: on a loaded machine a click could land while the button was still moving.
      reducedMotion: 'reduce',
      ...options.context,
      ...extra,
    })
    context.setDefaultTimeout(20_000)
    contexts.push(context)
    return context
  }

  async function newPage(extra?: BrowserContextOptions): Promise<Page> {
    return (await newContext(extra)).newPage()
  }

  async function logIn(page: Page, username: string, password = DEMO_PASSWORD): Promise<void> {
    await page.goto('/app/login')
    // The form is ready once it has put the focus on the user name.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('login_username')
    await page.getByLabel('Tên đăng nhập').fill(username)
    await page.getByLabel('Mật khẩu').fill(password)
    await page.getByLabel('Mật khẩu').press('Enter')
  }

  async function loggedIn(username: string, password?: string, extra?: BrowserContextOptions): Promise<Page> {
    const page = await newPage(extra)
    await logIn(page, username, password)
    await page.getByRole('button', { name: 'Đăng xuất' }).waitFor()
    return page
  }

  const web: BrowserApp = {
    get app() {
      if (!app) throw new Error('The test app is not running (used outside the suite?)')
      return app
    },
    get browser() {
      if (!browser) throw new Error('Chromium is not running (used outside the suite?)')
      return browser
    },
    newContext,
    newPage,
    logIn,
    loggedIn,
  }
  return web
}
