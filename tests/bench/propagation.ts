import { spawn } from 'node:child_process'
import fs from 'node:fs'
import { createAccount } from '../../server/auth/accounts.js'
import { openSqliteStore } from '../../server/store/sqlite/open-sqlite-store.js'
import { ApiClient } from '../support/http-client.js'
import { createTestMap } from '../support/maps.js'
import { benchDataDir, logLines, REPO_ROOT, startKinmapServer, startReferenceServer } from './servers.js'
import type { Percentiles } from './stats.js'

export interface WorkloadShape {
  clients: number
  editsPerSecond: number
  seconds: number
}

export interface PropagationResult {
  delivery: Percentiles
  toEveryone: Percentiles
  edits: number
  editsSeenByAll: number
}

export const BENCH_EMAIL = 'bench@example.org'
export const BENCH_PASSWORD = 'benchmark passphrase'

/** A fresh data directory with one staff account, as the CLI would make it. */
export async function benchDataDirWithStaff(): Promise<string> {
  const dataDir = benchDataDir()
  const store = openSqliteStore(dataDir)
  await createAccount(store, { email: BENCH_EMAIL, name: 'Bench Worker', password: BENCH_PASSWORD }, false)
  await store.close()
  return dataDir
}

/** Signs in and makes a map on a running Kinmap; returns the cookie and the map id. */
export async function benchMap(url: string): Promise<{ cookie: string; mapId: string }> {
  const client = new ApiClient(url)
  await client.signIn(BENCH_EMAIL, BENCH_PASSWORD)
  return { cookie: client.cookie!, mapId: await createTestMap(client) }
}

export async function propagationOnKinmap(shape: WorkloadShape) {
  const dataDir = await benchDataDirWithStaff()
  const server = await startKinmapServer(dataDir)
  try {
    const { cookie, mapId } = await benchMap(server.url)
    const result = await runClients(shape, `${server.url.replace(/^http/, 'ws')}/sync`, `${mapId}/shared`, cookie)
    await server.stop()
    const [persistence] = logLines(server.output(), 'persistence latency') as Array<{ p50Ms: number; p99Ms: number; count: number }>
    return { ...result, persistence }
  } finally {
    if (server.child.exitCode === null) await server.kill()
    fs.rmSync(dataDir, { recursive: true, force: true })
  }
}

export async function propagationOnReference(shape: WorkloadShape): Promise<PropagationResult> {
  const server = await startReferenceServer()
  try {
    return await runClients(shape, `${server.url.replace(/^http/, 'ws')}/sync`, 'bench/shared', null)
  } finally {
    await server.kill()
  }
}

/** The clients run in a process of their own, so server and clients do not share an event loop. */
function runClients(shape: WorkloadShape, serverUrl: string, room: string, cookie: string | null): Promise<PropagationResult> {
  const workload = { ...shape, serverUrl, room, cookie, warmUpMs: 1000 }
  const child = spawn(process.execPath, ['--import', 'tsx', 'tests/bench/edit-clients.ts'], {
    cwd: REPO_ROOT,
    env: { ...process.env, BENCH_WORKLOAD: JSON.stringify(workload) },
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  let output = ''
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
  return new Promise((resolve, reject) => {
    child.on('exit', (code) => {
      const line = output.trim().split('\n').at(-1)
      if (code !== 0 || !line) return reject(new Error(`the benchmark clients failed (exit ${code}):\n${output}`))
      resolve(JSON.parse(line))
    })
  })
}
