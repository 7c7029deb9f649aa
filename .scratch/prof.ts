import { spawn } from 'node:child_process'
import { benchDataDirWithStaff, benchMap } from '../tests/bench/propagation.js'
import { REPO_ROOT } from '../tests/bench/servers.js'
const dataDir = await benchDataDirWithStaff()
const srv = spawn(process.execPath, ['--cpu-prof', '--cpu-prof-dir=/tmp/prof', '--import', 'tsx', 'server/main.ts'], { cwd: REPO_ROOT, env: { ...process.env, PORT: '0', KINMAP_DATA_DIR: dataDir, LOG_LEVEL: 'info', KINMAP_MEASURE_PERSISTENCE: '1' }, stdio: ['ignore', 'pipe', 'inherit'] })
let out = ''
srv.stdout!.on('data', (c) => (out += c))
while (!/running at http:\/\/localhost:(\d+)/.test(out)) await new Promise((r) => setTimeout(r, 50))
const url = `http://127.0.0.1:${/running at http:\/\/localhost:(\d+)/.exec(out)![1]}`
const { cookie, mapId } = await benchMap(url)
const workload = { clients: 20, editsPerSecond: 5, seconds: Number(process.env.S ?? 15), serverUrl: url.replace('http', 'ws') + '/sync', room: `${mapId}/shared`, cookie, warmUpMs: 1000 }
const t0 = process.cpuUsage()
const child = spawn(process.execPath, ['--import', 'tsx', 'tests/bench/edit-clients.ts'], { cwd: REPO_ROOT, env: { ...process.env, BENCH_WORKLOAD: JSON.stringify(workload) }, stdio: ['ignore', 'inherit', 'inherit'] })
await new Promise((r) => child.on('exit', r))
srv.kill('SIGTERM')
await new Promise((r) => srv.on('exit', r))
console.log(out.split('\n').filter((l) => l.includes('persistence latency')).join('\n'))
