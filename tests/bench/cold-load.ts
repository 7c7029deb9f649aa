import fs from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import { createCard } from '../../shared/model/case-map.js'
import { DOMAINS } from '../../shared/framework.js'
import { aCard } from '../support/cards.js'
import { connectLayer } from '../support/sync-client.js'
import { waitFor } from '../support/wait.js'
import { benchDataDirWithStaff, benchMap } from './propagation.js'
import { logLines, startKinmapServer } from './servers.js'

const CARDS = 300
const TEXT =
  'Mia said she feels safe at her grandmother’s house and likes walking to school with her.\n' +
  'Her grandmother confirmed this at the home visit and described the morning routine.\n' +
  'The school reports good attendance this term.'

export interface ColdLoadResult {
  /** Loading a map compacted to one snapshot (after a clean stop): the usual case. The first map
   * a freshly started server opens, so it includes warming up the JavaScript engine. */
  fromSnapshotMs: number[]
  /** The same, for a second such map opened right after by the same server process. */
  warmServerMs: number[]
  /** Loading a map as 300 separate updates (after a crash, before any compaction). */
  fromUpdateLogMs: number
  storedBytes: number
}

/**
 * Seeds two maps with 300 cards with text and shapes, one update each, then measures how long the
 * server takes to open their shared layers from disk (read + apply + migrate), as its log reports.
 */
export async function coldLoad(runs: number): Promise<ColdLoadResult> {
  const dataDir = await benchDataDirWithStaff()
  let server = await startKinmapServer(dataDir)
  const first = await benchMap(server.url)
  const second = await benchMap(server.url)
  const { cookie } = second
  const db = new Database(path.join(dataDir, 'kinmap.db'), { readonly: true })
  const stored = db.prepare<[string], { n: number }>("SELECT count(*) AS n FROM document_updates WHERE map_id = ? AND layer = 'shared'")
  for (const { mapId } of [first, second]) {
    const seeder = connectLayer(server.url, mapId, 'shared', cookie)
    await seeder.synced()
    for (let index = 0; index < CARDS; index++) {
      createCard(seeder.doc, 'shared', aCard('bench', { domain: DOMAINS[index % DOMAINS.length], text: TEXT }), {
        x: (index % 20) * 240,
        y: Math.floor(index / 20) * 160,
        w: 220,
        h: 140,
      })
    }
    await waitFor(() => stored.get(mapId)!.n >= CARDS, { timeoutMs: 30_000, what: 'the seeded cards on disk' })
    seeder.destroy()
  }
  db.close()
  await server.kill() // no compaction: the next start reads 300 updates per map

  /** Opens the first map, then the second, on a freshly started server; returns both load times. */
  const open = async () => {
    server = await startKinmapServer(dataDir)
    for (const { mapId } of [first, second]) {
      const client = connectLayer(server.url, mapId, 'shared', cookie)
      await client.synced()
      client.destroy()
    }
    await server.stop()
    const lines = logLines(server.output(), 'layer opened').filter((entry) => entry.layer === 'shared')
    return lines.map((line) => line.loadMs as number)
  }
  const [fromUpdateLogMs] = await open() // ...and its stop compacts the layers
  const fromSnapshotMs: number[] = []
  const warmServerMs: number[] = []
  for (let run = 0; run < runs; run++) {
    const [firstMs, secondMs] = await open()
    fromSnapshotMs.push(firstMs)
    warmServerMs.push(secondMs)
  }

  const check = new Database(path.join(dataDir, 'kinmap.db'), { readonly: true })
  const { bytes } = check.prepare<[string], { bytes: number }>("SELECT length(state) AS bytes FROM document_snapshots WHERE map_id = ? AND layer = 'shared'").get(first.mapId)!
  check.close()
  fs.rmSync(dataDir, { recursive: true, force: true })
  return { fromSnapshotMs, warmServerMs, fromUpdateLogMs, storedBytes: bytes }
}
