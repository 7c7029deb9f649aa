import { readPeople } from '../../shared/model/case-map.js'
import { readDangerStatement } from '../../shared/model/danger-statements.js'
import { newId, now } from '../../shared/model/ids.js'
import { readScalingQuestion, writeJudgement, writeScalingQuestion } from '../../shared/model/scaling.js'
import { readMeeting } from '../../shared/model/meetings.js'
import type { PersonRef } from '../../shared/model/schema.js'
import type { MapCommand } from '../../shared/commands.js'
import type { Rooms } from '../sync/rooms.js'
import { CommandRefused } from './command-refused.js'

type Command<T extends MapCommand['type']> = Extract<MapCommand, { type: T }>

/**
 * Scaling questions and the overall judgement: records the server keeps in the record layer (see
 * `shared/model/scaling.ts` for why). Scaling rounds are in `scaling-rounds.ts`; meetings in
 * `meeting-commands.ts`.
 */

export async function defineScalingQuestion(rooms: Rooms, mapId: string, command: Command<'define-scaling-question'>): Promise<{ questionId: string }> {
  if (command.statementId !== null) {
    const statement = await rooms.withRoom(mapId, 'shared', async (room) => readDangerStatement(room.doc, command.statementId as string))
    if (statement === null) throw new CommandRefused('not-on-map', 'That statement is not on this map; it may have been deleted.')
  }
  const question = { id: newId(), statementId: command.statementId, question: command.question, zero: command.zero, ten: command.ten, createdAt: now() }
  await rooms.withRoom(mapId, 'record', (room) => room.changeAsServer((record) => writeScalingQuestion(record, question)))
  return { questionId: question.id }
}

export async function editScalingQuestion(rooms: Rooms, mapId: string, command: Command<'edit-scaling-question'>): Promise<void> {
  await rooms.withRoom(mapId, 'record', async (room) => {
    const question = readScalingQuestion(room.doc, command.questionId)
    if (question === null) throw new CommandRefused('not-on-map', 'That scaling question is not on this map.')
    const words = { question: command.question, zero: command.zero, ten: command.ten }
    await room.changeAsServer((record) => writeScalingQuestion(record, { ...question, ...words }))
  })
}

export async function recordJudgement(rooms: Rooms, mapId: string, command: Command<'record-judgement'>, userId: string): Promise<{ judgementId: string }> {
  const judgement = { id: newId(), score: command.score, reason: command.reason, meetingId: command.meetingId, byUserId: userId, at: now() }
  await rooms.withRoom(mapId, 'record', async (room) => {
    if (command.meetingId !== null && readMeeting(room.doc, command.meetingId) === null) {
      throw new CommandRefused('not-on-map', 'That meeting is not on this map.')
    }
    await room.changeAsServer((record) => writeJudgement(record, judgement))
  })
  return { judgementId: judgement.id }
}

/** People named by id must be on the map; an unlisted name with a role is taken as given. */
export async function assertOnMap(rooms: Rooms, mapId: string, refs: readonly PersonRef[]): Promise<void> {
  const ids = refs.flatMap((ref) => ('personId' in ref ? [ref.personId] : []))
  if (ids.length === 0) return
  const onMap = new Set((await rooms.withRoom(mapId, 'shared', async (room) => readPeople(room.doc))).map((person) => person.id))
  if (ids.some((id) => !onMap.has(id))) throw new CommandRefused('not-on-map', 'That person is not on this map; they may have been removed.')
}
