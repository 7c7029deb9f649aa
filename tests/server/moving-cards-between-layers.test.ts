import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { cardBody, cardShapeId, canvasOf, createCard, readCard } from '../../shared/model/index.js'
import type { TestKinmap } from '../support/kinmap-server.js'
import { aCard } from '../support/cards.js'
import { mapWithEveryMemberRole } from '../support/maps.js'
import type { SignedInStaff } from '../support/staff.js'
import { storedLayer } from '../support/stored-layer.js'
import { connectLayer, type LayerClient } from '../support/sync-client.js'
import { waitFor } from '../support/wait.js'

describe('moving a card between the shared and professional layers', () => {
  let server: TestKinmap
  let owner: SignedInStaff
  let professional: SignedInStaff
  let observer: SignedInStaff
  let mapId: string
  let shared: LayerClient
  let pro: LayerClient
  /** Someone else's view of the shared layer: what a family device would receive. */
  let familyView: LayerClient

  const onTheServer = (layer: 'shared' | 'professional', cardId: string) =>
    waitFor(async () => readCard(await storedLayer(server.kinmap.store, mapId, layer), layer, cardId), { what: `the card on disk in the ${layer} layer` })
  const move = (who: SignedInStaff, cardId: string, to: 'shared' | 'professional') =>
    who.client.post(`/api/maps/${mapId}/commands`, { type: 'move-card-to-layer', cardId, to })

  beforeAll(async () => {
    ;({ server, owner, professional, observer, mapId } = await mapWithEveryMemberRole())
    shared = connectLayer(server.url, mapId, 'shared', professional.client.cookie)
    pro = connectLayer(server.url, mapId, 'professional', professional.client.cookie)
    familyView = connectLayer(server.url, mapId, 'shared', observer.client.cookie)
    await Promise.all([shared.synced(), pro.synced(), familyView.synced()])
  })
  afterAll(async () => {
    for (const client of [shared, pro, familyView]) client.destroy()
    await server.close()
  })

  it('to professionals only: the card, its text and its place leave the shared layer in one step', async () => {
    const cardId = createCard(
      shared.doc,
      'shared',
      aCard(professional.id, { domain: 'danger', knowledge: 'opinion', text: 'Maureen thinks Dean is drinking again.' }),
      { x: 120, y: 340, w: 240, h: 160 },
    )
    await waitFor(() => readCard(familyView.doc, 'shared', cardId), { what: 'the card at the other shared client' })

    const moved = await move(professional, cardId, 'professional')
    expect(moved).toMatchObject({ status: 200, body: { ok: true } })

    await waitFor(() => readCard(familyView.doc, 'shared', cardId) === null && !canvasOf(familyView.doc).has(cardShapeId(cardId)), {
      what: 'the card to vanish from the shared layer',
    })
    const arrived = await waitFor(() => readCard(pro.doc, 'professional', cardId), { what: 'the card in the professional layer' })
    expect(arrived).toMatchObject({ domain: 'danger', knowledge: 'opinion', createdBy: professional.id, text: 'Maureen thinks Dean is drinking again.' })
    expect(canvasOf(pro.doc).get(cardShapeId(cardId))).toMatchObject({ x: 120, y: 340 })
    // On disk as well as in memory.
    expect(readCard(await storedLayer(server.kinmap.store, mapId, 'shared'), 'shared', cardId)).toBeNull()
    expect(readCard(await storedLayer(server.kinmap.store, mapId, 'professional'), 'professional', cardId)?.text).toBe(arrived.text)

    const [event] = (await server.kinmap.store.audit.list({ limit: 50 })).filter((row) => row.event === 'command')
    expect(event).toMatchObject({ actorUserId: professional.id, mapId, detail: { type: 'move-card-to-layer' } })
  })

  it('shared with the family: a professionals-only card arrives in the shared layer with its rich text', async () => {
    const cardId = createCard(pro.doc, 'professional', aCard(professional.id, { domain: 'existingSafety', text: 'Maureen has the children every Friday.' }))
    await onTheServer('professional', cardId)
    const before = cardBody(pro.doc, cardId)!.toJSON()

    expect((await move(owner, cardId, 'shared')).status).toBe(200)

    const arrived = await waitFor(() => readCard(familyView.doc, 'shared', cardId), { what: 'the card at the family view' })
    expect(arrived.text).toBe('Maureen has the children every Friday.')
    expect(cardBody(familyView.doc, cardId)!.toJSON()).toBe(before)
    await waitFor(() => readCard(pro.doc, 'professional', cardId) === null, { what: 'the card to leave the professional layer' })
  })

  it('refuses to share third-party information, and changes nothing', async () => {
    const cardId = createCard(pro.doc, 'professional', aCard(professional.id, { knowledge: 'thirdParty', source: { name: 'PC Dana Whitfield', role: 'police officer' }, text: 'Police were called on 02/09/2026.' }))
    await onTheServer('professional', cardId)

    const refused = await move(professional, cardId, 'shared')
    expect(refused).toMatchObject({ status: 400, body: { error: 'Third-party information stays with professionals: it cannot be shared with the family.' } })
    expect(readCard(await storedLayer(server.kinmap.store, mapId, 'professional'), 'professional', cardId)).not.toBeNull()
    expect(readCard(await storedLayer(server.kinmap.store, mapId, 'shared'), 'shared', cardId)).toBeNull()
  })

  it('refuses a card that is not in the layer it would leave', async () => {
    const refused = await move(professional, 'no-such-card', 'professional')
    expect(refused.status).toBe(404)
    expect(refused.body.error).toBe('That card is not in the part the family sees of this map; it may have been moved or deleted.')
  })

  it('is refused to observers', async () => {
    const cardId = createCard(shared.doc, 'shared', aCard(professional.id, { text: 'Ellie reads every night.' }))
    await waitFor(() => readCard(familyView.doc, 'shared', cardId))
    expect((await move(observer, cardId, 'professional')).status).toBe(403)
    expect(readCard(familyView.doc, 'shared', cardId)).not.toBeNull()
  })
})
