import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createCard, readCards } from '../../shared/model/case-map.js'
import { CLOSE_CODES } from '../../shared/sync-protocol.js'
import { startTestKinmap, type TestKinmap } from '../support/kinmap-server.js'
import { aCard } from '../support/cards.js'
import { createTestMap } from '../support/maps.js'
import { signedInStaff, type SignedInStaff } from '../support/staff.js'
import { storedLayer } from '../support/stored-layer.js'
import { connectLayer } from '../support/sync-client.js'
import { waitFor } from '../support/wait.js'

describe('edits on their way to disk', () => {
  let server: TestKinmap
  let owner: SignedInStaff
  let mapId: string

  beforeAll(async () => {
    server = await startTestKinmap({ unloadAfterMs: 100, compactEvery: 1000 })
    owner = await signedInStaff(server)
    mapId = await createTestMap(owner.client)
  })
  afterAll(() => server.close())

  it('reach other clients only once they are stored', async () => {
    const a = connectLayer(server.url, mapId, 'shared', owner.client.cookie)
    const b = connectLayer(server.url, mapId, 'shared', owner.client.cookie)
    await Promise.all([a.synced(), b.synced()])
    const storedWhenSeen: boolean[] = []
    b.doc.on('update', () => {
      // Read the disk at the moment B applies the update, before anything else can run.
      void storedLayer(server.kinmap.store, mapId, 'shared').then((stored) => storedWhenSeen.push(readCards(stored, 'shared').length >= readCards(b.doc, 'shared').length))
    })
    for (let index = 0; index < 20; index++) createCard(a.doc, 'shared', aCard(owner.id, { text: `Note ${index}` }))
    await waitFor(() => readCards(b.doc, 'shared').length === 20, { what: 'all twenty cards at B' })
    await waitFor(() => storedWhenSeen.length > 0)
    expect(storedWhenSeen.every(Boolean)).toBe(true)
    a.destroy()
    b.destroy()
  })

  it('are compacted into one snapshot when the last person leaves and the layer unloads', async () => {
    await waitFor(async () => (await server.kinmap.store.documents.load(mapId, 'shared')).updates.length === 0, { what: 'compaction on unload' })
    const { snapshot } = await server.kinmap.store.documents.load(mapId, 'shared')
    expect(snapshot).not.toBeNull()
    expect(readCards(await storedLayer(server.kinmap.store, mapId, 'shared'), 'shared')).toHaveLength(20)
  })

  it('survive a sign-out: the session\'s sockets close, the edits stay', async () => {
    const staff = await signedInStaff(server)
    const ownMap = await createTestMap(staff.client)
    const client = connectLayer(server.url, ownMap, 'shared', staff.client.cookie)
    await client.synced()
    const cardId = createCard(client.doc, 'shared', aCard(staff.id, { text: 'Before signing out.' }))
    expect((await staff.client.delete('/api/session')).status).toBe(204)
    await waitFor(() => client.closes.length > 0, { what: 'the socket to close' })
    expect(client.closes[0]).toEqual({ code: CLOSE_CODES.sessionEnded, reason: 'You have signed out.' })
    expect(readCards(await storedLayer(server.kinmap.store, ownMap, 'shared'), 'shared').map((card) => card.id)).toEqual([cardId])
    client.destroy()
  })

  it('are all written when the server stops, and sockets are told it is restarting', async () => {
    const client = connectLayer(server.url, mapId, 'professional', owner.client.cookie)
    await client.synced()
    const cardId = createCard(client.doc, 'professional', aCard(owner.id, { knowledge: 'thirdParty', text: 'From the school.' }))
    server = await server.restart()
    await waitFor(() => client.closes.length > 0, { what: 'the socket to close' })
    expect(client.closes[0].code).toBe(CLOSE_CODES.serverStopping)
    client.provider.disconnect()
    const stored = await server.kinmap.store.documents.load(mapId, 'professional')
    expect(stored.updates).toEqual([]) // compacted on the way down
    expect(readCards(await storedLayer(server.kinmap.store, mapId, 'professional'), 'professional').map((card) => card.id)).toEqual([cardId])
    client.destroy()
  })
})
