import { readCard } from '../../shared/model/case-map.js'
import { canvasRecordsOfCard, copyCardBetweenLayers, removeMovedCard } from '../../shared/model/card-between-layers.js'
import type { CardLayer } from '../../shared/model/layers.js'
import type { MapCommand } from '../../shared/commands.js'
import type { Rooms } from '../sync/rooms.js'
import { CommandRefused } from './command-refused.js'

type MoveCard = Extract<MapCommand, { type: 'move-card-to-layer' }>

/**
 * Moves a card between the part of the map the family sees and the professionals-only part: the
 * card, its text and its place on the canvas are created in the target layer and deleted from the
 * source, under the server's origin (each room mirrors its write into its layer guard's probe).
 * Both writes happen in the same turn of the event loop after the read, so no edit can land on
 * the card in between; the copy is written before the original goes, so a crash between the two
 * writes can leave a card twice, never lose it. Third-party information never enters the shared
 * layer: the family must not receive it.
 */
export async function moveCardBetweenLayers(rooms: Rooms, mapId: string, command: MoveCard): Promise<void> {
  const to: CardLayer = command.to
  const from: CardLayer = to === 'shared' ? 'professional' : 'shared'
  await rooms.withRoom(mapId, from, (source) =>
    rooms.withRoom(mapId, to, async (target) => {
      const card = readCard(source.doc, from, command.cardId)
      if (card === null) {
        const where = to === 'shared' ? 'professionals-only part' : 'part the family sees'
        throw new CommandRefused('not-on-map', `That card is not in the ${where} of this map; it may have been moved or deleted.`)
      }
      if (card.knowledge === 'thirdParty' && to === 'shared') {
        throw new CommandRefused('bad-value', 'Third-party information stays with professionals: it cannot be shared with the family.')
      }
      const records = canvasRecordsOfCard(source.doc, card.id, to)
      let copied: string[] | null = null
      // changeAsServer writes before its first await: `copied` is set now if the copy was made.
      const created = target.changeAsServer((doc) => void (copied = copyCardBetweenLayers(source.doc, doc, to, card.id, records)))
      if (copied === null) return created
      const removed = source.changeAsServer((doc) => removeMovedCard(doc, card.id, copied!))
      await Promise.all([created, removed])
    }),
  )
}
