import { readPeople } from '../../shared/model/case-map.js'
import type { ParticipantSignedIn } from '../auth/sessions.js'
import type { Rooms } from '../sync/rooms.js'

/** What a family or network member's browser is told about who they are. */
export interface ParticipantView {
  invitationId: string
  mapId: string
  personId: string
  name: string
  /** ISO time the invitation (and so every session from it) ends. */
  expiresAt: string
}

/**
 * A participant's name as the map's people list has it today: the practitioner may correct a
 * spelling after inviting someone, and the name beside their cursor should follow.
 */
export async function participantName(rooms: Rooms, mapId: string, personId: string): Promise<string> {
  return rooms.withRoom(mapId, 'shared', async (room) => {
    return readPeople(room.doc).find((person) => person.id === personId)?.name ?? 'Family or network member'
  })
}

export async function participantView(context: { rooms: Rooms }, { invitation }: ParticipantSignedIn): Promise<ParticipantView> {
  return {
    invitationId: invitation.id,
    mapId: invitation.mapId,
    personId: invitation.personId,
    name: await participantName(context.rooms, invitation.mapId, invitation.personId),
    expiresAt: new Date(invitation.expiresAt).toISOString(),
  }
}
