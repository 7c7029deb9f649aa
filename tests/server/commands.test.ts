import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readSettings } from '../../shared/model/case-map.js'
import type { TestKinmap } from '../support/kinmap-server.js'
import { mapWithEveryMemberRole } from '../support/maps.js'
import { signedInStaff, type SignedInStaff } from '../support/staff.js'
import { storedLayer } from '../support/stored-layer.js'
import { connectLayer, type LayerClient } from '../support/sync-client.js'
import { waitFor } from '../support/wait.js'

describe('server commands', () => {
  let server: TestKinmap
  let owner: SignedInStaff
  let professional: SignedInStaff
  let observer: SignedInStaff
  let mapId: string
  const clients: LayerClient[] = []

  beforeAll(async () => {
    ;({ server, owner, professional, observer, mapId } = await mapWithEveryMemberRole())
  })
  afterAll(async () => {
    for (const client of clients) client.destroy()
    await server.close()
  })

  it('rename the map: connected clients see the record layer change, and the map list agrees', async () => {
    const record = connectLayer(server.url, mapId, 'record', observer.client.cookie)
    clients.push(record)
    await record.synced()
    const renamed = await owner.client.post(`/api/maps/${mapId}/commands`, { type: 'rename-map', title: '  Mia and Leo Hale  ' })
    expect(renamed).toMatchObject({ status: 200, body: { ok: true } })
    await waitFor(() => readSettings(record.doc)?.title === 'Mia and Leo Hale', { what: 'the new title at the client' })
    expect((await owner.client.get('/api/maps')).body.maps[0].title).toBe('Mia and Leo Hale')
    expect((await owner.client.get(`/api/maps/${mapId}`)).body.title).toBe('Mia and Leo Hale')
  })

  it('set the framework, also on a layer nobody has open, run by a professional', async () => {
    const changed = await professional.client.post(`/api/maps/${mapId}/commands`, { type: 'set-framework', framework: 'wellbeing' })
    expect(changed.status).toBe(200)
    expect(readSettings(await storedLayer(server.kinmap.store, mapId, 'record'))?.framework).toBe('wellbeing')
    expect((await owner.client.get('/api/maps')).body.maps[0].framework).toBe('wellbeing')
    const record = connectLayer(server.url, mapId, 'record', owner.client.cookie)
    clients.push(record)
    await record.synced()
    expect(readSettings(record.doc)?.framework).toBe('wellbeing')
  })

  it('are refused to observers', async () => {
    const refused = await observer.client.post(`/api/maps/${mapId}/commands`, { type: 'rename-map', title: 'Not allowed' })
    expect(refused).toMatchObject({ status: 403, body: { error: 'You can read this map but not change it.' } })
  })

  it('are refused, with the reason, when malformed', async () => {
    const cases: Array<[unknown, RegExp]> = [
      [{ type: 'delete-map' }, /type/],
      [{ type: 'rename-map', title: '' }, /title: a map needs a title/],
      [{ type: 'rename-map', title: 'x'.repeat(201) }, /title/],
      [{ type: 'set-framework', framework: 'vibes' }, /framework must be one of: safety, wellbeing, success/],
      [{ type: 'rename-map', title: 'Fine', extra: true }, /extra/],
    ]
    for (const [command, reason] of cases) {
      const response = await owner.client.post(`/api/maps/${mapId}/commands`, command)
      expect(response.status, JSON.stringify(command)).toBe(400)
      expect(response.body.error).toMatch(reason)
    }
    expect(readSettings(await storedLayer(server.kinmap.store, mapId, 'record'))?.title).toBe('Mia and Leo Hale')
  })

  it('answer 404 for a map the person is not on', async () => {
    const stranger = await signedInStaff(server)
    expect((await stranger.client.post(`/api/maps/${mapId}/commands`, { type: 'rename-map', title: 'Mine now' })).status).toBe(404)
  })
})
