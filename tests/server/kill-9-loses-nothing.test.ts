import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import { afterEach, describe, expect, it } from 'vitest'
import { createCard, readCards } from '../../shared/model/case-map.js'
import { aCard } from '../support/cards.js'
import { spawnKinmap, type ChildKinmap } from '../support/child-server.js'
import { ApiClient } from '../support/http-client.js'
import { tempDataDir } from '../support/kinmap-server.js'
import { addMember, createTestMap } from '../support/maps.js'
import { connectLayer } from '../support/sync-client.js'
import { waitFor } from '../support/wait.js'

const PASSWORD = 'correct horse battery staple'

/** Staff accounts made with the documented CLI, as an operator would. */
function addStaff(dataDir: string, email: string, name: string) {
  execFileSync(process.execPath, ['--import', 'tsx', 'server/cli.ts', 'user', 'add', '--email', email, '--name', name], {
    input: PASSWORD,
    env: { ...process.env, KINMAP_DATA_DIR: dataDir },
    stdio: ['pipe', 'pipe', 'pipe'],
  })
}

describe('a server killed with SIGKILL', () => {
  const children: ChildKinmap[] = []
  let dataDir: string
  afterEach(() => {
    for (const { child } of children) child.kill('SIGKILL')
    fs.rmSync(dataDir, { recursive: true, force: true })
  })

  it('has on disk every update another client has received', async () => {
    dataDir = tempDataDir()
    addStaff(dataDir, 'ann@example.org', 'Ann Hale-Worker')
    addStaff(dataDir, 'ben@example.org', 'Ben Colleague')
    const first = await spawnKinmap(dataDir)
    children.push(first)
    const ann = new ApiClient(first.url)
    const ben = new ApiClient(first.url)
    await ann.signIn('ann@example.org', PASSWORD)
    await ben.signIn('ben@example.org', PASSWORD)
    const mapId = await createTestMap(ann)
    await addMember(ann, mapId, { email: 'ben@example.org' }, 'professional')

    const a = connectLayer(first.url, mapId, 'shared', ann.cookie)
    const b = connectLayer(first.url, mapId, 'shared', ben.cookie)
    await Promise.all([a.synced(), b.synced()])
    const cardId = createCard(a.doc, 'shared', aCard('ann', { text: 'Written a moment before the crash.' }))
    // The server sends an update on only once it is committed to disk, so B having it is the proof.
    await waitFor(() => readCards(b.doc, 'shared').some((card) => card.id === cardId), { what: 'the card at B' })

    first.child.kill('SIGKILL')
    expect(await first.exited).toEqual({ code: null, signal: 'SIGKILL' })
    a.destroy()
    b.destroy()

    const second = await spawnKinmap(dataDir)
    children.push(second)
    const reader = new ApiClient(second.url)
    await reader.signIn('ben@example.org', PASSWORD)
    const c = connectLayer(second.url, mapId, 'shared', reader.cookie)
    await c.synced()
    expect(readCards(c.doc, 'shared').find((card) => card.id === cardId)?.text).toBe('Written a moment before the crash.')
    c.destroy()

    second.child.kill('SIGTERM')
    expect(await second.exited).toEqual({ code: 0, signal: null })
  })
})
