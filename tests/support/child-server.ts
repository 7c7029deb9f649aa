import { spawn, type ChildProcess } from 'node:child_process'
import { fileURLToPath } from 'node:url'

const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url))

export interface ChildKinmap {
  child: ChildProcess
  url: string
  output: () => string
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>
}

/**
 * The real server as its own process (`node --import tsx server/main.ts`, one process, so a
 * signal reaches the server itself), on a port of its choosing, reported by its "running" line.
 */
export function spawnKinmap(dataDir: string, env: Record<string, string> = {}): Promise<ChildKinmap> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: REPO_ROOT,
    env: { ...process.env, PORT: '0', KINMAP_DATA_DIR: dataDir, LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()))
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  )
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Kinmap did not start:\n${output}`)), 20_000)
    const onData = () => {
      const match = /Kinmap is running at http:\/\/localhost:(\d+)/.exec(output)
      if (!match) return
      clearTimeout(timer)
      child.stdout!.off('data', onData)
      resolve({ child, url: `http://127.0.0.1:${match[1]}`, output: () => output, exited })
    }
    child.stdout!.on('data', onData)
    void exited.then(() => reject(new Error(`Kinmap exited before it was running:\n${output}`)))
  })
}
