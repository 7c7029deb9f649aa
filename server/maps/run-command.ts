import { writeSettings } from '../../shared/model/case-map.js'
import type { MapCommand } from '../../shared/commands.js'
import type { Store } from '../store/store.js'
import type { Rooms } from '../sync/rooms.js'
import { moveCardBetweenLayers } from './move-between-layers.js'
import { agreePair, sharePair } from './pair-commands.js'
import { agreeSafetyPlan, recordPlanCopyGiven } from './plan-commands.js'
import { defineScalingQuestion, editScalingQuestion, recordJudgement } from './scaling-records.js'
import { addBestQuestion, closeMeeting, moveMeetingStep, recordMeetingChanges, setStepTimer, startMeeting } from './meeting-commands.js'
import { answerScaling, closeScalingRound, openScalingRound, revealScalingRound } from './scaling-rounds.js'

/**
 * Who sends a command: the server records them where a command records a person. Staff by their
 * account; a family or network member (in through an invitation) by their person on the map.
 */
export type CommandSender = { kind: 'staff'; userId: string } | { kind: 'participant'; personId: string }

export interface CommandContext {
  rooms: Rooms
  store: Store
}

/** What a command tells its sender besides "done": the id of what it made, their own answer. */
export type CommandResult = Record<string, unknown>

/**
 * Applies a server command to the map's record layer (moving a card: to its two card layers): on
 * the live document (loaded for the purpose if nobody has it open), under the server's origin. It reaches every client through
 * sync, and a catalogue change (title, framework) lands in the same write as the document.
 * Throws `CommandRefused` when the map's state does not allow the command.
 */
export async function runCommand(context: CommandContext, mapId: string, command: MapCommand, sender: CommandSender): Promise<CommandResult | void> {
  const { rooms } = context
  switch (command.type) {
    case 'rename-map':
    case 'set-framework': {
      const change = command.type === 'rename-map' ? { title: command.title } : { framework: command.framework }
      await rooms.withRoom(mapId, 'record', (room) => room.changeAsServer((record) => writeSettings(record, change), change))
      return
    }
    case 'share-pair':
      return sharePair(rooms, mapId, command)
    case 'agree-pair':
      return agreePair(rooms, mapId, command, staffId(sender))
    case 'move-card-to-layer':
      return moveCardBetweenLayers(rooms, mapId, command)
    case 'define-scaling-question':
      return defineScalingQuestion(rooms, mapId, command)
    case 'edit-scaling-question':
      return editScalingQuestion(rooms, mapId, command)
    case 'start-meeting':
      return startMeeting(rooms, mapId, command, staffId(sender))
    case 'move-meeting-step':
      return moveMeetingStep(context, mapId, command, staffId(sender))
    case 'set-step-timer':
      return setStepTimer(context, mapId, command)
    case 'add-best-question':
      return addBestQuestion(context, mapId, command, staffId(sender))
    case 'close-meeting':
      return closeMeeting(context, mapId, command, staffId(sender))
    case 'record-meeting-changes':
      return recordMeetingChanges(context, mapId, command, staffId(sender))
    case 'open-scaling-round':
      return openScalingRound(rooms, mapId, command, staffId(sender))
    case 'answer-scaling':
      return answerScaling(context, mapId, command, sender)
    case 'reveal-scaling-round':
      return revealScalingRound(context, mapId, command)
    case 'close-scaling-round':
      return closeScalingRound(context, mapId, command)
    case 'record-judgement':
      return recordJudgement(rooms, mapId, command, staffId(sender))
    case 'agree-safety-plan':
      return agreeSafetyPlan(rooms, mapId, staffId(sender))
    case 'record-plan-copy':
      return recordPlanCopyGiven(rooms, mapId, command, staffId(sender))
  }
}

/** The account behind a staff-only command. The policy refused everyone else before this runs. */
function staffId(sender: CommandSender): string {
  if (sender.kind !== 'staff') throw new Error('a staff-only command reached the server from a participant')
  return sender.userId
}
