import * as Y from 'yjs'
import * as encoding from 'lib0/encoding'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { createCard, readCards } from '../../shared/model/case-map.js'
import { cardsOf } from '../../shared/model/layers.js'
import { CLOSE_CODES, MAX_SYNC_MESSAGE_BYTES } from '../../shared/sync-protocol.js'
import { startTestKinmap, type TestKinmap } from '../support/kinmap-server.js'
import { aCard } from '../support/cards.js'
import { createTestMap } from '../support/maps.js'
import { signedInStaff, type SignedInStaff } from '../support/staff.js'
import { storedLayer } from '../support/stored-layer.js'
import { connectLayer, noticesIn, rawSocket, type LayerClient } from '../support/sync-client.js'
import { waitFor } from '../support/wait.js'

/** A y-websocket "update" message around any bytes at all. */
function updateMessage(payload: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, 0)
  encoding.writeVarUint(encoder, 2)
  encoding.writeVarUint8Array(encoder, payload)
  return encoding.toUint8Array(encoder)
}

/** An update that adds a card by hand, skipping the accessors' own checks, as a hostile client could. */
function handMadeCard(fields: Record<string, unknown>): Uint8Array {
  const doc = new Y.Doc()
  const card = new Y.Map<unknown>()
  cardsOf(doc).set(String(fields.id), card)
  for (const [key, value] of Object.entries(fields)) card.set(key, value)
  card.set('body', new Y.XmlFragment())
  return Y.encodeStateAsUpdate(doc)
}

const cardFields = (id: string, overrides: Record<string, unknown>) => ({
  id,
  domain: 'harm',
  knowledge: 'observation',
  source: null,
  agency: '',
  childIds: [],
  childsWords: null,
  createdBy: 'someone',
  createdAt: new Date().toISOString(),
  ...overrides,
})

describe('bad input on a sync socket', () => {
  let server: TestKinmap
  let owner: SignedInStaff
  let mapId: string
  let writer: LayerClient
  let reader: LayerClient
  const goodCards: string[] = []

  beforeAll(async () => {
    server = await startTestKinmap()
    owner = await signedInStaff(server)
    mapId = await createTestMap(owner.client)
    writer = connectLayer(server.url, mapId, 'shared', owner.client.cookie)
    reader = connectLayer(server.url, mapId, 'shared', owner.client.cookie)
    await Promise.all([writer.synced(), reader.synced()])
  })
  afterAll(async () => {
    writer.destroy()
    reader.destroy()
    await server.close()
  })

  // After every bad input: the other clients still work, and the stored document holds exactly
  // the good cards.
  afterEach(async () => {
    const cardId = createCard(writer.doc, 'shared', aCard(owner.id, { text: `Still working after ${goodCards.length} bad inputs.` }))
    goodCards.push(cardId)
    await waitFor(() => readCards(reader.doc, 'shared').some((card) => card.id === cardId), { what: 'a good card at the other client' })
    const stored = await storedLayer(server.kinmap.store, mapId, 'shared')
    expect(readCards(stored, 'shared').map((card) => card.id).sort()).toEqual([...goodCards].sort())
    expect(writer.closes).toEqual([])
    expect(reader.closes).toEqual([])
  })

  it('closes a socket that sends text instead of the protocol', async () => {
    const raw = await rawSocket(server.url, mapId, 'shared', owner.client.cookie!)
    raw.socket.send('hello, is this the map?')
    const closed = await raw.closed
    expect(closed.code).toBe(CLOSE_CODES.unreadable)
    expect(closed.reason).toMatch(/binary/)
    expect(noticesIn(raw.received)).toEqual([{ code: 'unreadable', message: expect.any(String) }])
  })

  it('closes a socket that sends a message of an unknown kind', async () => {
    const raw = await rawSocket(server.url, mapId, 'shared', owner.client.cookie!)
    raw.socket.send(new Uint8Array([0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff]))
    expect((await raw.closed).code).toBe(CLOSE_CODES.unreadable)
  })

  it('closes a socket that sends an update which cannot be applied', async () => {
    const raw = await rawSocket(server.url, mapId, 'shared', owner.client.cookie!)
    raw.socket.send(updateMessage(new Uint8Array([5, 200, 1, 3, 4, 5, 6, 7, 8, 9, 10, 11])))
    const closed = await raw.closed
    expect(closed).toEqual({ code: CLOSE_CODES.unreadable, reason: 'The server could not read that change.' })
    expect(noticesIn(raw.received)[0].code).toBe('unreadable')
  })

  it('closes a socket that sends a message over the size limit', async () => {
    const raw = await rawSocket(server.url, mapId, 'shared', owner.client.cookie!)
    raw.socket.send(updateMessage(new Uint8Array(MAX_SYNC_MESSAGE_BYTES + 10)))
    const closed = await raw.closed
    expect(closed.code).toBe(CLOSE_CODES.tooLarge)
    expect(noticesIn(raw.received)).toEqual([{ code: 'too-large', message: expect.any(String) }])
  })

  it('drops a socket that sends a frame far over the size limit without reading it', async () => {
    const raw = await rawSocket(server.url, mapId, 'shared', owner.client.cookie!)
    raw.socket.send(new Uint8Array(3 * MAX_SYNC_MESSAGE_BYTES))
    expect((await raw.closed).code).toBe(CLOSE_CODES.tooLarge)
  })

  it('refuses third-party information in the shared layer, and says why', async () => {
    const raw = await rawSocket(server.url, mapId, 'shared', owner.client.cookie!)
    raw.socket.send(updateMessage(handMadeCard(cardFields('gossip', { knowledge: 'thirdParty' }))))
    const closed = await raw.closed
    expect(closed.code).toBe(CLOSE_CODES.refused)
    const [notice] = noticesIn(raw.received)
    expect(notice.code).toBe('rejected')
    expect(notice.message).toMatch(/Third-party information can only be kept in the professionals-only part/)
  })

  it('refuses a card in a domain that does not exist', async () => {
    const raw = await rawSocket(server.url, mapId, 'shared', owner.client.cookie!)
    raw.socket.send(updateMessage(handMadeCard(cardFields('lost', { domain: 'elsewhere' }))))
    await raw.closed
    expect(noticesIn(raw.received)[0]).toMatchObject({ code: 'rejected', message: expect.stringMatching(/domain/) })
  })

  it('refuses a root type the layer does not have, from a real client', async () => {
    const rogue = connectLayer(server.url, mapId, 'shared', owner.client.cookie, { reconnect: false })
    await rogue.synced()
    rogue.doc.getArray('beacons').push(['not part of any layer'])
    await waitFor(() => rogue.closes.length > 0, { what: 'the rogue client to be closed' })
    expect(rogue.closes[0].code).toBe(CLOSE_CODES.refused)
    expect(rogue.notices[0]).toMatchObject({ code: 'rejected', message: expect.stringMatching(/"beacons" is not part of the shared layer/) })
    rogue.destroy()
  })

  it('refuses changes to what only the server writes', async () => {
    const rogue = connectLayer(server.url, mapId, 'shared', owner.client.cookie, { reconnect: false })
    await rogue.synced()
    rogue.doc.getMap('meta').set('schemaVersion', 99)
    await waitFor(() => rogue.closes.length > 0, { what: 'the rogue client to be closed' })
    expect(rogue.notices[0].message).toMatch(/only the server may change "meta"/)
    rogue.destroy()
  })
})
