import { readPeople, readSettings } from '../../shared/model/case-map.js'
import { comparedCheckpoints } from '../../shared/model/checkpoint.js'
import { newId, now } from '../../shared/model/ids.js'
import { familyReading, readMapReading, type MapReading } from '../../shared/model/map-reading.js'
import { mapChanges, recordedChanges } from '../../shared/model/map-changes.js'
import { agendaFor, stepLabel } from '../../shared/model/meeting-agenda.js'
import { checkpointName, isRunning, readMeeting, writeMeeting, type Meeting, type MeetingFlow } from '../../shared/model/meetings.js'
import type { MapCommand } from '../../shared/commands.js'
import type { Store } from '../store/store.js'
import type { Rooms } from '../sync/rooms.js'
import type { Room } from '../sync/room.js'
import { CommandRefused } from './command-refused.js'
import { oneAtATime } from './one-at-a-time.js'
import { assertOnMap } from './scaling-records.js'
import { readCheckpoint, saveCheckpoint } from './checkpoints.js'

type Command<T extends MapCommand['type']> = Extract<MapCommand, { type: T }>
interface Context {
  rooms: Rooms
  store: Store
}

/**
 * Meetings run on screen: starting one on its agenda's first step, moving it on, timers, best
 * questions, closing it (which saves a checkpoint) and putting "what changed since the last
 * meeting" into its record. The flow is in the record layer, which every viewer has, so every
 * device follows it and one that reconnects finds the meeting where it is. Commands on one map's
 * meetings run one at a time: of two facilitators moving at once, the first wins and the second,
 * who was looking at a step that is no longer the meeting's, is told so.
 */
const meetingsOf = (mapId: string) => `meetings:${mapId}`

export async function startMeeting(rooms: Rooms, mapId: string, command: Command<'start-meeting'>, userId: string): Promise<{ meetingId: string }> {
  await assertOnMap(rooms, mapId, [command.facilitator, ...command.present])
  const startedAt = now()
  const meeting: Meeting = {
    id: newId(),
    type: command.meetingType,
    date: command.date,
    facilitator: command.facilitator,
    present: command.present,
    startedBy: userId,
    startedAt,
    flow: { step: agendaFor(command.meetingType)[0], stepStartedAt: startedAt, movedBy: userId, timers: {} },
  }
  await rooms.withRoom(mapId, 'record', (room) => room.changeAsServer((record) => writeMeeting(record, meeting)))
  return { meetingId: meeting.id }
}

export function moveMeetingStep(context: Context, mapId: string, command: Command<'move-meeting-step'>, userId: string): Promise<void> {
  return changeFlow(context, mapId, command.meetingId, async (meeting, room) => {
    const agenda = agendaFor(meeting.type)
    if (!agenda.includes(command.toStep)) throw new CommandRefused('bad-value', 'That step is not on this meeting’s agenda.')
    const { flow } = meeting
    if (flow.step !== command.fromStep) {
      const who = await staffName(context, mapId, flow.movedBy)
      const where = stepLabel(flow.step, readSettings(room.doc)?.framework ?? 'safety', 'professional')
      const onOrBack = agenda.indexOf(flow.step) > agenda.indexOf(command.fromStep) ? 'on to' : 'back to'
      throw new CommandRefused('not-ready', `${who} moved the meeting ${onOrBack} “${where}” already.`)
    }
    if (flow.step === command.toStep) return null
    return { ...flow, step: command.toStep, stepStartedAt: now(), movedBy: userId }
  })
}

export function setStepTimer(context: Context, mapId: string, command: Command<'set-step-timer'>): Promise<void> {
  return changeFlow(context, mapId, command.meetingId, async (meeting) => {
    if (!agendaFor(meeting.type).includes(command.step)) throw new CommandRefused('bad-value', 'That step is not on this meeting’s agenda.')
    const { [command.step]: _replaced, ...others } = meeting.flow.timers
    return { ...meeting.flow, timers: command.minutes === null ? others : { ...others, [command.step]: command.minutes } }
  })
}

export function addBestQuestion(context: Context, mapId: string, command: Command<'add-best-question'>, userId: string): Promise<{ questionId: string }> {
  return oneAtATime(meetingsOf(mapId), () =>
    context.rooms.withRoom(mapId, 'record', async (room) => {
      const meeting = runningMeeting(room, command.meetingId)
      if (!agendaFor(meeting.type).includes('best-questions')) throw new CommandRefused('not-ready', 'Best questions belong to group supervision.')
      if ((meeting.bestQuestions ?? []).length >= 200) throw new CommandRefused('not-ready', 'This meeting has 200 best questions already.')
      const question = { id: newId(), text: command.text, byUserId: userId, at: now() }
      await room.changeAsServer((record) => writeMeeting(record, { ...meeting, bestQuestions: [...(meeting.bestQuestions ?? []), question] }))
      return { questionId: question.id }
    }),
  )
}

/**
 * Closes a meeting and saves the map as it is now as a checkpoint named after it. The copy is
 * saved before the meeting is marked closed: if the server stops between the two, closing again
 * finds the copy and uses it rather than making a second.
 */
export function closeMeeting(context: Context, mapId: string, command: Command<'close-meeting'>, userId: string): Promise<{ checkpointId: string }> {
  return oneAtATime(meetingsOf(mapId), async () => {
    const meeting = await context.rooms.withRoom(mapId, 'record', async (room) => existingMeeting(room, command.meetingId))
    if (meeting.closed) throw new CommandRefused('not-ready', 'This meeting has been closed already.')
    const saved = (await context.store.checkpoints.list(mapId)).find((checkpoint) => checkpoint.meetingId === meeting.id)
    const checkpoint = saved ?? (await saveCheckpoint(context, mapId, { name: checkpointName(meeting), meetingId: meeting.id, createdBy: userId }))
    await context.rooms.withRoom(mapId, 'record', async (room) => {
      const latest = existingMeeting(room, meeting.id)
      await room.changeAsServer((record) => writeMeeting(record, { ...latest, closed: { at: now(), byUserId: userId, checkpointId: checkpoint.id } }))
    })
    return { checkpointId: checkpoint.id }
  })
}

/**
 * Puts into the meeting's record what changed since the meeting before: counted over what the
 * family may see, because the record layer reaches the family.
 */
export function recordMeetingChanges(context: Context, mapId: string, command: Command<'record-meeting-changes'>, userId: string): Promise<void> {
  return oneAtATime(meetingsOf(mapId), async () => {
    const meeting = await context.rooms.withRoom(mapId, 'record', async (room) => existingMeeting(room, command.meetingId))
    const { before, after } = comparedCheckpoints(await context.store.checkpoints.list(mapId), meeting)
    if (!before) throw new CommandRefused('not-ready', 'There is no copy of the map from an earlier meeting to compare with.')
    const earlier = await checkpointReading(context.store, mapId, before.id)
    const later = after ? await checkpointReading(context.store, mapId, after.id) : await liveFamilyReading(context.rooms, mapId)
    const changes = recordedChanges(mapChanges(earlier, later), before.id, userId, now())
    await context.rooms.withRoom(mapId, 'record', async (room) => {
      const latest = existingMeeting(room, meeting.id)
      await room.changeAsServer((record) => writeMeeting(record, { ...latest, changes }))
    })
  })
}

/** Runs a change to a running meeting's flow, one at a time; `change` returns the new flow, or null for none. */
function changeFlow(context: Context, mapId: string, meetingId: string, change: (meeting: Meeting & { flow: MeetingFlow }, room: Room) => Promise<MeetingFlow | null>): Promise<void> {
  return oneAtATime(meetingsOf(mapId), () =>
    context.rooms.withRoom(mapId, 'record', async (room) => {
      const flow = await change(runningMeeting(room, meetingId), room)
      if (flow === null) return
      // Read again: `change` may have waited, and the meeting is written whole.
      const latest = runningMeeting(room, meetingId)
      await room.changeAsServer((record) => writeMeeting(record, { ...latest, flow }))
    }),
  )
}

function existingMeeting(room: Room, meetingId: string): Meeting {
  const meeting = readMeeting(room.doc, meetingId)
  if (meeting === null) throw new CommandRefused('not-on-map', 'That meeting is not on this map.')
  return meeting
}

function runningMeeting(room: Room, meetingId: string): Meeting & { flow: MeetingFlow } {
  const meeting = existingMeeting(room, meetingId)
  if (meeting.closed) throw new CommandRefused('not-ready', 'This meeting has been closed.')
  if (!isRunning(meeting)) throw new CommandRefused('not-ready', 'This meeting was recorded without an agenda on screen.')
  return meeting
}

/** A member of staff as the map names them, else by their account, for saying who did something. */
async function staffName(context: Context, mapId: string, userId: string): Promise<string> {
  const person = await context.rooms.withRoom(mapId, 'shared', async (room) => readPeople(room.doc).find((candidate) => candidate.userId === userId))
  return person?.name ?? (await context.store.accounts.findById(userId))?.name ?? 'Someone else'
}

async function checkpointReading(store: Store, mapId: string, checkpointId: string): Promise<MapReading> {
  const read = await readCheckpoint(store, mapId, checkpointId, 'family')
  if (!read) throw new Error(`checkpoint ${checkpointId} is listed but cannot be found`)
  return read.reading
}

function liveFamilyReading(rooms: Rooms, mapId: string): Promise<MapReading> {
  return rooms.withRoom(mapId, 'shared', (shared) => rooms.withRoom(mapId, 'record', async (record) => familyReading(readMapReading({ shared: shared.doc, record: record.doc }))))
}
