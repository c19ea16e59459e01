import { spawn, type ChildProcess } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const bin = fileURLToPath(new URL('../bin/danvan.mjs', import.meta.url))

export interface ServerProcess {
  url: string
  child: ChildProcess
  startupMs: number
  /** Resident memory of the server process, in MiB. */
  rssMiB(): number
  stop(): Promise<void>
  kill9(): Promise<void>
}

/** Starts `danvan serve` as a separate process and waits until /healthz answers 200. */
export async function startServerProcess(env: Record<string, string>, port: number): Promise<ServerProcess> {
  const started = performance.now()
  const child = spawn(process.execPath, [bin, 'serve'], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  const url = `http://127.0.0.1:${port}`
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve))
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited (${child.exitCode}):\n${output}`)
    try {
      const response = await fetch(`${url}/healthz`)
      if (response.status === 200) break
    } catch {
      // not listening yet
    }
    if (performance.now() - started > 180_000) throw new Error(`server not healthy after 180 s:\n${output}`)
    await new Promise((r) => setTimeout(r, 100))
  }
  const startupMs = Math.round(performance.now() - started)
  return {
    url,
    child,
    startupMs,
    rssMiB() {
      const status = readFileSync(`/proc/${child.pid}/status`, 'utf8')
      const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0)
      return Math.round(kb / 1024)
    },
    async stop() {
      child.kill('SIGTERM')
      await exited
    },
    async kill9() {
      child.kill('SIGKILL')
      await exited
    },
  }
}
