import { z } from 'zod'
import { Domain } from '../framework.js'
import { readCaseMap, type CaseMap, type MapDocuments } from './case-map.js'
import { readScaling, OverallJudgement, ScalingQuestion, ScalingRound, type Scaling } from './scaling.js'
import { Meeting } from './meetings.js'
import { PlanRule, readPlanRules } from './plan-rules.js'
import { BottomLine, CardFields, DangerStatement, Id, MapSettings, NextStep, NoneIdentified, PairStatus, Person } from './schema.js'

/**
 * A map read at one moment into plain data: the case map and its scaling. What "what changed
 * since the last meeting" compares, what a meeting's record is made from, and what the server
 * sends for a checkpoint (a read-only copy) once it has left out what the viewer may not read.
 */
export interface MapReading {
  map: Pick<CaseMap, 'settings' | 'people' | 'cards' | 'noneIdentified' | 'statements' | 'bottomLines' | 'nextSteps' | 'pairStatus' | 'unreadable'>
  /** The safety plan's rules (shared layer). */
  planRules: PlanRule[]
  scaling: Scaling
}

export function readMapReading(docs: MapDocuments): MapReading {
  const map = readCaseMap(docs)
  return { map, planRules: readPlanRules(docs.shared, map.unreadable), scaling: readScaling(docs.record, map.unreadable) }
}

/**
 * What the family may see of a reading: no professional layer and never third-party information,
 * whatever a document says (third-party cards live only in the professional layer, but a reading
 * is checked, not trusted).
 */
export function familyReading(reading: MapReading): MapReading {
  return { ...reading, map: { ...reading.map, cards: reading.map.cards.filter((card) => card.layer === 'shared' && card.knowledge !== 'thirdParty') } }
}

/** A reading as it crosses the wire (a checkpoint sent to a browser), checked on arrival. */
export const MapReadingSchema = z.object({
  // Loose: the genogram and the safety plan add to a case map; a reading carries what it has.
  map: z.looseObject({
    settings: MapSettings.nullable(),
    people: z.array(Person),
    cards: z.array(CardFields.extend({ layer: z.enum(['shared', 'professional']), text: z.string() })),
    noneIdentified: z.partialRecord(Domain, NoneIdentified),
    statements: z.array(DangerStatement),
    bottomLines: z.array(BottomLine),
    nextSteps: z.array(NextStep),
    pairStatus: z.record(Id, PairStatus),
    unreadable: z.array(z.string()),
  }),
  planRules: z.array(PlanRule),
  scaling: z.object({
    questions: z.array(ScalingQuestion),
    meetings: z.array(Meeting),
    rounds: z.array(ScalingRound),
    judgements: z.array(OverallJudgement),
  }),
}) satisfies z.ZodType<MapReading>
