import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url))

export interface BenchServer {
  child: ChildProcess
  url: string
  /** Everything the process printed, for its log lines. */
  output(): string
  /** SIGTERM, and wait for a clean exit. */
  stop(): Promise<void>
  kill(): Promise<void>
}

export const benchDataDir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'kinmap-bench-'))

function run(args: string[], env: Record<string, string>, ready: RegExp, describe: (match: RegExpExecArray) => string): Promise<BenchServer> {
  const child = spawn(process.execPath, args, { cwd: REPO_ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()))
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()))
  const server = (url: string): BenchServer => ({
    child,
    url,
    output: () => output,
    stop: async () => {
      child.kill('SIGTERM')
      await exited
    },
    kill: async () => {
      child.kill('SIGKILL')
      await exited
    },
  })
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 30_000)
    const check = () => {
      const match = ready.exec(output)
      if (!match) return
      clearTimeout(timer)
      child.stdout!.off('data', check)
      resolve(server(describe(match)))
    }
    child.stdout!.on('data', check)
    void exited.then(() => reject(new Error(`server exited:\n${output}`)))
  })
}

/** Kinmap itself, as `npm start` runs it (without the client build), measuring disk latency. */
export function startKinmapServer(dataDir: string, extraEnv: Record<string, string> = {}): Promise<BenchServer> {
  return run(
    ['--import', 'tsx', 'server/main.ts'],
    { PORT: '0', KINMAP_DATA_DIR: dataDir, LOG_LEVEL: 'info', KINMAP_MEASURE_PERSISTENCE: '1', ...extraEnv },
    /Kinmap is running at http:\/\/localhost:(\d+)/,
    (match) => `http://127.0.0.1:${match[1]}`,
  )
}

/** The y-websocket reference server (@y/websocket-server 0.1.1), in memory, no persistence. */
export async function startReferenceServer(): Promise<BenchServer> {
  const port = await freePort()
  return run(
    ['node_modules/@y/websocket-server/src/server.js'],
    { HOST: '127.0.0.1', PORT: String(port) },
    /running at/,
    () => `http://127.0.0.1:${port}`,
  )
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo
      probe.close(() => resolve(port))
    })
  })
}

/** Pino log lines with a given message. */
export function logLines(output: string, msg: string): Array<Record<string, unknown>> {
  return output
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as Record<string, unknown>)
    .filter((line) => line.msg === msg)
}
