import * as Y from 'yjs'
import { z } from 'zod'
import { Framework } from '../../shared/framework.js'
import { seedFictionalFamily } from '../../shared/demo/fictional-family.js'
import { addPerson, newId, readPeople, readSettings, writeSettings } from '../../shared/model/case-map.js'
import { readMeetings, writeMeeting } from '../../shared/model/meetings.js'
import { formatCalendarDate, londonToday } from '../../shared/london-time.js'
import { migrateLayer } from '../../shared/model/migrations.js'
import { LAYERS, MapSettings, Person, type Layer } from '../../shared/model/schema.js'
import type { Store, UserRow } from '../store/store.js'
import { SERVER_ORIGIN } from '../sync/room.js'

export const NewMap = z
  .object({
    title: MapSettings.shape.title,
    framework: Framework,
    children: z
      .array(z.object({ name: Person.shape.name }).strict())
      .min(1, 'a map is about at least one child')
      .max(20, 'a map can be about at most 20 children'),
  })
  .strict()
export type NewMap = z.infer<typeof NewMap>

/** The longest title a map may have. */
const MAX_TITLE = MapSettings.shape.title.maxLength ?? 200

/**
 * Makes a map: its catalogue entry, its creator as owner, and its three documents seeded through
 * the shared accessors under the server's origin, all stored in one transaction.
 */
export function createMap(store: Store, creator: UserRow, input: NewMap): Promise<string> {
  return storeNewMap(store, creator, (docs) => {
    const childIds: string[] = []
    docs.shared.transact(() => {
      for (const child of input.children) {
        childIds.push(addPerson(docs.shared, { name: child.name, relationship: 'child', agency: '', group: 'family' }))
      }
    }, SERVER_ORIGIN)
    docs.record.transact(() => writeSettings(docs.record, { title: input.title, framework: input.framework, childIds }), SERVER_ORIGIN)
  })
}

/** The demo map: the fictional Hale family (`shared/demo`), owned by the given member of staff. */
export function createDemoMap(store: Store, owner: UserRow): Promise<string> {
  return storeNewMap(store, owner, (docs) => seedFictionalFamily(docs, owner.id))
}

/**
 * A review map that builds on an earlier mapping: a new map holding a copy of a checkpoint's three
 * layers (new documents, so the two maps never share an edit), called "<title> — review
 * dd/mm/yyyy", with its creator as its one member. A meeting the copy caught still running is
 * closed in it: it belongs to the other map, which keeps its record.
 */
export function createReviewMap(store: Store, creator: UserRow, layers: Record<Layer, Uint8Array>): Promise<string> {
  return storeNewMap(store, creator, (docs) => {
    for (const layer of LAYERS) Y.applyUpdate(docs[layer], layers[layer], SERVER_ORIGIN)
    const title = readSettings(docs.record)?.title ?? 'A map'
    const suffix = ` — review ${formatCalendarDate(londonToday())}`
    docs.record.transact(() => {
      writeSettings(docs.record, { title: `${title.slice(0, MAX_TITLE - suffix.length).trim()}${suffix}` })
      for (const meeting of readMeetings(docs.record).filter((candidate) => !candidate.closed)) {
        writeMeeting(docs.record, { ...meeting, closed: { at: new Date().toISOString(), byUserId: creator.id, checkpointId: null } })
      }
    }, SERVER_ORIGIN)
  })
}

async function storeNewMap(store: Store, creator: UserRow, seed: (docs: Record<Layer, Y.Doc>) => void): Promise<string> {
  const mapId = newId()
  const docs = Object.fromEntries(LAYERS.map((layer) => [layer, new Y.Doc()])) as Record<Layer, Y.Doc>
  seed(docs)
  // After seeding: a seed may bring layers from an older schema (a review map's copy).
  for (const layer of LAYERS) migrateLayer(docs[layer], layer, SERVER_ORIGIN)
  if (!readPeople(docs.shared).some((person) => person.userId === creator.id)) {
    docs.shared.transact(
      () => addPerson(docs.shared, { name: creator.name, relationship: '', agency: '', group: 'professional', userId: creator.id }),
      SERVER_ORIGIN,
    )
  }
  const settings = readSettings(docs.record)
  if (!settings) throw new Error('A new map must have its settings.')

  const now = new Date().toISOString()
  const states = Object.fromEntries(LAYERS.map((layer) => [layer, Y.encodeStateAsUpdate(docs[layer])])) as Record<Layer, Uint8Array>
  await store.catalogue.create(
    { id: mapId, title: settings.title, framework: settings.framework, createdBy: creator.id, teamId: creator.teamId, createdAt: now, updatedAt: now },
    creator.id,
    states,
  )
  for (const doc of Object.values(docs)) doc.destroy()
  return mapId
}
