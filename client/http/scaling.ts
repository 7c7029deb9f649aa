import { z } from 'zod'
import type { MapCommand } from '../../shared/commands'
import { ScalingAnswer } from '../../shared/model/scaling'
import { mapPath } from './maps'
import { request } from './request'

/** What a scaling command answers: the id of what it made, or the sender's own answer echoed back. */
const ScalingCommandDone = z.object({
  ok: z.literal(true),
  questionId: z.string().optional(),
  meetingId: z.string().optional(),
  roundId: z.string().optional(),
  answer: ScalingAnswer.optional(),
  revealed: z.boolean().optional(),
})
export type ScalingCommandDone = z.infer<typeof ScalingCommandDone>

export const sendScalingCommand = (mapId: string, command: MapCommand) =>
  request('POST', `${mapPath(mapId)}/commands`, { body: command, schema: ScalingCommandDone })

/** The answers this person gave for themselves in a round: a sealed round's are nowhere else on this device. */
export const fetchMyAnswers = (mapId: string, roundId: string) =>
  request('GET', `${mapPath(mapId)}/scaling-rounds/${encodeURIComponent(roundId)}/my-answers`, { schema: z.object({ answers: z.array(ScalingAnswer) }) }).then(
    (reply) => reply.answers,
  )
