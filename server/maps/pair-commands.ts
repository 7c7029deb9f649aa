import { readDangerStatement } from '../../shared/model/danger-statements.js'
import { readPeople, readSettings } from '../../shared/model/case-map.js'
import { readMeetings, runningMeeting } from '../../shared/model/meetings.js'
import { agreedPairOf, recordPairAgreed, recordPairShared, todayInTheUK, whatPairLacks } from '../../shared/model/pair-status.js'
import type { DangerStatement, Person } from '../../shared/model/schema.js'
import type { MapCommand } from '../../shared/commands.js'
import type { Rooms } from '../sync/rooms.js'
import { CommandRefused } from './command-refused.js'

type Command<T extends MapCommand['type']> = Extract<MapCommand, { type: T }>

/** Records the date a statement and goal pair was shared with the family. */
export async function sharePair(rooms: Rooms, mapId: string, command: Command<'share-pair'>): Promise<void> {
  const sharedOn = command.sharedOn ?? todayInTheUK()
  if (sharedOn > todayInTheUK()) throw new CommandRefused('bad-value', 'A pair cannot be recorded as shared on a date still to come.')
  await readPair(rooms, mapId, command.statementId)
  await rooms.withRoom(mapId, 'record', (room) =>
    room.changeAsServer((record) => recordPairShared(record, command.statementId, sharedOn)),
  )
}

/**
 * Records the pair as agreed by the sender, now, in the meeting running on the map (if one is),
 * with its words, once every part is filled and its safety network names an adult from the
 * family or their network. Agreeing words agreed already
 * changes nothing: that agreement stands. Agreeing words changed since is a new agreement, and
 * the record keeps the earlier one.
 */
export async function agreePair(rooms: Rooms, mapId: string, command: Command<'agree-pair'>, userId: string): Promise<void> {
  const { statement, people } = await readPair(rooms, mapId, command.statementId)
  await rooms.withRoom(mapId, 'record', async (room) => {
    // The children come from the record layer: they are never their own safety network.
    const lacks = whatPairLacks(statement, people, readSettings(room.doc)?.childIds ?? [])
    if (lacks.length > 0) {
      throw new CommandRefused('not-ready', `This statement and goal cannot be agreed yet. Still to add: ${inWords(lacks)}.`)
    }
    const meetingId = runningMeeting(readMeetings(room.doc))?.id ?? null
    const agreement = { byUserId: userId, at: new Date().toISOString(), meetingId, pair: agreedPairOf(statement) }
    return room.changeAsServer((record) => void recordPairAgreed(record, command.statementId, agreement))
  })
}

/** The statement as the server's shared layer holds it now, with the map's people. */
async function readPair(rooms: Rooms, mapId: string, statementId: string): Promise<{ statement: DangerStatement; people: Person[] }> {
  const found = await rooms.withRoom(mapId, 'shared', async (room) => ({
    statement: readDangerStatement(room.doc, statementId),
    people: readPeople(room.doc),
  }))
  if (found.statement === null) throw new CommandRefused('not-on-map', 'That statement is not on this map; it may have been deleted.')
  return { statement: found.statement, people: found.people }
}

/** Things still to add, as one phrase: "a; b; and c". */
export const inWords = (parts: string[]) => (parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join('; ')}; and ${parts.at(-1)}`)
