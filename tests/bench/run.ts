import os from 'node:os'
import { coachPerKeystroke, TYPED_SENTENCE } from './coach-keystroke.js'
import { coldLoad } from './cold-load.js'
import { genogramBench, printGenogramBench } from './genogram-layout.js'
import { exportBench, printExportBench } from './export.js'
import { propagationOnKinmap, propagationOnReference, type PropagationResult } from './propagation.js'
import { median, ms } from './stats.js'

/**
 * `npm run bench`: Kinmap against the y-websocket reference server, in separate processes,
 * three interleaved runs, medians printed. Asserts nothing. BENCH_SECONDS shortens the runs.
 */
const shape = {
  clients: Number(process.env.BENCH_CLIENTS ?? 20),
  editsPerSecond: Number(process.env.BENCH_RATE ?? 5),
  seconds: Number(process.env.BENCH_SECONDS ?? 30),
}
const runs = Number(process.env.BENCH_RUNS ?? 3)

async function main() {
  console.log(`Kinmap benchmark: ${shape.clients} clients on one map, ${shape.editsPerSecond} edits/s each, ${shape.seconds} s; ${runs} interleaved runs, medians.`)
  const ours: Array<Awaited<ReturnType<typeof propagationOnKinmap>>> = []
  const reference: PropagationResult[] = []
  for (let run = 0; run < runs; run++) {
    // Alternate who goes first, so warm caches or a busy neighbour do not favour one side.
    if (run % 2 === 0) {
      ours.push(await propagationOnKinmap(shape))
      reference.push(await propagationOnReference(shape))
    } else {
      reference.push(await propagationOnReference(shape))
      ours.push(await propagationOnKinmap(shape))
    }
    console.log(`  run ${run + 1}: Kinmap p95 ${ms(ours.at(-1)!.delivery.p95)}, reference p95 ${ms(reference.at(-1)!.delivery.p95)}`)
  }

  const med = (results: PropagationResult[], pick: (result: PropagationResult) => number | null) => median(results.map(pick).filter((value): value is number => value !== null))
  const row = (name: string, results: PropagationResult[], key: 'delivery' | 'toEveryone') =>
    `  ${name.padEnd(11)} ${ms(med(results, (r) => r[key].p50)).padStart(10)} ${ms(med(results, (r) => r[key].p95)).padStart(10)} ${ms(med(results, (r) => r[key].p99)).padStart(10)}`

  console.log('\nEdit propagation, one client to each other client (every delivery):')
  console.log(`  ${''.padEnd(11)} ${'p50'.padStart(10)} ${'p95'.padStart(10)} ${'p99'.padStart(10)}`)
  console.log(row('Kinmap', ours, 'delivery'))
  console.log(row('reference', reference, 'delivery'))
  console.log('Edit propagation, one client to all other clients (the last arrival):')
  console.log(row('Kinmap', ours, 'toEveryone'))
  console.log(row('reference', reference, 'toEveryone'))
  const oursP95 = med(ours, (r) => r.delivery.p95)!
  const refP95 = med(reference, (r) => r.delivery.p95)!
  const allowed = Math.max(1.3 * refP95, refP95 + 5)
  console.log(`  targets: Kinmap p95 <= 30 ms (${oursP95 <= 30 ? 'met' : 'not met'}); <= max(1.3 x reference, reference + 5 ms) = ${ms(allowed)} (${oursP95 <= allowed ? 'met' : 'not met'})`)
  const lost = ours.reduce((sum, r) => sum + r.edits - r.editsSeenByAll, 0)
  console.log(`  edits measured per run: ${ours.map((r) => r.edits).join(', ')}; edits some client never saw: ${lost}`)

  console.log('\nUpdate arrival to on disk (Kinmap, group commit, synchronous=FULL):')
  console.log(`  p50 ${ms(median(ours.map((r) => r.persistence.p50Ms)))}, p99 ${ms(median(ours.map((r) => r.persistence.p99Ms)))} (${ours.map((r) => r.persistence.count).join(', ')} updates per run)`)

  const cold = await coldLoad(runs)
  console.log('\nCold load of a stored 300-card map (read store + apply + migrate), shared layer:')
  const runsOf = (values: number[]) => values.map((value) => value.toFixed(1)).join(', ')
  console.log(`  first map a freshly started server opens, from its snapshot: ${ms(median(cold.fromSnapshotMs))} (runs: ${runsOf(cold.fromSnapshotMs)}; target <= 100 ms)`)
  console.log(`  a second map, same server process: ${ms(median(cold.warmServerMs))} (runs: ${runsOf(cold.warmServerMs)})`)
  console.log(`  from 300 separate updates (after a crash, before compaction): ${ms(cold.fromUpdateLogMs)}`)
  console.log(`  snapshot size: ${(cold.storedBytes / 1024).toFixed(0)} KiB`)
  const coach = coachPerKeystroke()
  console.log(`\nPractice coach, one field checked after each keystroke of a ${TYPED_SENTENCE.length}-character sentence:`)
  console.log(`  p50 ${ms(coach.p50)}, p95 ${ms(coach.p95)}, p99 ${ms(coach.p99)} (${coach.count} checks; aim: well under 1 ms)`)
  printExportBench(await exportBench())
  printGenogramBench(genogramBench())
  console.log(`\nMachine: ${os.cpus().length} cores, load average ${os.loadavg().map((value) => value.toFixed(2)).join(' ')} at the end.`)
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
