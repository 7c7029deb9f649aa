import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { TestKinmap } from '../support/kinmap-server.js'
import { ownerAndColleagueOnAMap } from '../support/maps.js'
import type { SignedInStaff } from '../support/staff.js'
import { connectLayer, type LayerClient } from '../support/sync-client.js'
import { waitFor } from '../support/wait.js'

describe('who is on the map', () => {
  let server: TestKinmap
  let owner: SignedInStaff
  let colleague: SignedInStaff
  let mapId: string
  const clients: LayerClient[] = []

  beforeAll(async () => {
    ;({ server, owner, colleague, mapId } = await ownerAndColleagueOnAMap({ owner: 'Gareth Owusu' }))
  })
  afterAll(async () => {
    for (const client of clients) client.destroy()
    await server.close()
  })

  it("shows each person by their account's name, whatever their browser claims", async () => {
    const watcher = connectLayer(server.url, mapId, 'shared', owner.client.cookie)
    const impostor = connectLayer(server.url, mapId, 'shared', colleague.client.cookie)
    clients.push(watcher, impostor)
    await Promise.all([watcher.synced(), impostor.synced()])

    impostor.provider.awareness.setLocalStateField('user', { id: 'someone-else', name: 'The Head of Service', color: '#aa0000' })
    const seen = () => watcher.provider.awareness.getStates().get(impostor.doc.clientID)?.user as Record<string, unknown> | undefined
    await waitFor(() => seen() !== undefined, { what: "the other person's presence" })
    expect(seen()).toEqual({ id: colleague.id, name: 'Priya Shah', color: '#aa0000' })
  })
})
