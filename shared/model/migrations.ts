import * as Y from 'yjs'
import { SCHEMA_VERSION, type Layer } from './schema.js'
import { metaOf } from './layers.js'
import { createSafetyPlanParts } from './safety-plan.js'

/**
 * Brings a stored document up to this code's schema. Run by the server on load, under its own
 * origin; each step is idempotent, so a migration interrupted by a crash simply runs again.
 * Documents from before versioning (no `meta.schemaVersion`) count as version 0.
 */
const STEPS: Record<number, (doc: Y.Doc, layer: Layer) => void> = {
  // 0 -> 1: version 1 is the first versioned layout; it only records its version.
  0: () => {},
  // 1 -> 2: the analysis (shared: statements, bottomLines, nextSteps; record: pairStatus). Nothing
  // to write: a Yjs root type exists by name and costs no update until something is put in it.
  // The version still matters: a server of schema 1 refuses to open these documents instead of
  // refusing, as unknown roots, every edit to a statement. "Next steps" cards stay cards.
  1: () => {},
  // 2 -> 3: scaling (record: scalingQuestions, meetings, scalingRounds, judgements). Nothing to
  // write, for the same reason; a server of schema 2 would refuse the new roots as unknown.
  2: () => {},
  // 3 -> 4: the genogram (shared: relationships, households, genogramPins, and optional genogram
  // fields of a person; professional: personDetails) and the safety plan (shared: planRules,
  // safetyPlan, networkRoles, safetyJournal; record: planAgreements, planCopies). Nothing to write
  // for the genogram: new roots cost nothing until used, and a person from before reads with the
  // new fields absent. The safety plan's plan-wide parts (its contingency and safety object) are
  // made here, by the server, so no two browsers ever make them at once (see safety-plan.ts).
  // Meetings run on screen (record: no new root) add only optional fields to a meeting (flow, best
  // questions, close, what changed) and more meeting types: a meeting from before reads as it was.
  3: (doc, layer) => {
    if (layer === 'shared') createSafetyPlanParts(doc)
  },
}

export function schemaVersionOf(doc: Y.Doc): number {
  const version = metaOf(doc).get('schemaVersion')
  return typeof version === 'number' ? version : 0
}

/** Returns the version the document was at before migrating. */
export function migrateLayer(doc: Y.Doc, layer: Layer, origin: unknown): number {
  const from = schemaVersionOf(doc)
  if (from > SCHEMA_VERSION) {
    throw new Error(`This ${layer} document was written by a newer Kinmap (schema ${from}); this server knows ${SCHEMA_VERSION}.`)
  }
  if (from === SCHEMA_VERSION) return from
  doc.transact(() => {
    for (let version = from; version < SCHEMA_VERSION; version++) STEPS[version]?.(doc, layer)
    metaOf(doc).set('schemaVersion', SCHEMA_VERSION)
  }, origin)
  return from
}
