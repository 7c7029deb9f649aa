import { readPeople } from '../../shared/model/case-map.js'
import { newId, now } from '../../shared/model/ids.js'
import {
  answerKey,
  readScalingQuestion,
  readScalingRound,
  ScalingAnswer,
  withAnswer,
  withPeople,
  writeScalingRound,
  type ScalingRound,
} from '../../shared/model/scaling.js'
import { readMeeting, writeMeeting } from '../../shared/model/meetings.js'
import type { MapCommand } from '../../shared/commands.js'
import type { Store } from '../store/store.js'
import type { Rooms } from '../sync/rooms.js'
import type { Room } from '../sync/room.js'
import { CommandRefused } from './command-refused.js'
import { oneAtATime } from './one-at-a-time.js'
import { assertOnMap } from './scaling-records.js'
import type { CommandSender } from './run-command.js'

type Command<T extends MapCommand['type']> = Extract<MapCommand, { type: T }>
interface Context {
  rooms: Rooms
  store: Store
}

/**
 * Scaling rounds. In an open round each answer goes straight into the record layer. In a sealed
 * round the number and reason go to the server's sealed store only, the record layer learns just
 * that the person has answered, and the reveal writes every answer into the record at once. The
 * commands on one map's rounds run one at a time (`oneAtATime`), so a reveal sees every answer
 * given before it, and two reveals at once reveal once.
 */

export async function openScalingRound(rooms: Rooms, mapId: string, command: Command<'open-scaling-round'>, userId: string): Promise<{ roundId: string }> {
  const roundId = newId()
  await rooms.withRoom(mapId, 'record', async (room) => {
    if (readMeeting(room.doc, command.meetingId) === null) throw new CommandRefused('not-on-map', 'That meeting is not on this map.')
    const questions = [...new Set(command.questionIds)].map((id) => readScalingQuestion(room.doc, id))
    if (questions.some((question) => question === null)) throw new CommandRefused('not-on-map', 'A scaling question of this round is not on this map.')
    const round: ScalingRound = {
      id: roundId,
      meetingId: command.meetingId,
      questions: questions.filter((question) => question !== null),
      mode: command.mode,
      state: 'open',
      openedBy: userId,
      openedAt: now(),
      revealedAt: null,
      closedAt: null,
      answered: [],
      answers: [],
    }
    await room.changeAsServer((record) => writeScalingRound(record, round))
  })
  return { roundId }
}

/**
 * Records one answer. Returns it to whoever gave it when it is their own (so a sealed number is
 * echoed to its giver only); a number typed for someone else on a shared screen is never sent back.
 */
export function answerScaling(context: Context, mapId: string, command: Command<'answer-scaling'>, sender: CommandSender): Promise<{ answer?: ScalingAnswer }> {
  return oneAtATime(`scaling:${mapId}`, async () => {
    if (sender.kind === 'participant' && !('personId' in command.person && command.person.personId === sender.personId)) {
      throw new CommandRefused('not-yours', 'You can give your own number only. The facilitator can enter numbers for other people in the room.')
    }
    await assertOnMap(context.rooms, mapId, [command.person])
    const answer = ScalingAnswer.parse({
      questionId: command.questionId,
      person: command.person,
      score: command.score,
      reason: command.reason,
      enteredBy: sender.kind === 'staff' ? { userId: sender.userId } : { personId: sender.personId },
      at: now(),
    })
    await context.rooms.withRoom(mapId, 'record', async (room) => {
      const round = openRound(room, command.roundId)
      if (!round.questions.some((question) => question.id === command.questionId)) {
        throw new CommandRefused('not-on-map', 'That scaling question is not part of this round.')
      }
      if (round.mode === 'sealed') {
        await context.store.sealedAnswers.put({ mapId, roundId: round.id, answerKey: answerKey(answer.questionId, answer.person), answer: JSON.stringify(answer) })
      }
      const mark = { questionId: answer.questionId, person: answer.person, at: answer.at }
      const updated = { ...round, answered: withAnswer(round.answered, mark), ...(round.mode === 'open' && { answers: withAnswer(round.answers, answer) }) }
      const meeting = readMeeting(room.doc, round.meetingId)
      await room.changeAsServer((record) => {
        writeScalingRound(record, updated)
        if (meeting) writeMeeting(record, { ...meeting, present: withPeople(meeting.present, [answer.person]) })
      })
    })
    return isOwnAnswer(answer, sender, await accountsOfPeople(context.rooms, mapId)) ? { answer } : {}
  })
}

/** Writes a sealed round's answers into the record layer, once: a second reveal finds it revealed and writes nothing. */
export function revealScalingRound(context: Context, mapId: string, command: Command<'reveal-scaling-round'>): Promise<{ revealed: boolean }> {
  return oneAtATime(`scaling:${mapId}`, () =>
    context.rooms.withRoom(mapId, 'record', async (room) => {
      const round = existingRound(room, command.roundId)
      if (round.mode === 'open') throw new CommandRefused('not-ready', 'An open round shows its numbers as they are given: there is nothing to reveal.')
      if (round.state !== 'open') return { revealed: false }
      const sealed = await context.store.sealedAnswers.listForRound(mapId, round.id)
      const answers = sealed.flatMap((row) => {
        const parsed = ScalingAnswer.safeParse(JSON.parse(row.answer))
        return parsed.success ? [parsed.data] : []
      })
      await room.changeAsServer((record) => writeScalingRound(record, { ...round, state: 'revealed', revealedAt: now(), answers }))
      // Durable in the record now (changeAsServer waited for the disk): the record is their one home.
      await context.store.sealedAnswers.deleteRound(mapId, round.id)
      return { revealed: true }
    }),
  )
}

export function closeScalingRound(context: Context, mapId: string, command: Command<'close-scaling-round'>): Promise<void> {
  return oneAtATime(`scaling:${mapId}`, () =>
    context.rooms.withRoom(mapId, 'record', async (room) => {
      const round = existingRound(room, command.roundId)
      if (round.state === 'closed') return
      if (round.mode === 'sealed' && round.state === 'open') {
        throw new CommandRefused('not-ready', 'Reveal the numbers of this sealed round before closing it.')
      }
      await room.changeAsServer((record) => writeScalingRound(record, { ...round, state: 'closed', closedAt: now() }))
    }),
  )
}

/** The answers someone gave for themselves in a round: while a round is sealed, only they may see them. */
export async function myAnswers(context: Context, mapId: string, roundId: string, sender: CommandSender): Promise<ScalingAnswer[]> {
  const round = await context.rooms.withRoom(mapId, 'record', async (room) => readScalingRound(room.doc, roundId))
  if (round === null) throw new CommandRefused('not-on-map', 'That scaling round is not on this map.')
  const given =
    round.mode === 'sealed' && round.state === 'open'
      ? (await context.store.sealedAnswers.listForRound(mapId, roundId)).flatMap((row) => {
          const parsed = ScalingAnswer.safeParse(JSON.parse(row.answer))
          return parsed.success ? [parsed.data] : []
        })
      : round.answers
  const accountOf = await accountsOfPeople(context.rooms, mapId)
  return given.filter((answer) => isOwnAnswer(answer, sender, accountOf))
}

function existingRound(room: Room, roundId: string): ScalingRound {
  const round = readScalingRound(room.doc, roundId)
  if (round === null) throw new CommandRefused('not-on-map', 'That scaling round is not on this map.')
  return round
}

function openRound(room: Room, roundId: string): ScalingRound {
  const round = existingRound(room, roundId)
  if (round.state === 'closed') throw new CommandRefused('not-ready', 'This scaling round is closed: answers can no longer be given.')
  if (round.state === 'revealed') throw new CommandRefused('not-ready', 'The numbers of this round have been revealed: answers can no longer be given.')
  return round
}

/** Which staff account each person on the map is (null for family and network): read once, asked of many answers. */
async function accountsOfPeople(rooms: Rooms, mapId: string): Promise<ReadonlyMap<string, string | null>> {
  const people = await rooms.withRoom(mapId, 'shared', async (room) => readPeople(room.doc))
  return new Map(people.map((person) => [person.id, person.userId]))
}

/** An answer is someone's own when they gave it for themselves: a family member as their person, staff as the person who is their account. */
function isOwnAnswer(answer: ScalingAnswer, sender: CommandSender, accountOf: ReadonlyMap<string, string | null>): boolean {
  if (!('personId' in answer.person)) return false
  if (sender.kind === 'participant') return 'personId' in answer.enteredBy && answer.enteredBy.personId === sender.personId && answer.person.personId === sender.personId
  if (!('userId' in answer.enteredBy) || answer.enteredBy.userId !== sender.userId) return false
  return accountOf.get(answer.person.personId) === sender.userId
}
