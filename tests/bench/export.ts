import os from 'node:os'
import { pathToFileURL } from 'node:url'
import { buildReport } from '../../server/export/build-report.js'
import { FORMATS } from '../../server/export/formats/index.js'
import { picturesOf } from '../../server/export/pictures/pictures.js'
import { readExportSource } from '../../server/export/read-map.js'
import { loadTemplates } from '../../server/export/templates.js'
import { LARGE_MAP, largeMap } from './large-map.js'
import { ms, percentiles, type Percentiles } from './stats.js'

/** The targets for the large map, read + build + render. */
export const EXPORT_TARGETS_MS = { docx: 300, markdown: 50 } as const

/** The wall clock, and this process's CPU time (all its threads: resvg draws on a worker). */
interface Timed {
  wall: Percentiles
  cpu: Percentiles
}

export interface ExportTimings {
  genogramPeople: number
  runs: number
  docx: Timed
  markdown: Timed
  /** Reading the map's documents and filling the template: every format pays it. */
  readAndBuild: Timed
  /** The genogram drawn (layout, SVG) and made a PNG: what docx, HTML and JSON pay beyond Markdown. */
  picture: Timed
}

type Samples = { wall: number[]; cpu: number[] }
const noSamples = (): Samples => ({ wall: [], cpu: [] })

/**
 * The whole server-side export of the large map, as the route makes it (read the documents, build
 * the report, render), timed per format, with warm-up runs first and the formats taking turns.
 * Every docx export draws and rasterises the genogram afresh: nothing is cached between runs.
 */
export async function exportBench(runs = Number(process.env.BENCH_EXPORT_RUNS ?? 60), warmUp = 8): Promise<ExportTimings> {
  const { docs, genogramPeople } = largeMap()
  const template = loadTemplates().find('child-and-family-assessment')!
  const report = () => buildReport(readExportSource(docs, { mapId: 'bench', audience: 'professional', now: new Date() }), template)
  const samples: Record<'docx' | 'markdown' | 'readAndBuild' | 'picture', Samples> = { docx: noSamples(), markdown: noSamples(), readAndBuild: noSamples(), picture: noSamples() }
  const time = async (into: Samples | null, work: () => unknown) => {
    const cpuBefore = process.cpuUsage()
    const started = performance.now()
    await work()
    const wall = performance.now() - started
    const cpu = process.cpuUsage(cpuBefore)
    into?.wall.push(wall)
    into?.cpu.push((cpu.user + cpu.system) / 1000)
  }
  for (let run = 0; run < warmUp + runs; run++) {
    const kept = <K extends keyof typeof samples>(key: K) => (run >= warmUp ? samples[key] : null)
    await time(kept('docx'), () => FORMATS.docx.render(report()))
    await time(kept('markdown'), () => FORMATS.markdown.render(report()))
    await time(kept('readAndBuild'), report)
    const built = report()
    await time(kept('picture'), () => Promise.all([...picturesOf(built).values()].map((picture) => picture.png)))
  }
  const timed = ({ wall, cpu }: Samples): Timed => ({ wall: percentiles(wall), cpu: percentiles(cpu) })
  return { genogramPeople, runs, docx: timed(samples.docx), markdown: timed(samples.markdown), readAndBuild: timed(samples.readAndBuild), picture: timed(samples.picture) }
}

export function printExportBench(timings: ExportTimings) {
  const { cards, pairs, rounds } = LARGE_MAP
  console.log(
    `\nExport of a large map (${cards} cards, ${pairs} statement pairs, ${rounds} scaling rounds, a ${timings.genogramPeople}-person genogram), Child and Family Assessment,` +
      ` read + build + render; ${timings.runs} runs of each after warm-up:`,
  )
  console.log(`  ${''.padEnd(22)} ${'p50'.padStart(10)} ${'p95'.padStart(10)} ${'p99'.padStart(10)}   ${'CPU p50'.padStart(10)}`)
  const row = (name: string, { wall, cpu }: Timed, target?: number) => {
    const verdict = target === undefined ? '' : `   target <= ${target} ms: ${verdictOf(wall, target)}`
    return `  ${name.padEnd(22)} ${ms(wall.p50).padStart(10)} ${ms(wall.p95).padStart(10)} ${ms(wall.p99).padStart(10)}   ${ms(cpu.p50).padStart(10)}${verdict}`
  }
  console.log(row('docx', timings.docx, EXPORT_TARGETS_MS.docx))
  console.log(row('Markdown', timings.markdown, EXPORT_TARGETS_MS.markdown))
  console.log(row('  of it: read + build', timings.readAndBuild))
  console.log(row('  docx: genogram PNG', timings.picture))
  // CPU time counts every thread of this process (resvg draws on a worker), and not other processes' turns.
  console.log(`  Load average at the end: ${os.loadavg().map((value) => value.toFixed(2)).join(' ')} on ${os.cpus().length} cores; a busy machine stretches the wall clock, less so the CPU time.`)
}

const verdictOf = (wall: Percentiles, target: number) =>
  (wall.p95 ?? Infinity) <= target ? 'met (p95)' : (wall.p50 ?? Infinity) <= target ? 'met at p50, not at p95' : 'not met'

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  exportBench().then(printExportBench, (error) => {
    console.error(error)
    process.exit(1)
  })
}
