import type { MapRole } from '../../server/store/store.js'
import type { ApiClient } from './http-client.js'
import { startTestKinmap } from './kinmap-server.js'
import { signedInStaff } from './staff.js'

/** A map made through the API by `owner`, about the invented Hale children. */
export async function createTestMap(owner: ApiClient, { title = 'The Hale family', children = ['Mia Hale'] } = {}): Promise<string> {
  const response = await owner.post('/api/maps', { title, framework: 'safety', children: children.map((name) => ({ name })) })
  if (response.status !== 201) throw new Error(`map not created: ${response.status} ${response.text}`)
  return response.body.id
}

export async function addMember(owner: ApiClient, mapId: string, member: { email: string }, role: MapRole): Promise<void> {
  const response = await owner.put(`/api/maps/${mapId}/members`, { email: member.email, role })
  if (response.status !== 200) throw new Error(`member not added: ${response.status} ${response.text}`)
}

/** A real server with one map, its owner and a colleague as professional, both signed in. */
export async function ownerAndColleagueOnAMap({ owner: ownerName, colleague: colleagueName = 'Priya Shah' }: { owner?: string; colleague?: string } = {}) {
  const server = await startTestKinmap()
  const owner = await signedInStaff(server, ownerName ? { name: ownerName } : {})
  const colleague = await signedInStaff(server, { name: colleagueName })
  const mapId = await createTestMap(owner.client)
  await addMember(owner.client, mapId, colleague, 'professional')
  return { server, owner, colleague, mapId }
}

/** A real server with one map and its three kinds of member, each signed in: owner, professional (Priya Shah) and observer. */
export async function mapWithEveryMemberRole() {
  const server = await startTestKinmap()
  const owner = await signedInStaff(server)
  const professional = await signedInStaff(server, { name: 'Priya Shah' })
  const observer = await signedInStaff(server)
  const mapId = await createTestMap(owner.client)
  await addMember(owner.client, mapId, professional, 'professional')
  await addMember(owner.client, mapId, observer, 'observer')
  return { server, owner, professional, observer, mapId }
}
