import { addPerson } from '../../shared/model/case-map.js'
import { ApiClient } from './http-client.js'
import type { TestKinmap } from './kinmap-server.js'

/** Puts a family or network member on the map's people list, as a practitioner would. */
export function addFamilyMember(server: TestKinmap, mapId: string, name = 'Maureen Hale', relationship = 'maternal grandmother'): Promise<string> {
  return server.kinmap.rooms.withRoom(mapId, 'shared', async (room) => {
    let id = ''
    await room.changeAsServer((shared) => {
      id = addPerson(shared, { name, relationship, agency: '', group: 'family', userId: null })
    })
    return id
  })
}

export interface Invited {
  invitationId: string
  link: string
  token: string
}

/** An invitation made through the API by a member of staff. */
export async function invite(staff: ApiClient, mapId: string, personId: string, days = 7): Promise<Invited> {
  const response = await staff.post(`/api/maps/${mapId}/invitations`, { personId, days })
  if (response.status !== 201) throw new Error(`invitation not made: ${response.status} ${response.text}`)
  const link: string = response.body.link
  return { invitationId: response.body.invitation.id, link, token: link.slice(link.indexOf('#') + 1) }
}

/** A new browser opening an invitation link, as the join page does. */
export async function openInvitation(server: { url: string }, token: string, device = new ApiClient(server.url)) {
  const response = await device.post('/api/invitations/redeem', { token })
  if (response.status === 200) {
    const session = await device.get('/api/session')
    device.csrfToken = session.body.csrfToken
  }
  return { device, response }
}

/** A family member on a map, in through their invitation. */
export async function participantOnMap(server: TestKinmap, staff: ApiClient, mapId: string, name?: string) {
  const personId = await addFamilyMember(server, mapId, name)
  const invited = await invite(staff, mapId, personId)
  const { device, response } = await openInvitation(server, invited.token)
  if (response.status !== 200) throw new Error(`invitation not opened: ${response.status} ${response.text}`)
  return { ...invited, personId, client: device }
}
