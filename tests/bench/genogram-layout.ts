import { drawGenogram } from '../../shared/genogram/drawing.js'
import { layoutGenogram } from '../../shared/genogram/layout.js'
import { svgToString } from '../../shared/genogram/svg.js'
import { largeFamily } from '../support/genogram-families.js'
import { ms, percentiles, type Percentiles } from './stats.js'

export const GENOGRAM_TARGET_MS = 50

/**
 * The genogram is laid out again on every device whenever a person or relationship changes:
 * time the layout of an 80-person, four-generation genogram with remarriages, half-siblings and
 * twins, then the layout with its drawing and SVG text, as the export makes it.
 */
export function genogramBench(rounds = 200): { people: number; relationships: number; layout: Percentiles; cpu: Percentiles; drawn: Percentiles } {
  const genogram = largeFamily(4).genogram()
  for (let warm = 0; warm < 10; warm++) layoutGenogram(genogram)
  const layout: number[] = []
  const cpu: number[] = []
  const drawn: number[] = []
  for (let round = 0; round < rounds; round++) {
    let started = performance.now()
    const cpuBefore = process.cpuUsage()
    const placed = layoutGenogram(genogram)
    layout.push(performance.now() - started)
    const used = process.cpuUsage(cpuBefore)
    cpu.push((used.user + used.system) / 1000)
    started = performance.now()
    svgToString(drawGenogram(genogram, layoutGenogram(genogram, placed), { today: '2026-11-22' }))
    drawn.push(performance.now() - started)
  }
  return { people: genogram.people.length, relationships: genogram.relationships.length, layout: percentiles(layout), cpu: percentiles(cpu), drawn: percentiles(drawn) }
}

export function printGenogramBench(result: ReturnType<typeof genogramBench>): void {
  const line = (p: Percentiles) => `p50 ${ms(p.p50)}, p95 ${ms(p.p95)}, p99 ${ms(p.p99)}`
  console.log(`\nGenogram of ${result.people} people and ${result.relationships} relationships over four generations (${result.layout.count} runs):`)
  console.log(`  layout: ${line(result.layout)} (target p95 <= ${GENOGRAM_TARGET_MS} ms: ${(result.layout.p95 ?? Infinity) <= GENOGRAM_TARGET_MS ? 'met' : 'not met'})`)
  // On a busy machine the wall clock counts other processes' turns too; the CPU time does not.
  console.log(`  layout, CPU time of this process: ${line(result.cpu)}`)
  console.log(`  layout kept steady against the last one, drawn and written as SVG: ${line(result.drawn)}`)
}
