import type { ExportSource } from '../read-map.js'
import { note, type ReportBlock } from '../report.js'

/**
 * Sections whose data the map does not hold yet. Each is one adapter: when its data arrives, read
 * it in `readExportSource` (read-map.ts) and replace the function's body here; templates already
 * name these blocks, so every template fills in without a change. (The genogram, issue 7, was
 * one: it is `genogram.ts` now.)
 *
 * - `safetyPlan` (issue 8): the family's safety plan, in the family's words in the family copy.
 */
export function safetyPlanBlocks(source: ExportSource): ReportBlock[] {
  return [note(source.audience === 'family' ? 'There is no family plan on the map yet.' : 'There is no safety plan on this map yet.')]
}
