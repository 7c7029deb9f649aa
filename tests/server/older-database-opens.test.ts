import fs from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { readCards } from '../../shared/model/case-map.js'
import { ApiClient } from '../support/http-client.js'
import { startTestKinmap, tempDataDir } from '../support/kinmap-server.js'
import { connectLayer } from '../support/sync-client.js'

const FIXTURE = path.join(import.meta.dirname, '../fixtures/databases/schema-2/kinmap.db')

describe('a database written by an earlier Kinmap', () => {
  it('opens with its accounts, maps and cards, and is brought up to the current schema', async () => {
    const dataDir = tempDataDir()
    fs.copyFileSync(FIXTURE, path.join(dataDir, 'kinmap.db'))
    const server = await startTestKinmap({}, dataDir)
    try {
      const priya = new ApiClient(server.url)
      expect((await priya.signIn('priya.shah@example.org', 'a long enough passphrase')).status).toBe(200)
      const { body } = await priya.get('/api/maps')
      expect(body.maps).toEqual([expect.objectContaining({ title: 'Ellie and Jack Hale', role: 'owner' })])

      const shared = connectLayer(server.url, body.maps[0].id, 'shared', priya.cookie)
      await shared.synced()
      expect(readCards(shared.doc, 'shared').map((card) => card.text)).toContainEqual(expect.stringContaining('Ellie is always on time'))
      shared.destroy()

      const db = new Database(path.join(dataDir, 'kinmap.db'), { readonly: true })
      const columns = db.prepare("SELECT name FROM pragma_table_info('users')").all() as Array<{ name: string }>
      const oldEvents = db.prepare("SELECT count(*) AS n FROM audit_events WHERE event = 'demo-map-created'").get() as { n: number }
      db.close()
      expect(columns.map((column) => column.name)).toEqual(expect.arrayContaining(['team_id', 'is_manager']))
      expect(oldEvents.n).toBe(1)
    } finally {
      await server.close()
    }
  })
})
