import * as encoding from 'lib0/encoding'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { addPerson } from '../../shared/model/case-map.js'
import { addRelationship, readGenogram } from '../../shared/model/genogram.js'
import { relationshipsOf } from '../../shared/model/layers.js'
import type { Relationship } from '../../shared/model/schema.js'
import { CLOSE_CODES } from '../../shared/sync-protocol.js'
import { startTestKinmap, type TestKinmap } from '../support/kinmap-server.js'
import { createTestMap } from '../support/maps.js'
import { signedInStaff, type SignedInStaff } from '../support/staff.js'
import { storedLayer } from '../support/stored-layer.js'
import { connectLayer, noticesIn, rawSocket, type LayerClient } from '../support/sync-client.js'
import { waitFor } from '../support/wait.js'

/** A y-websocket "update" message around an update. */
function updateMessage(payload: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, 0)
  encoding.writeVarUint(encoder, 2)
  encoding.writeVarUint8Array(encoder, payload)
  return encoding.toUint8Array(encoder)
}

/** An update that writes a relationship by hand, skipping the accessors' checks, as a hostile or careless client could. */
function handMadeRelationship(relationship: Relationship): Uint8Array {
  const doc = new Y.Doc()
  relationshipsOf(doc).set(relationship.id, relationship)
  return Y.encodeStateAsUpdate(doc)
}

describe('the server refuses a genogram the rules refuse, in the same words', () => {
  let server: TestKinmap
  let owner: SignedInStaff
  let mapId: string
  let writer: LayerClient
  const people: Record<string, string> = {}

  beforeAll(async () => {
    server = await startTestKinmap()
    owner = await signedInStaff(server)
    mapId = await createTestMap(owner.client)
    writer = connectLayer(server.url, mapId, 'shared', owner.client.cookie)
    await writer.synced()
    const person = (name: string, gender: 'female' | 'male') => addPerson(writer.doc, { name, relationship: '', agency: '', group: 'family', gender })
    people.maureen = person('Maureen Hale', 'female')
    people.sophie = person('Sophie Hale', 'female')
    people.dean = person('Dean Marsh', 'male')
    people.ellie = person('Ellie Hale', 'female')
    people.kai = person('Kai Marsh', 'male')
    addRelationship(writer.doc, { kind: 'parent', parentId: people.maureen, childId: people.sophie, parentKind: 'birth' })
    addRelationship(writer.doc, { kind: 'parent', parentId: people.sophie, childId: people.ellie, parentKind: 'birth' })
    addRelationship(writer.doc, { kind: 'parent', parentId: people.dean, childId: people.ellie, parentKind: 'birth' })
    await waitFor(async () => readGenogram(await storedLayer(server.kinmap.store, mapId, 'shared')).relationships.length === 3, { what: 'the good relationships on disk' })
  })
  afterAll(async () => {
    writer.destroy()
    await server.close()
  })

  async function refusalOf(relationship: Relationship): Promise<string> {
    const raw = await rawSocket(server.url, mapId, 'shared', owner.client.cookie!)
    raw.socket.send(updateMessage(handMadeRelationship(relationship)))
    const closed = await raw.closed
    expect(closed.code).toBe(CLOSE_CODES.refused)
    const [notice] = noticesIn(raw.received)
    expect(notice.code).toBe('rejected')
    const stored = await storedLayer(server.kinmap.store, mapId, 'shared')
    expect(relationshipsOf(stored).has(relationship.id)).toBe(false)
    return notice.message
  }

  it('a person as their own parent', async () => {
    expect(await refusalOf({ id: 'self', kind: 'parent', parentId: people.ellie, childId: people.ellie, parentKind: 'birth' })).toContain('Ellie Hale cannot be her own parent.')
  })

  it('a cycle of parents', async () => {
    expect(await refusalOf({ id: 'cycle', kind: 'parent', parentId: people.ellie, childId: people.maureen, parentKind: 'adopted' })).toContain(
      'That would make Ellie Hale her own ancestor.',
    )
  })

  it('a third birth parent', async () => {
    expect(await refusalOf({ id: 'third', kind: 'parent', parentId: people.kai, childId: people.ellie, parentKind: 'birth' })).toContain(
      'Ellie Hale already has two birth parents: Sophie Hale and Dean Marsh.',
    )
  })

  it('contact details in the family’s layer: that root is not part of it', async () => {
    const doc = new Y.Doc()
    const details = new Y.Map<unknown>()
    doc.getMap('personDetails').set(people.maureen, details)
    details.set('phone', '07700 900863')
    const raw = await rawSocket(server.url, mapId, 'shared', owner.client.cookie!)
    raw.socket.send(updateMessage(Y.encodeStateAsUpdate(doc)))
    expect((await raw.closed).code).toBe(CLOSE_CODES.refused)
    expect(noticesIn(raw.received)[0].message).toMatch(/"personDetails" is not part of the shared layer/)
    const stored = await storedLayer(server.kinmap.store, mapId, 'shared')
    expect(stored.share.has('personDetails')).toBe(false)
  })

  it('still takes good relationships afterwards, from the accessors', async () => {
    const id = addRelationship(writer.doc, { kind: 'couple', partnerIds: [people.dean, people.sophie], status: 'livingTogether', from: 2017, to: null })
    await waitFor(async () => relationshipsOf(await storedLayer(server.kinmap.store, mapId, 'shared')).has(id), { what: 'the couple on disk' })
    expect(writer.closes).toEqual([])
  })
})
