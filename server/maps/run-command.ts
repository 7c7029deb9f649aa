import { writeSettings } from '../../shared/model/case-map.js'
import type { MapCommand } from '../../shared/commands.js'
import type { CatalogueChange } from '../store/store.js'
import type { Rooms } from '../sync/rooms.js'

/**
 * Applies a server command to the map's record layer: on the live document (loaded for the
 * purpose if nobody has it open), under the server's origin. It reaches every client through
 * sync, and the catalogue changes in the same write as the document.
 */
export async function runCommand(rooms: Rooms, mapId: string, command: MapCommand): Promise<void> {
  const change: CatalogueChange =
    command.type === 'rename-map' ? { title: command.title } : { framework: command.framework }
  await rooms.withRoom(mapId, 'record', (room) => room.changeAsServer((record) => writeSettings(record, change), change))
}
