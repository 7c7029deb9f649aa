import { Writable } from 'node:stream'
import { describe, expect, it } from 'vitest'
import { createCard } from '../../shared/model/case-map.js'
import { startTestKinmap } from '../support/kinmap-server.js'
import { aCard } from '../support/cards.js'
import { ApiClient } from '../support/http-client.js'
import { addMember, createTestMap } from '../support/maps.js'
import { PASSWORD, signedInStaff } from '../support/staff.js'
import { connectLayer, rawSocket } from '../support/sync-client.js'
import { waitFor } from '../support/wait.js'

describe('the server log', () => {
  it('carries ids, never names, emails, titles, card text or tokens', async () => {
    let log = ''
    const destination = new Writable({
      write(chunk, _encoding, done) {
        log += chunk.toString()
        done()
      },
    })
    const server = await startTestKinmap({ logLevel: 'debug', logDestination: destination })
    const owner = await signedInStaff(server, { name: 'Gwendolyn Hale-Secret' })
    const colleague = await signedInStaff(server, { name: 'Bartholomew Private' })
    await new ApiClient(server.url).signIn(owner.email, 'not the password, logged?')
    const mapId = await createTestMap(owner.client, { title: 'Confidential Title', children: ['Childname Hidden'] })
    await addMember(owner.client, mapId, colleague, 'observer')
    await owner.client.post(`/api/maps/${mapId}/commands`, { type: 'rename-map', title: 'Another Confidential Title' })
    await owner.client.get(`/setup/some-token-in-a-path`)
    const client = connectLayer(server.url, mapId, 'shared', owner.client.cookie)
    await client.synced()
    createCard(client.doc, 'shared', aCard(owner.id, { text: 'Secret card text about the family' }))
    const raw = await rawSocket(server.url, mapId, 'shared', colleague.client.cookie!)
    raw.socket.send('garbage')
    await raw.closed
    client.destroy()
    await server.close()

    await waitFor(() => log.includes('layer opened'))
    for (const secret of [
      'Gwendolyn', 'Bartholomew', owner.email, colleague.email, 'Confidential', 'Childname', 'Secret card', PASSWORD,
      'not the password', 'some-token-in-a-path', owner.client.csrfToken!, owner.client.cookie!.split('=')[1],
    ]) {
      expect(log, secret).not.toContain(secret)
    }
    expect(log).toContain(mapId)
    expect(log).toContain(owner.id)
  })
})
