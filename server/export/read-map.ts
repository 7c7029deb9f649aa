import type * as Y from 'yjs'
import type { Audience } from '../../shared/audience.js'
import type { Framework } from '../../shared/framework.js'
import { cardBody, readCaseMap, type CaseMap, type MapDocuments } from '../../shared/model/case-map.js'
import { readGenogram, type Genogram } from '../../shared/model/genogram.js'
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
  /** The moment of the export: "today" for any wording that needs it. */
  now: Date
  /** Ids of items that could not be read, from every layer read. */
  unreadable: string[]
}

export function readExportSource(docs: Partial<Record<Layer, Y.Doc>>, options: { mapId: string; audience: Audience; now: Date }): ExportSource {
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
  return {
    mapId: options.mapId,
    audience,
    title: map.settings?.title ?? 'A map whose title could not be read',
    framework: map.settings?.framework ?? 'safety',
    map: { ...map, cards },
    scaling,
    genogram,
    cardText,
    now: options.now,
    unreadable: [...new Set(unreadable)],
  }
}
