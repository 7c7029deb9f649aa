import { writeSettings } from '../../shared/model/case-map.js'
import type { MapCommand } from '../../shared/commands.js'
import type { Rooms } from '../sync/rooms.js'
import { moveCardBetweenLayers } from './move-between-layers.js'
import { agreePair, sharePair } from './pair-commands.js'

/** Who sends a command: the server records them where a command records a person. */
export interface CommandSender {
  userId: string
}

/**
 * Applies a server command to the map's record layer (moving a card: to its two card layers): on
 * the live document (loaded for the purpose if nobody has it open), under the server's origin. It reaches every client through
 * sync, and a catalogue change (title, framework) lands in the same write as the document.
 * Throws `CommandRefused` when the map's state does not allow the command.
 */
export async function runCommand(rooms: Rooms, mapId: string, command: MapCommand, sender: CommandSender): Promise<void> {
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
      return agreePair(rooms, mapId, command, sender)
    case 'move-card-to-layer':
      return moveCardBetweenLayers(rooms, mapId, command)
  }
}
