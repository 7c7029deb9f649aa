import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createCard, readCards } from '../../shared/model/case-map.js'
import { CLOSE_CODES } from '../../shared/sync-protocol.js'
import { startTestKinmap, type TestKinmap } from '../support/kinmap-server.js'
import { aCard } from '../support/cards.js'
import { addMember, createTestMap } from '../support/maps.js'
import { signedInStaff, type SignedInStaff } from '../support/staff.js'
import { connectLayer, tryUpgrade, type LayerClient } from '../support/sync-client.js'
import { waitFor } from '../support/wait.js'

describe("a map's members", () => {
  let server: TestKinmap
  let owner: SignedInStaff
  let mapId: string
  const clients: LayerClient[] = []

  beforeAll(async () => {
    server = await startTestKinmap()
    owner = await signedInStaff(server, { name: 'Ann Owner' })
    mapId = await createTestMap(owner.client)
  })
  afterAll(async () => {
    for (const client of clients) client.destroy()
    await server.close()
  })

  it('are listed for members, and owners add them by email', async () => {
    const colleague = await signedInStaff(server, { name: 'Ben Colleague' })
    const added = await owner.client.put(`/api/maps/${mapId}/members`, { email: colleague.email.toUpperCase(), role: 'professional' })
    expect(added.status).toBe(200)
    expect(added.body.members).toEqual([
      { userId: owner.id, name: 'Ann Owner', email: owner.email, role: 'owner' },
      { userId: colleague.id, name: 'Ben Colleague', email: colleague.email, role: 'professional' },
    ])
    expect((await colleague.client.get(`/api/maps/${mapId}/members`)).body).toEqual({ members: added.body.members })
    expect((await colleague.client.get(`/api/maps/${mapId}`)).body).toEqual({
      id: mapId,
      title: 'The Hale family',
      framework: 'safety',
      role: 'professional',
      layers: { shared: 'edit', professional: 'edit', record: 'read' },
    })
  })

  it('can only be changed by owners', async () => {
    const colleague = await signedInStaff(server)
    await addMember(owner.client, mapId, colleague, 'professional')
    const attempt = await colleague.client.put(`/api/maps/${mapId}/members`, { email: colleague.email, role: 'owner' })
    expect(attempt.status).toBe(403)
    expect(attempt.body.error).toMatch(/Only the map's owners/)
    expect((await colleague.client.delete(`/api/maps/${mapId}/members/${owner.id}`)).status).toBe(403)
  })

  it('answers 404 for a map to someone not on it, and for an account that does not exist', async () => {
    const stranger = await signedInStaff(server)
    for (const path of [`/api/maps/${mapId}`, `/api/maps/${mapId}/members`]) {
      expect(await stranger.client.get(path)).toMatchObject({ status: 404, body: { error: 'There is no such map, or you are not one of its members.' } })
    }
    const unknown = await owner.client.put(`/api/maps/${mapId}/members`, { email: 'nobody@example.org', role: 'observer' })
    expect(unknown).toMatchObject({ status: 404, body: { error: 'There is no staff account with that email address.' } })
  })

  it('always keep one owner', async () => {
    const demote = await owner.client.put(`/api/maps/${mapId}/members`, { email: owner.email, role: 'professional' })
    expect(demote.status).toBe(409)
    expect((await owner.client.delete(`/api/maps/${mapId}/members/${owner.id}`)).status).toBe(409)
  })

  it('lose their open sockets on the map within 5 seconds of being removed', async () => {
    const leaver = await signedInStaff(server)
    await addMember(owner.client, mapId, leaver, 'professional')
    const shared = connectLayer(server.url, mapId, 'shared', leaver.client.cookie)
    const record = connectLayer(server.url, mapId, 'record', leaver.client.cookie)
    clients.push(shared, record)
    await Promise.all([shared.synced(), record.synced()])

    const removedAt = Date.now()
    expect((await owner.client.delete(`/api/maps/${mapId}/members/${leaver.id}`)).status).toBe(204)
    await waitFor(() => shared.closes.length > 0 && record.closes.length > 0, { what: 'both sockets to close' })
    expect(Date.now() - removedAt).toBeLessThan(5_000)
    for (const client of [shared, record]) {
      expect(client.closes[0]).toEqual({ code: CLOSE_CODES.accessRemoved, reason: 'You no longer have access to this map.' })
    }
    // 44xx: the client gives up rather than reconnecting, and could not get back in anyway.
    expect(shared.provider.shouldConnect).toBe(false)
    expect((await tryUpgrade(server.url, `/sync/${mapId}/shared`, { cookie: leaver.client.cookie })).status).toBe(404)
    expect((await owner.client.delete(`/api/maps/${mapId}/members/${leaver.id}`)).status).toBe(404)
  })

  it('made observers are reconnected read-only at once', async () => {
    const member = await signedInStaff(server)
    await addMember(owner.client, mapId, member, 'professional')
    const client = connectLayer(server.url, mapId, 'shared', member.client.cookie)
    clients.push(client)
    await client.synced()

    await addMember(owner.client, mapId, member, 'observer')
    await waitFor(() => client.closes.length > 0, { what: 'the socket to close' })
    expect(client.closes[0]).toEqual({ code: CLOSE_CODES.rightsChanged, reason: 'Your role on this map has changed.' })
    await waitFor(() => client.provider.synced, { what: 'the client to reconnect' })

    createCard(client.doc, 'shared', aCard(member.id, { text: 'Typed after becoming an observer.' }))
    await waitFor(() => client.notices.some((notice) => notice.code === 'read-only'), { what: 'the read-only notice' })
    const watcher = connectLayer(server.url, mapId, 'shared', owner.client.cookie)
    clients.push(watcher)
    await watcher.synced()
    expect(readCards(watcher.doc, 'shared').some((card) => card.createdBy === member.id)).toBe(false)
  })
})
