import * as Y from 'yjs'
import { AUDIENCES, type Audience } from '../../shared/audience.js'
import { readMeetings, type Meeting } from '../../shared/model/meetings.js'
import { migrateLayer } from '../../shared/model/migrations.js'
import { Id, type Layer } from '../../shared/model/schema.js'
import { readCheckpoint } from '../maps/checkpoints.js'
import type { Actor } from '../policy.js'
import type { Store } from '../store/store.js'
import type { Rooms } from '../sync/rooms.js'
import { actorFields } from '../audit/events.js'
import { buildReport } from './build-report.js'
import { fileName } from './formats/cover.js'
import { FORMAT_IDS, FORMATS, isFormatId, type FormatId } from './formats/index.js'
import { AUDIENCE_LAYERS, readExportSource, type MeetingChoice } from './read-map.js'
import type { ExportTemplate, TemplateSet } from './templates.js'

/**
 * Exporting a map, as the HTTP route and the CLI both do it: resolve what was asked for, read the
 * layers the audience may open, build the report while they are held, then render it. The policy
 * check and the refusal's audit are each caller's (they record refusals their own way); the
 * export's own audit event is written here, for both.
 */

/** Reads a map's layers and hands them, all at once, to a synchronous reader. */
export type LayerReader = <T>(mapId: string, layers: readonly Layer[], read: (docs: Partial<Record<Layer, Y.Doc>>) => T) => Promise<T>

/** The server's live documents: a loaded layer as it is in memory, any other loaded for the purpose. */
export function roomsReader(rooms: Rooms): LayerReader {
  return (mapId, layers, read) => {
    const hold = (at: number, docs: Partial<Record<Layer, Y.Doc>>): Promise<ReturnType<typeof read>> =>
      at === layers.length
        ? Promise.resolve(read(docs))
        : rooms.withRoom(mapId, layers[at], (room) => hold(at + 1, { ...docs, [layers[at]]: room.doc }))
    return hold(0, {})
  }
}

/**
 * The documents as stored, for the CLI (a separate process from the server): every update the
 * server has acknowledged is on disk before anyone sees it, so this is the map as it stands. The
 * copy is migrated in memory only; nothing is written back.
 */
export function storeReader(store: Store): LayerReader {
  return async (mapId, layers, read) => {
    const docs: Partial<Record<Layer, Y.Doc>> = {}
    for (const layer of layers) {
      const { snapshot, updates } = await store.documents.load(mapId, layer)
      const doc = new Y.Doc()
      const parts = snapshot ? [snapshot, ...updates] : updates
      if (parts.length > 0) Y.applyUpdate(doc, parts.length === 1 ? parts[0] : Y.mergeUpdates(parts))
      migrateLayer(doc, layer, null)
      docs[layer] = doc
    }
    try {
      return read(docs)
    } finally {
      for (const doc of Object.values(docs)) doc.destroy()
    }
  }
}

/** Something asked for that does not exist: the message names what does. */
export class BadExportRequest extends Error {}

export interface ExportChoice {
  template: ExportTemplate
  format: FormatId
  audience: Audience
  /** The meeting a `meeting.record` block is about; left out, the latest. */
  meetingId?: string
}

/** The template, format, audience and meeting asked for, or a plain refusal naming the valid ones. */
export function chooseExport(templates: TemplateSet, asked: { format?: string; template?: string; audience?: string; meeting?: string }): ExportChoice {
  const problems: string[] = []
  const format = asked.format ?? ''
  if (!isFormatId(format)) problems.push(`${asked.format ? `"${asked.format}" is not a format Kinmap exports` : 'Choose a format'}; the formats are: ${FORMAT_IDS.join(', ')}`)
  const template = templates.find(asked.template ?? '')
  if (!template) {
    problems.push(`${asked.template ? `There is no export template "${asked.template}"` : 'Choose a template'}; the templates are: ${templates.all.map((each) => each.id).join(', ')}`)
  }
  if (asked.audience !== undefined && !(AUDIENCES as readonly string[]).includes(asked.audience)) {
    problems.push(`"${asked.audience}" is not an audience; the audiences are: ${AUDIENCES.join(', ')}`)
  } else if (template && asked.audience !== undefined && asked.audience !== template.audience) {
    const fitting = templates.all.filter((each) => each.audience === asked.audience).map((each) => each.id)
    problems.push(`The template "${template.id}" is for the ${template.audience} audience; for the ${asked.audience} audience the templates are: ${fitting.join(', ') || 'none'}`)
  }
  if (asked.meeting !== undefined && !Id.safeParse(asked.meeting).success) problems.push(`"${asked.meeting}" is not a meeting id`)
  if (problems.length > 0 || !template || !isFormatId(format)) throw new BadExportRequest(`${problems.join('. ')}.`)
  return { template, format, audience: template.audience, ...(asked.meeting !== undefined && { meetingId: asked.meeting }) }
}

export const usesMeetingRecord = (template: ExportTemplate) => template.sections.some((section) => section.blocks.some((ref) => ref.block === 'meeting.record'))

/** The meeting asked for by id, or the latest; undefined when the map has no such meeting. */
export const meetingAskedFor = (meetings: readonly Meeting[], meetingId: string | undefined): Meeting | undefined =>
  meetingId === undefined ? meetings.at(-1) : meetings.find((candidate) => candidate.id === meetingId)

/**
 * The meeting asked for (or the latest), with the reading its record is made from: a closed
 * meeting's checkpoint, read for the export's audience; none while it runs (the map now). An
 * unknown meeting id is refused, naming the map's meetings.
 */
async function chooseMeeting(reader: LayerReader, store: Store, mapId: string, choice: ExportChoice): Promise<MeetingChoice | null> {
  if (choice.meetingId === undefined && !usesMeetingRecord(choice.template)) return null
  const meetings = await reader(mapId, ['record'], (docs) => readMeetings(docs.record!))
  const meeting = meetingAskedFor(meetings, choice.meetingId)
  if (meeting === undefined) {
    if (choice.meetingId === undefined) return null
    throw new BadExportRequest(`This map has no meeting "${choice.meetingId}"; ${meetings.length > 0 ? `its meetings are: ${meetings.map((each) => each.id).join(', ')}` : 'it has no meetings yet'}.`)
  }
  const checkpointId = meeting.closed?.checkpointId
  const checkpoint = checkpointId ? await readCheckpoint(store, mapId, checkpointId, choice.audience) : null
  return checkpoint ? { meeting, reading: checkpoint.reading } : { meeting }
}

export interface ExportedFile {
  body: Buffer
  contentType: string
  fileName: string
  /** How many items could not be read (listed inside the file). */
  unreadable: number
}

/** Reads, builds and renders one export: the file is whole, or nothing is returned. */
export async function produceExport(reader: LayerReader, store: Store, mapId: string, choice: ExportChoice, now = new Date()): Promise<ExportedFile> {
  const meeting = await chooseMeeting(reader, store, mapId, choice)
  const report = await reader(mapId, AUDIENCE_LAYERS[choice.audience], (docs) =>
    buildReport(readExportSource(docs, { mapId, audience: choice.audience, now, meeting }), choice.template),
  )
  const format = FORMATS[choice.format]
  const rendered = await format.render(report)
  return {
    body: typeof rendered === 'string' ? Buffer.from(rendered, 'utf8') : rendered,
    contentType: format.contentType,
    fileName: fileName(report, format.extension),
    unreadable: report.unreadable.length,
  }
}

/** The audit event of an export: ids, the format, the template and the audience, never a word of the map. */
export function recordExport(store: Store, actor: Actor, mapId: string, choice: ExportChoice, via: { source: 'api' | 'cli'; ip: string | null }) {
  return store.audit.append({
    event: 'map-exported',
    ...actorFields(actor),
    mapId,
    detail: { format: choice.format, templateId: choice.template.id, audience: choice.audience, source: via.source },
    ip: via.ip,
  })
}
