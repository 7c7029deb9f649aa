import { readPeople } from '../../shared/model/case-map.js'
import { DEFAULT_TEN, DEFAULT_ZERO } from '../../shared/model/scaling.js'
import type { RoundMode } from '../../shared/model/scaling.js'
import type { ApiClient } from './http-client.js'
import type { TestKinmap } from './kinmap-server.js'

/** Sends a command and fails the test unless the server ran it; returns what it answered. */
export async function command(client: ApiClient, mapId: string, body: Record<string, unknown>): Promise<Record<string, any>> {
  const response = await client.post(`/api/maps/${mapId}/commands`, body)
  if (response.status !== 200) throw new Error(`${String(body.type)} refused: ${response.status} ${response.text}`)
  return response.body
}

/** The person on the map who is this member of staff (the map's creator has one). */
export function staffPersonId(server: TestKinmap, mapId: string, userId: string): Promise<string> {
  return server.kinmap.rooms.withRoom(mapId, 'shared', async (room) => {
    const person = readPeople(room.doc).find((candidate) => candidate.userId === userId)
    if (!person) throw new Error('no person on the map for that member of staff')
    return person.id
  })
}

/** An overall scaling question, a family network meeting with these people present, and a round open on it. */
export async function roundInAMeeting(staff: ApiClient, mapId: string, facilitatorId: string, presentIds: string[], mode: RoundMode, date = '2026-11-03') {
  const { questionId } = await command(staff, mapId, { type: 'define-scaling-question', statementId: null, question: 'Overall, how safe are the children?', zero: DEFAULT_ZERO, ten: DEFAULT_TEN })
  const { meetingId } = await command(staff, mapId, {
    type: 'start-meeting',
    meetingType: 'family-network-meeting',
    date,
    facilitator: { personId: facilitatorId },
    present: presentIds.map((personId) => ({ personId })),
  })
  const { roundId } = await command(staff, mapId, { type: 'open-scaling-round', meetingId, questionIds: [questionId], mode })
  return { questionId, meetingId, roundId: roundId as string }
}
