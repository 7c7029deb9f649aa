import Database from 'better-sqlite3'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createCard, readCards, writeSettings } from '../../shared/model/case-map.js'
import { settingsOf } from '../../shared/model/layers.js'
import { CLOSE_CODES } from '../../shared/sync-protocol.js'
import { startTestKinmap, type TestKinmap } from '../support/kinmap-server.js'
import { aCard } from '../support/cards.js'
import { addMember, createTestMap } from '../support/maps.js'
import { signedInStaff, type SignedInStaff } from '../support/staff.js'
import { storedLayer } from '../support/stored-layer.js'
import { connectLayer, tryUpgrade, type LayerClient } from '../support/sync-client.js'
import { sleep, waitFor } from '../support/wait.js'

describe('who may open a layer', () => {
  let server: TestKinmap
  let owner: SignedInStaff
  let mapId: string

  beforeAll(async () => {
    server = await startTestKinmap()
    owner = await signedInStaff(server)
    mapId = await createTestMap(owner.client)
  })
  afterAll(() => server.close())

  it('opens for a member with a session', async () => {
    expect(await tryUpgrade(server.url, `/sync/${mapId}/shared`, { cookie: owner.client.cookie })).toEqual({ status: 101, error: null })
  })

  it('refuses a request with no session', async () => {
    expect(await tryUpgrade(server.url, `/sync/${mapId}/shared`)).toEqual({ status: 401, error: 'Sign in to open this map.' })
  })

  it('refuses an expired session', async () => {
    const staff = await signedInStaff(server)
    await addMember(owner.client, mapId, staff, 'professional')
    const db = new Database(path.join(server.dataDir, 'kinmap.db'))
    db.prepare('UPDATE sessions SET expires_at = ? WHERE user_id = ?').run(Date.now() - 1, staff.id)
    db.close()
    expect((await tryUpgrade(server.url, `/sync/${mapId}/shared`, { cookie: staff.client.cookie })).status).toBe(401)
  })

  it('refuses a non-member as if the map did not exist', async () => {
    const stranger = await signedInStaff(server)
    const answer = await tryUpgrade(server.url, `/sync/${mapId}/shared`, { cookie: stranger.client.cookie })
    expect(answer).toEqual({ status: 404, error: 'There is no such map or part of a map.' })
  })

  it('gives an administrator no access to a map they are not a member of', async () => {
    const admin = await signedInStaff(server, { admin: true })
    expect((await tryUpgrade(server.url, `/sync/${mapId}/shared`, { cookie: admin.client.cookie })).status).toBe(404)
  })

  it('refuses an unknown map and an unknown layer', async () => {
    const cookie = owner.client.cookie
    expect((await tryUpgrade(server.url, '/sync/no-such-map/shared', { cookie })).status).toBe(404)
    expect((await tryUpgrade(server.url, `/sync/${mapId}/diary`, { cookie })).status).toBe(404)
    expect((await tryUpgrade(server.url, `/sync/${mapId}`, { cookie })).status).toBe(404)
    expect((await tryUpgrade(server.url, '/elsewhere', { cookie })).status).toBe(404)
  })

  it('refuses a page from another site', async () => {
    const cookie = owner.client.cookie
    const answer = await tryUpgrade(server.url, `/sync/${mapId}/shared`, { cookie, origin: 'https://evil.example' })
    expect(answer).toEqual({ status: 403, error: 'Connections from other sites are not allowed.' })
    const own = await tryUpgrade(server.url, `/sync/${mapId}/shared`, { cookie, origin: server.kinmap.publicUrl })
    expect(own.status).toBe(101)
  })
})

describe('open sockets of an ended session', () => {
  it('are closed when the session expires', async () => {
    const server = await startTestKinmap({ sessionSweepMs: 50 })
    const owner = await signedInStaff(server)
    const mapId = await createTestMap(owner.client)
    const client = connectLayer(server.url, mapId, 'shared', owner.client.cookie)
    await client.synced()
    const db = new Database(path.join(server.dataDir, 'kinmap.db'))
    db.prepare('UPDATE sessions SET expires_at = ? WHERE user_id = ?').run(Date.now() - 1, owner.id)
    db.close()
    await waitFor(() => client.closes.length > 0, { what: 'the socket to close' })
    expect(client.closes[0]).toEqual({ code: CLOSE_CODES.sessionEnded, reason: 'Your session has ended. Sign in again.' })
    client.destroy()
    await server.close()
  })
})

describe('read-only connections', () => {
  let server: TestKinmap
  let owner: SignedInStaff
  let observer: SignedInStaff
  let mapId: string
  const clients: LayerClient[] = []

  beforeAll(async () => {
    server = await startTestKinmap()
    owner = await signedInStaff(server)
    observer = await signedInStaff(server, { name: 'Olu Observer' })
    mapId = await createTestMap(owner.client)
    await addMember(owner.client, mapId, observer, 'observer')
  })
  afterAll(async () => {
    for (const client of clients) client.destroy()
    await server.close()
  })

  it("an observer's edits never reach the stored document; they are told once", async () => {
    const writer = connectLayer(server.url, mapId, 'shared', owner.client.cookie)
    const watcher = connectLayer(server.url, mapId, 'shared', observer.client.cookie)
    clients.push(writer, watcher)
    await Promise.all([writer.synced(), watcher.synced()])
    expect(watcher.notices).toEqual([]) // joining with nothing new is not an attempt to write

    createCard(watcher.doc, 'shared', aCard(observer.id, { text: 'An observer should not be able to add this.' }))
    createCard(watcher.doc, 'shared', aCard(observer.id, { text: 'Nor this.' }))
    await waitFor(() => watcher.notices.length > 0, { what: 'the read-only notice' })
    // The owner's edits still reach the observer.
    const ownerCard = createCard(writer.doc, 'shared', aCard(owner.id, { text: 'Seen at the home visit.' }))
    await waitFor(() => readCards(watcher.doc, 'shared').some((card) => card.id === ownerCard), { what: "the owner's card at the observer" })
    expect(watcher.notices).toEqual([{ code: 'read-only', message: expect.stringMatching(/not saved/) }])
    expect(readCards(writer.doc, 'shared').map((card) => card.createdBy)).toEqual([owner.id])

    const restarted = await server.restart()
    server = restarted
    const stored = await storedLayer(restarted.kinmap.store, mapId, 'shared')
    expect(readCards(stored, 'shared').map((card) => card.id)).toEqual([ownerCard])
  })

  it('nobody can write the record layer, not even its owner', async () => {
    const record = connectLayer(server.url, mapId, 'record', owner.client.cookie)
    clients.push(record)
    await record.synced()
    writeSettings(record.doc, { title: 'Renamed behind the server’s back' })
    settingsOf(record.doc).set('title', 'And again')
    await waitFor(() => record.notices.length > 0, { what: 'the read-only notice' })
    expect(record.notices[0].code).toBe('read-only')
    await sleep(100)
    const stored = await storedLayer(server.kinmap.store, mapId, 'record')
    expect(settingsOf(stored).get('title')).toBe('The Hale family')
    const listed = await owner.client.get('/api/maps')
    expect(listed.body.maps[0].title).toBe('The Hale family')
  })
})
