import type * as Y from 'yjs'
import type { Audience } from '../../shared/audience.js'
import type { Framework } from '../../shared/framework.js'
import { cardBody, readCaseMap, type CaseMap, type MapDocuments } from '../../shared/model/case-map.js'
import { readGenogram, type Genogram } from '../../shared/model/genogram.js'
import { familyReading, readMapReading, type MapReading } from '../../shared/model/map-reading.js'
import { meetingRecord, type MeetingRecord } from '../../shared/model/meeting-record.js'
import type { Meeting } from '../../shared/model/meetings.js'
import { readPlanRecord, type PlanRecord } from '../../shared/model/plan-record.js'
import { planRuleText, PLAN_RULE_LAYOUT, type PlanRulePart } from '../../shared/model/plan-rules.js'
import { contingencyText, readSafetyPlan, type SafetyPlan } from '../../shared/model/safety-plan.js'
import { readScaling, type Scaling } from '../../shared/model/scaling.js'
import type { Layer } from '../../shared/model/schema.js'
import type { ReportBlock } from './report.js'
import { richTextBlocks } from './rich-text.js'

/** The layers an export for each audience reads: the family's copy never reads the professional layer. */
export const AUDIENCE_LAYERS: Record<Audience, readonly Layer[]> = {
  professional: ['shared', 'professional', 'record'],
  family: ['shared', 'record'],
}

/**
 * Everything an export may say about a map, read once from its documents and then plain data:
 * blocks read this, never a Y.Doc. For the family audience it is built from the shared and record
 * layers alone, and holds no third-party card whatever a document says.
 */
export interface ExportSource {
  mapId: string
  audience: Audience
  title: string
  framework: Framework
  map: CaseMap
  scaling: Scaling
  /** The genogram; its contact details and consent only when the professional layer was read. */
  genogram: Genogram
  /** Each card's text as report blocks (marks, lists and quotes kept), by card id. */
  cardText: ReadonlyMap<string, ReportBlock[]>
  /** The safety plan (shared layer), and its agreements and copies given (record layer). */
  plan: SafetyPlan
  planRecord: PlanRecord
  /** The plan's rich text as report blocks, read as card text is: each rule's parts by rule id, and the contingency. */
  planText: { rules: ReadonlyMap<string, Record<PlanRulePart, ReportBlock[]>>; contingency: ReportBlock[] }
  /** The meeting the export is about (`meeting.record`), with the reading of the map its record was made from. */
  meeting: ExportMeeting | null
  /** The moment of the export: "today" for any wording that needs it. */
  now: Date
  /** Ids of items that could not be read, from every layer read. */
  unreadable: string[]
}

export interface ExportMeeting {
  record: MeetingRecord
  reading: MapReading
}

/**
 * The meeting an export is about: a closed meeting's `reading` is its checkpoint's, read for the
 * audience (`readCheckpoint`); left out, the record is made from the map as it is now.
 */
export interface MeetingChoice {
  meeting: Meeting
  reading?: MapReading
}

export function readExportSource(
  docs: Partial<Record<Layer, Y.Doc>>,
  options: { mapId: string; audience: Audience; now: Date; meeting?: MeetingChoice | null },
): ExportSource {
  const { audience } = options
  for (const layer of Object.keys(docs) as Layer[]) {
    if (!AUDIENCE_LAYERS[audience].includes(layer)) throw new Error(`an export for the ${audience} audience was handed the ${layer} layer`)
  }
  if (!docs.shared || !docs.record) throw new Error('an export needs the shared and record layers')
  const documents: MapDocuments = { shared: docs.shared, record: docs.record, professional: audience === 'professional' ? docs.professional : undefined }
  const map = readCaseMap(documents)
  const unreadable = [...map.unreadable]
  if (map.settings === null) unreadable.push('settings')
  const scaling = readScaling(docs.record, unreadable)
  const genogram = readGenogram(documents.shared, documents.professional, unreadable)
  // Belt and braces: the family's copy holds shared cards only, and never third-party information.
  const cards = audience === 'family' ? map.cards.filter((card) => card.layer === 'shared' && card.knowledge !== 'thirdParty') : map.cards
  const cardText = new Map<string, ReportBlock[]>()
  for (const card of cards) {
    const body = cardBody(card.layer === 'shared' ? documents.shared : documents.professional!, card.id)
    cardText.set(card.id, body ? richTextBlocks(body) : [])
  }
  const plan = readSafetyPlan(documents.shared, unreadable)
  const planRecord = readPlanRecord(documents.record, unreadable)
  const richText = (fragment: Y.XmlFragment | undefined) => (fragment ? richTextBlocks(fragment) : [])
  const ruleText = (ruleId: string) =>
    Object.fromEntries((PLAN_RULE_LAYOUT.texts as PlanRulePart[]).map((part) => [part, richText(planRuleText(documents.shared, ruleId, part))])) as Record<PlanRulePart, ReportBlock[]>
  return {
    mapId: options.mapId,
    audience,
    title: map.settings?.title ?? 'A map whose title could not be read',
    framework: map.settings?.framework ?? 'safety',
    map: { ...map, cards },
    scaling,
    genogram,
    cardText,
    plan,
    planRecord,
    planText: { rules: new Map(plan.rules.map((rule) => [rule.id, ruleText(rule.id)])), contingency: richText(contingencyText(documents.shared)) },
    meeting: options.meeting ? exportMeeting(options.meeting, documents, audience) : null,
    now: options.now,
    unreadable: [...new Set(unreadable)],
  }
}

function exportMeeting({ meeting, reading }: MeetingChoice, documents: MapDocuments, audience: Audience): ExportMeeting {
  const seen = reading ?? (audience === 'family' ? familyReading(readMapReading(documents)) : readMapReading(documents))
  return { record: meetingRecord(meeting, seen), reading: seen }
}
