import { execFileSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import { FICTIONAL_FAMILY_TITLE } from '../../shared/demo/fictional-family.js'
import { readCaseMap } from '../../shared/model/case-map.js'
import { startTestKinmap, tempDataDir } from '../support/kinmap-server.js'
import { signedInStaff } from '../support/staff.js'
import { storedLayer } from '../support/stored-layer.js'

const cli = (dataDir: string, ...args: string[]) =>
  execFileSync('npx', ['tsx', 'server/cli.ts', ...args], { env: { ...process.env, KINMAP_DATA_DIR: dataDir }, encoding: 'utf8', stdio: 'pipe' })

describe('the demo map', () => {
  it('`kinmap demo --owner` gives that member of staff the fictional Hale family map, whole', async () => {
    const dataDir = tempDataDir()
    const server = await startTestKinmap({}, dataDir)
    try {
      const owner = await signedInStaff(server, { name: 'Demo Worker' })
      expect(cli(dataDir, 'demo', '--owner', owner.email)).toMatch(/Added the demo map of the fictional Hale family/)

      const { maps } = (await owner.client.request('GET', '/api/maps')).body as { maps: { id: string; title: string; role: string }[] }
      expect(maps).toEqual([expect.objectContaining({ title: FICTIONAL_FAMILY_TITLE, role: 'owner' })])
      const store = server.kinmap.store
      const [shared, professional, record] = await Promise.all(['shared', 'professional', 'record'].map((layer) => storedLayer(store, maps[0].id, layer as never)))
      const map = readCaseMap({ shared, professional, record })
      expect(map.unreadable).toEqual([])
      expect(map.cards.filter((card) => card.layer === 'shared')).toHaveLength(11)
      expect(map.cards.filter((card) => card.layer === 'professional').map((card) => card.knowledge)).toEqual(['thirdParty'])
      expect(map.people.map((person) => person.name)).toContain('Demo Worker')
    } finally {
      await server.close()
    }
  })

  it('refuses an owner with no account, saying so', async () => {
    const dataDir = tempDataDir()
    expect(() => cli(dataDir, 'demo', '--owner', 'nobody@example.org')).toThrow(/no staff account with that email/)
  })
})
