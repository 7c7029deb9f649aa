import type Database from 'better-sqlite3'
import type { Layer } from '../../../shared/model/schema.js'
import type { CatalogueChange, DocumentStore } from '../store.js'
import { blob } from './blob.js'

export function sqliteDocuments(db: Database.Database): DocumentStore {
  const snapshot = db.prepare<[string, string], { state: Buffer; upto_seq: number }>(
    'SELECT state, upto_seq FROM document_snapshots WHERE map_id = ? AND layer = ?',
  )
  const updatesAfter = db.prepare<[string, string, number], { seq: number; update: Buffer }>(
    'SELECT seq, "update" FROM document_updates WHERE map_id = ? AND layer = ? AND seq > ? ORDER BY seq',
  )
  const insertUpdate = db.prepare('INSERT INTO document_updates (map_id, layer, "update") VALUES (?, ?, ?)')
  const touchMap = db.prepare(
    `UPDATE maps SET updated_at = @updatedAt, title = coalesce(@title, title), framework = coalesce(@framework, framework)
     WHERE id = @mapId`,
  )
  const upsertSnapshot = db.prepare(
    `INSERT INTO document_snapshots (map_id, layer, state, upto_seq) VALUES (?, ?, ?, ?)
     ON CONFLICT (map_id, layer) DO UPDATE SET state = excluded.state, upto_seq = excluded.upto_seq`,
  )
  const deleteUpTo = db.prepare('DELETE FROM document_updates WHERE map_id = ? AND layer = ? AND seq <= ?')

  const load = db.transaction((mapId: string, layer: Layer) => {
    const stored = snapshot.get(mapId, layer)
    const uptoSeq = stored?.upto_seq ?? 0
    const rows = updatesAfter.all(mapId, layer, uptoSeq)
    return {
      snapshot: stored ? new Uint8Array(stored.state) : null,
      updates: rows.map((row) => new Uint8Array(row.update)),
      lastSeq: rows.at(-1)?.seq ?? uptoSeq,
    }
  })
  const append = db.transaction((mapId: string, layer: Layer, updates: Uint8Array[], catalogue: CatalogueChange) => {
    let lastSeq = 0
    for (const update of updates) lastSeq = Number(insertUpdate.run(mapId, layer, blob(update)).lastInsertRowid)
    touchMap.run({ mapId, updatedAt: new Date().toISOString(), title: catalogue.title ?? null, framework: catalogue.framework ?? null })
    return lastSeq
  })
  const compact = db.transaction((mapId: string, layer: Layer, state: Uint8Array, uptoSeq: number) => {
    upsertSnapshot.run(mapId, layer, blob(state), uptoSeq)
    deleteUpTo.run(mapId, layer, uptoSeq)
  })

  return {
    load: async (mapId, layer) => load(mapId, layer),
    append: async (mapId, layer, updates, catalogue = {}) => append(mapId, layer, updates, catalogue),
    compact: async (mapId, layer, state, uptoSeq) => compact(mapId, layer, state, uptoSeq),
  }
}
