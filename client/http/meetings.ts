import { z } from 'zod'
import { Audience } from '../../shared/audience'
import type { MapCommand } from '../../shared/commands'
import { Checkpoint, MapReadingSchema } from '../../shared/model'
import { CreatedMap } from './contract'
import { mapPath } from './maps'
import { request } from './request'

/** What a meeting command answers besides "done": what it made or saved. */
const MeetingCommandDone = z.object({
  ok: z.literal(true),
  meetingId: z.string().optional(),
  checkpointId: z.string().optional(),
  questionId: z.string().optional(),
})

export const sendMeetingCommand = (mapId: string, command: MapCommand) =>
  request('POST', `${mapPath(mapId)}/commands`, { body: command, schema: MeetingCommandDone })

const checkpointPath = (mapId: string, checkpointId: string) => `${mapPath(mapId)}/checkpoints/${encodeURIComponent(checkpointId)}`

/** The read-only copies of the map its meetings saved, oldest first. */
export const listCheckpoints = (mapId: string) =>
  request('GET', `${mapPath(mapId)}/checkpoints`, { schema: z.object({ checkpoints: z.array(Checkpoint) }) }).then((reply) => reply.checkpoints)

export const CheckpointRead = z.object({ checkpoint: Checkpoint, audience: Audience, reading: MapReadingSchema })
export type CheckpointRead = z.infer<typeof CheckpointRead>

/** A copy as this screen may show it: the server leaves out the professional layer for the family audience. */
export const fetchCheckpoint = (mapId: string, checkpointId: string, audience: Audience) =>
  request('GET', `${checkpointPath(mapId, checkpointId)}?audience=${audience}`, { schema: CheckpointRead })

export const startReviewMap = (mapId: string, checkpointId: string) => request('POST', `${checkpointPath(mapId, checkpointId)}/review-map`, { schema: CreatedMap })
