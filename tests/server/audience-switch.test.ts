import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestKinmap, type TestKinmap } from '../support/kinmap-server.js'
import { addMember, createTestMap } from '../support/maps.js'
import { signedInStaff, type SignedInStaff } from '../support/staff.js'

describe('switching a screen between the professional view and the family audience', () => {
  let server: TestKinmap
  let owner: SignedInStaff
  let observer: SignedInStaff
  let mapId: string
  const switchTo = (who: SignedInStaff, body: unknown) => who.client.post(`/api/maps/${mapId}/audience`, body)
  const eventsOf = async (event: string) => (await server.kinmap.store.audit.list({ limit: 100 })).filter((row) => row.event === event)

  beforeAll(async () => {
    server = await startTestKinmap()
    owner = await signedInStaff(server)
    observer = await signedInStaff(server)
    mapId = await createTestMap(owner.client)
    await addMember(owner.client, mapId, observer, 'observer')
  })
  afterAll(() => server.close())

  it('is recorded in the audit trail, each way', async () => {
    expect(await switchTo(owner, { audience: 'family' })).toMatchObject({ status: 200, body: { ok: true } })
    expect(await switchTo(owner, { audience: 'professional' })).toMatchObject({ status: 200 })
    expect((await eventsOf('audience-switched')).map((row) => ({ actor: row.actorUserId, mapId: row.mapId, detail: row.detail }))).toEqual([
      { actor: owner.id, mapId, detail: { audience: 'professional' } },
      { actor: owner.id, mapId, detail: { audience: 'family' } },
    ])
  })

  it('is refused, and the refusal recorded, for someone who only reads the map', async () => {
    const refused = await switchTo(observer, { audience: 'family' })
    expect(refused).toMatchObject({ status: 403, body: { error: 'Only the owner and professionals of this map can switch who the screen is showing to.' } })
    expect(await eventsOf('access-refused')).toEqual([
      expect.objectContaining({ actorUserId: observer.id, mapId, detail: expect.objectContaining({ action: 'map:switch-audience' }) }),
    ])
  })

  it('refuses an audience it does not know, with the reason', async () => {
    const refused = await switchTo(owner, { audience: 'everyone' })
    expect(refused.status).toBe(400)
    expect(refused.body.error).toMatch(/audience/)
  })
})
