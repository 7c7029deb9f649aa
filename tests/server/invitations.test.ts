import Database from 'better-sqlite3'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createCard, readCards } from '../../shared/model/case-map.js'
import { CLOSE_CODES } from '../../shared/sync-protocol.js'
import { aCard } from '../support/cards.js'
import { ApiClient } from '../support/http-client.js'
import { startTestKinmap, type TestKinmap } from '../support/kinmap-server.js'
import { addMember, createTestMap } from '../support/maps.js'
import { addFamilyMember, invite, openInvitation, participantOnMap } from '../support/participants.js'
import { signedInStaff, type SignedInStaff } from '../support/staff.js'
import { connectLayer, tryUpgrade } from '../support/sync-client.js'
import { waitFor } from '../support/wait.js'

describe('inviting the family and network', () => {
  let server: TestKinmap
  let owner: SignedInStaff
  let mapId: string

  beforeAll(async () => {
    server = await startTestKinmap()
    owner = await signedInStaff(server, { name: 'Priya Shah' })
    mapId = await createTestMap(owner.client)
  })
  afterAll(() => server.close())

  const trail = (event: string) => server.kinmap.store.audit.list({ limit: 500 }).then((events) => events.filter((each) => each.event === event))

  it('gives a link that opens the map as a participant: shared and record layers, never professional', async () => {
    const maureen = await participantOnMap(server, owner.client, mapId)
    expect(maureen.link).toMatch(new RegExp(`^${server.kinmap.publicUrl}/join#[A-Za-z0-9_-]{43}$`))

    const session = await maureen.client.get('/api/session')
    expect(session.body.participant).toMatchObject({ mapId, personId: maureen.personId, name: 'Maureen Hale', invitationId: maureen.invitationId })
    expect(session.body.user).toBeUndefined()

    const map = await maureen.client.get(`/api/maps/${mapId}`)
    expect(map.body).toMatchObject({ role: 'participant', layers: { shared: 'edit', record: 'read' } })
    expect(map.body.layers.professional).toBeUndefined()

    const cookie = maureen.client.cookie
    expect(await tryUpgrade(server.url, `/sync/${mapId}/shared`, { cookie })).toEqual({ status: 101, error: null })
    expect(await tryUpgrade(server.url, `/sync/${mapId}/record`, { cookie })).toEqual({ status: 101, error: null })
    expect(await tryUpgrade(server.url, `/sync/${mapId}/professional`, { cookie })).toEqual({ status: 403, error: 'You cannot open this part of the map.' })
    const refused = await trail('access-refused')
    expect(refused).toContainEqual(
      expect.objectContaining({ actorUserId: null, actorInvitationId: maureen.invitationId, mapId, detail: { where: 'sync', action: 'layer:read', layer: 'professional' } }),
    )
  })

  it('lets a participant add a card that staff see, and records the editing session by invitation', async () => {
    const tasha = await participantOnMap(server, owner.client, mapId, 'Tasha Green')
    const family = connectLayer(server.url, mapId, 'shared', tasha.client.cookie)
    const worker = connectLayer(server.url, mapId, 'shared', owner.client.cookie)
    await Promise.all([family.synced(), worker.synced()])
    createCard(family.doc, 'shared', aCard(tasha.personId, { domain: 'existingStrengths', text: 'Tasha collects Ellie from school every Friday.' }))
    const seen = await waitFor(() => readCards(worker.doc, 'shared').find((card) => card.text.startsWith('Tasha collects')), { what: 'the card at the worker' })
    expect(seen.domain).toBe('existingStrengths')
    family.destroy()
    worker.destroy()
    await waitFor(async () => (await trail('editing-session-ended')).find((event) => event.actorInvitationId === tasha.invitationId), {
      what: 'the editing session in the trail',
    })
  })

  it('never lets a participant into another map, the map list, members or commands', async () => {
    const maureen = await participantOnMap(server, owner.client, mapId, 'Sophie Hale')
    const otherMap = await createTestMap(owner.client, { title: 'Another family' })
    expect((await maureen.client.get(`/api/maps/${otherMap}`)).status).toBe(404)
    expect(await tryUpgrade(server.url, `/sync/${otherMap}/shared`, { cookie: maureen.client.cookie })).toEqual({
      status: 404,
      error: 'There is no such map or part of a map.',
    })
    expect((await maureen.client.get('/api/maps')).status).toBe(403)
    expect((await maureen.client.get(`/api/maps/${mapId}/members`)).status).toBe(403)
    expect((await maureen.client.get(`/api/maps/${mapId}/invitations`)).status).toBe(403)
    expect(await trail('access-refused')).toContainEqual(
      expect.objectContaining({ actorUserId: null, actorInvitationId: maureen.invitationId, mapId: null, detail: { where: 'http', action: 'staff:area' } }),
    )
    const renamed = await maureen.client.post(`/api/maps/${mapId}/commands`, { type: 'rename-map', title: 'Renamed' })
    expect(renamed).toMatchObject({ status: 403, body: { error: 'You can read this map but not change it.' } })
  })

  it('is only for the family and network, and only for people on the map', async () => {
    const people = await server.kinmap.rooms.withRoom(mapId, 'shared', async (room) => room.doc.getMap('people').toJSON())
    const professional = Object.values(people as Record<string, { id: string; group: string }>).find((person) => person.group === 'professional')!
    const answer = await owner.client.post(`/api/maps/${mapId}/invitations`, { personId: professional.id })
    expect(answer).toMatchObject({ status: 400, body: { error: 'Invitations are for the family and their network; professionals are added as members of the map.' } })
    const nobody = await owner.client.post(`/api/maps/${mapId}/invitations`, { personId: crypto.randomUUID() })
    expect(nobody).toMatchObject({ status: 404, body: { error: 'That person is not on this map.' } })
    const tooLong = await owner.client.post(`/api/maps/${mapId}/invitations`, { personId: professional.id, days: 90 })
    expect(tooLong.status).toBe(400)
    expect(tooLong.body.error).toMatch(/days/)
  })

  it('may be made by professionals on the map, not by observers', async () => {
    const observer = await signedInStaff(server)
    await addMember(owner.client, mapId, observer, 'observer')
    const personId = await addFamilyMember(server, mapId, 'Dean Marsh', 'father')
    const answer = await observer.client.post(`/api/maps/${mapId}/invitations`, { personId })
    expect(answer.status).toBe(403)
    expect(await trail('access-refused')).toContainEqual(expect.objectContaining({ actorUserId: observer.id, detail: { where: 'http', action: 'map:invite' } }))
  })

  it('keeps only a hash of the token, and the trail never holds it', async () => {
    const personId = await addFamilyMember(server, mapId, 'Lin Roberts', 'friend')
    const { token, invitationId } = await invite(owner.client, mapId, personId)
    const db = new Database(path.join(server.dataDir, 'kinmap.db'), { readonly: true })
    const dump = JSON.stringify(db.prepare('SELECT * FROM invitations').all()) + JSON.stringify(db.prepare('SELECT * FROM audit_events').all())
    db.close()
    expect(dump).not.toContain(token)
    expect(await trail('invitation-created')).toContainEqual(
      expect.objectContaining({ actorUserId: owner.id, mapId, detail: { invitationId, personId, expiresAt: expect.any(String) } }),
    )
  })

  it('works on the first device only; the same device may come back', async () => {
    const personId = await addFamilyMember(server, mapId, 'Gran Hale', 'great-grandmother')
    const { token, invitationId } = await invite(owner.client, mapId, personId)
    const first = await openInvitation(server, token)
    expect(first.response.status).toBe(200)

    const again = await openInvitation(server, token, first.device)
    expect(again.response).toMatchObject({ status: 200, body: { mapId } })

    const forwarded = await openInvitation(server, token)
    expect(forwarded.response).toMatchObject({ status: 403, body: { error: expect.stringMatching(/already been opened on another device/) } })
    expect((await forwarded.device.get(`/api/maps/${mapId}`)).status).toBe(401)

    const uses = (await trail('invitation-used')).filter((event) => event.actorInvitationId === invitationId)
    expect(uses.map((event) => event.detail)).toEqual([{ firstUse: false }, { firstUse: true }])
    expect(await trail('invitation-refused')).toContainEqual(expect.objectContaining({ mapId, detail: { invitationId, reason: 'other-device' } }))
  })

  it('refuses a tampered, expired or withdrawn link with a clear reason, and records it', async () => {
    const tampered = await openInvitation(server, 'not-a-real-token-at-all')
    expect(tampered.response).toMatchObject({ status: 404, body: { error: expect.stringMatching(/not valid/) } })
    expect(await trail('invitation-refused')).toContainEqual(expect.objectContaining({ mapId: null, detail: { invitationId: null, reason: 'unknown' } }))

    const personId = await addFamilyMember(server, mapId, 'Jo Hale', 'aunt')
    const expiring = await invite(owner.client, mapId, personId, 1)
    const db = new Database(path.join(server.dataDir, 'kinmap.db'))
    db.prepare('UPDATE invitations SET expires_at = ? WHERE id = ?').run(Date.now() - 1, expiring.invitationId)
    db.close()
    expect((await openInvitation(server, expiring.token)).response).toMatchObject({ status: 410, body: { error: expect.stringMatching(/expired/) } })

    const withdrawn = await invite(owner.client, mapId, personId)
    expect((await owner.client.delete(`/api/maps/${mapId}/invitations/${withdrawn.invitationId}`)).status).toBe(204)
    expect((await openInvitation(server, withdrawn.token)).response).toMatchObject({ status: 410, body: { error: expect.stringMatching(/withdrawn/) } })
  })

  it('ends a session when its invitation expires', async () => {
    const ellie = await participantOnMap(server, owner.client, mapId, 'Kim Hale')
    const db = new Database(path.join(server.dataDir, 'kinmap.db'))
    db.prepare('UPDATE invitations SET expires_at = ? WHERE id = ?').run(Date.now() - 1, ellie.invitationId)
    db.close()
    expect((await ellie.client.get('/api/session')).status).toBe(401)
    expect((await tryUpgrade(server.url, `/sync/${mapId}/shared`, { cookie: ellie.client.cookie })).status).toBe(401)
  })

  it('withdrawing closes the participant’s open map at once and ends their session', async () => {
    const dean = await participantOnMap(server, owner.client, mapId, 'Dean Marsh')
    const open = connectLayer(server.url, mapId, 'shared', dean.client.cookie, { reconnect: false })
    await open.synced()
    const listed = await owner.client.get(`/api/maps/${mapId}/invitations`)
    expect(listed.body.invitations).toContainEqual(expect.objectContaining({ id: dean.invitationId, personId: dean.personId, state: 'in-use' }))

    expect((await owner.client.delete(`/api/maps/${mapId}/invitations/${dean.invitationId}`)).status).toBe(204)
    const closed = await waitFor(() => open.closes[0], { what: 'the participant socket to close' })
    expect(closed).toEqual({ code: CLOSE_CODES.accessRemoved, reason: 'Your invitation to this map has been withdrawn.' })
    expect((await dean.client.get(`/api/maps/${mapId}`)).status).toBe(401)
    const after = await owner.client.get(`/api/maps/${mapId}/invitations`)
    expect(after.body.invitations).toContainEqual(expect.objectContaining({ id: dean.invitationId, state: 'withdrawn' }))
    expect(await trail('invitation-revoked')).toContainEqual(expect.objectContaining({ actorUserId: owner.id, detail: { invitationId: dean.invitationId } }))
    open.destroy()
  })

  it('signs a staff browser out when it opens an invitation: one person per browser', async () => {
    const colleague = await signedInStaff(server)
    await addMember(owner.client, mapId, colleague, 'professional')
    const personId = await addFamilyMember(server, mapId, 'Alex Hale', 'uncle')
    const { token } = await invite(owner.client, mapId, personId)
    const browser = new ApiClient(server.url)
    browser.cookie = colleague.client.cookie
    await openInvitation(server, token, browser)
    expect((await colleague.client.get('/api/maps')).status).toBe(401)
    expect((await browser.get('/api/session')).body.participant.personId).toBe(personId)
  })
})
