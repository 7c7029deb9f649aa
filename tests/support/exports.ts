import type * as Y from 'yjs'
import type { Layer } from '../../shared/model/schema.js'
import { buildReport } from '../../server/export/build-report.js'
import { FORMATS, type FormatId } from '../../server/export/formats/index.js'
import { AUDIENCE_LAYERS, readExportSource } from '../../server/export/read-map.js'
import { meetingAskedFor, usesMeetingRecord } from '../../server/export/export-map.js'
import { readMeetings } from '../../shared/model/meetings.js'
import { loadTemplates, type ExportTemplate } from '../../server/export/templates.js'
import type { Report } from '../../server/export/report.js'
import { EXPORTED_AT } from './export-fixture.js'

export const templates = loadTemplates()
export const template = (id: string): ExportTemplate => templates.find(id)!

/**
 * A report of the documents given, reading only the layers the template's audience may open; a
 * meeting record is of the latest meeting, read from the map now (no meeting here is closed).
 */
export function reportOf(docs: Partial<Record<Layer, Y.Doc>>, chosen: ExportTemplate, now = EXPORTED_AT): Report {
  const readable = Object.fromEntries(AUDIENCE_LAYERS[chosen.audience].map((layer) => [layer, docs[layer]]))
  const meeting = usesMeetingRecord(chosen) ? meetingAskedFor(readMeetings(docs.record!), undefined) : undefined
  return buildReport(readExportSource(readable, { mapId: 'map-hale', audience: chosen.audience, now, meeting: meeting ? { meeting } : null }), chosen)
}

export async function rendered(report: Report, format: FormatId): Promise<Buffer> {
  const output = await FORMATS[format].render(report)
  return typeof output === 'string' ? Buffer.from(output, 'utf8') : output
}
