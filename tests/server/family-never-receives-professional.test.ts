import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { Sessions, SESSION_COOKIE } from '../../server/auth/sessions.js'
import { hashToken, randomToken } from '../../server/auth/tokens.js'
import { canvasOf, cardBody, cardShapeId, createCard, readCard, readCards } from '../../shared/model/index.js'
import { aCard } from '../support/cards.js'
import { startTestKinmap, type TestKinmap } from '../support/kinmap-server.js'
import { addMember, createTestMap } from '../support/maps.js'
import { signedInStaff, type SignedInStaff } from '../support/staff.js'
import { connectLayer, tryUpgrade, type LayerClient } from '../support/sync-client.js'
import { bytesContain, recordingClient, updatesIn, type RecordedLayer } from '../support/recording-client.js'
import { waitFor } from '../support/wait.js'

/** What professionals write in their own layer during the session: none of it may reach the family. */
const PROFESSIONAL_ONLY = [
  'Police were called to the home on 02/09/2026 after a neighbour heard shouting.',
  'Dean told the GP he drinks a bottle of vodka most nights.',
  'Edited after the move: Sophie asked us not to tell Maureen.',
]
const MOVED_CARD_TEXT = 'Sophie says Dean has been staying at his brother’s flat.'


describe('a family member’s connection never receives the professional layer', () => {
  let server: TestKinmap
  let owner: SignedInStaff
  let colleague: SignedInStaff
  let mapId: string
  let otherMapId: string
  let cookie: string
  const staffClients: LayerClient[] = []
  let family: Record<'shared' | 'record', RecordedLayer>

  beforeAll(async () => {
    server = await startTestKinmap()
    owner = await signedInStaff(server)
    colleague = await signedInStaff(server, { name: 'Priya Shah' })
    mapId = await createTestMap(owner.client)
    otherMapId = await createTestMap(owner.client, { title: 'Another family' })
    await addMember(owner.client, mapId, colleague, 'professional')

    // An invitation and a participant's session made through the store, as the join page will.
    const { store } = server.kinmap
    const invitation = {
      id: 'invitation-maureen',
      mapId,
      personId: 'person-maureen',
      tokenHash: hashToken(randomToken()),
      createdBy: owner.id,
      createdAt: Date.now(),
      expiresAt: Date.now() + 60 * 60_000,
      revokedAt: null,
      firstUsedAt: null,
      deviceHash: null,
    }
    await store.invitations.create(invitation)
    const { token } = await new Sessions(store).startParticipant(invitation)
    cookie = `${SESSION_COOKIE}=${token}`
  })
  afterAll(async () => {
    for (const layer of Object.values(family ?? {})) {
      layer.provider.destroy()
      layer.doc.destroy()
    }
    for (const client of staffClients) client.destroy()
    await server.close()
  })

  it('receives the shared layer while professionals add and move professional content, and nothing of it', async () => {
    family = { shared: recordingClient(server.url, mapId, 'shared', cookie), record: recordingClient(server.url, mapId, 'record', cookie) }
    const shared = connectLayer(server.url, mapId, 'shared', colleague.client.cookie)
    const professional = connectLayer(server.url, mapId, 'professional', colleague.client.cookie)
    const ownersProfessional = connectLayer(server.url, mapId, 'professional', owner.client.cookie)
    staffClients.push(shared, professional, ownersProfessional)
    await Promise.all([shared.synced(), professional.synced(), ownersProfessional.synced()])
    await waitFor(() => family.shared.provider.synced && family.record.provider.synced, { what: 'the family device to sync' })

    // A card everyone may see, which a professional will later take back into their own layer.
    const movedId = createCard(shared.doc, 'shared', aCard(colleague.id, { domain: 'complicatingFactors', text: MOVED_CARD_TEXT }), { x: 80, y: 500, w: 240, h: 160 })
    await waitFor(() => readCard(family.shared.doc, 'shared', movedId), { what: 'the shared card at the family device' })

    // Professionals add cards (and a placed shape) to their own layer, from two browsers.
    createCard(professional.doc, 'professional', aCard(colleague.id, { knowledge: 'thirdParty', source: { name: 'PC Dana Whitfield', role: 'police officer' }, text: PROFESSIONAL_ONLY[0] }))
    createCard(ownersProfessional.doc, 'professional', aCard(owner.id, { domain: 'danger', text: PROFESSIONAL_ONLY[1] }), { x: 300, y: 200, w: 240, h: 160 })

    const movedAt = Date.now()
    const moved = await colleague.client.post(`/api/maps/${mapId}/commands`, { type: 'move-card-to-layer', cardId: movedId, to: 'professional' })
    expect(moved.status).toBe(200)
    await waitFor(() => readCard(family.shared.doc, 'shared', movedId) === null, { what: 'the moved card to leave the family device' })

    // Once it is professionals-only, what they add to it stays with them.
    const body = await waitFor(() => cardBody(professional.doc, movedId), { what: 'the moved card in the professional layer' })
    const paragraph = new Y.XmlElement('paragraph')
    paragraph.insert(0, [new Y.XmlText(PROFESSIONAL_ONLY[2])])
    body.push([paragraph])
    await waitFor(() => cardBody(ownersProfessional.doc, movedId)?.toString().includes('Sophie asked us'), { what: 'the edit at the other professional' })

    // A last shared edit, received after everything above, shows the family device is up to date.
    const lastId = createCard(shared.doc, 'shared', aCard(colleague.id, { domain: 'existingStrengths', text: 'Ellie reads every night with Sophie.' }))
    await waitFor(() => readCard(family.shared.doc, 'shared', lastId), { what: 'the last shared card at the family device' })

    const frames = [...family.shared.frames, ...family.record.frames]
    expect(frames.length).toBeGreaterThan(4)
    for (const text of PROFESSIONAL_ONLY) {
      expect(frames.filter((frame) => bytesContain(frame.data, text)), text).toEqual([])
    }
    // The moved card's text reached the family while it was shared (so the search does find text in
    // frames); after the move, only its deletion did.
    expect(family.shared.frames.some((frame) => frame.at < movedAt && bytesContain(frame.data, MOVED_CARD_TEXT))).toBe(true)
    expect(family.shared.frames.filter((frame) => frame.at >= movedAt && bytesContain(frame.data, MOVED_CARD_TEXT))).toEqual([])

    // Rebuilt from every update received, the family's documents hold the shared layer and nothing more.
    const rebuilt = new Y.Doc()
    for (const frame of family.shared.frames) for (const update of updatesIn(frame.data)) Y.applyUpdate(rebuilt, update)
    const everything = JSON.stringify(rebuilt.toJSON())
    for (const text of PROFESSIONAL_ONLY) expect(everything).not.toContain(text)
    expect(readCards(rebuilt, 'shared').map((card) => card.id)).toEqual([lastId])
    expect(canvasOf(rebuilt).has(cardShapeId(movedId))).toBe(false)
  })

  it('is refused the professional layer of its map, and any layer of another map', async () => {
    expect(await tryUpgrade(server.url, `/sync/${mapId}/professional`, { cookie })).toEqual({ status: 403, error: 'You cannot open this part of the map.' })
    expect(await tryUpgrade(server.url, `/sync/${otherMapId}/shared`, { cookie })).toEqual({ status: 404, error: 'There is no such map or part of a map.' })
    const refusals = (await server.kinmap.store.audit.list({ limit: 100 })).filter((row) => row.event === 'access-refused')
    expect(refusals).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ actorInvitationId: 'invitation-maureen', mapId, detail: expect.objectContaining({ where: 'sync', layer: 'professional' }) }),
        expect.objectContaining({ actorInvitationId: 'invitation-maureen', mapId: otherMapId, detail: expect.objectContaining({ where: 'sync', layer: 'shared' }) }),
      ]),
    )
  })
})
