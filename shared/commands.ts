import { z } from 'zod'
import { Framework } from './framework.js'
import { CalendarDate, Id, MapSettings } from './model/schema.js'

/**
 * Server commands: changes only the server may make, to the `record` layer or across layers. A
 * client sends one to `POST /api/maps/<mapId>/commands`; the server validates it, asks the
 * policy, and applies it.
 */
export const MapCommand = z.discriminatedUnion('type', [
  z.object({ type: z.literal('rename-map'), title: MapSettings.shape.title }).strict(),
  z.object({ type: z.literal('set-framework'), framework: Framework }).strict(),
  /** The statement and goal pair was shared with the family: on `sharedOn` (ISO), today if absent. */
  z.object({ type: z.literal('share-pair'), statementId: Id, sharedOn: CalendarDate.optional() }).strict(),
  /**
   * The pair was agreed, by the person sending this, now. Refused while a part is missing. Which
   * meeting it was agreed in joins when meetings exist; until then the record says none.
   */
  z.object({ type: z.literal('agree-pair'), statementId: Id }).strict(),
  /**
   * Moves a card, with its text and place on the canvas, between the part the family sees and the
   * professionals-only part: created in one, deleted from the other, by the server in one step.
   */
  z.object({ type: z.literal('move-card-to-layer'), cardId: Id, to: z.enum(['shared', 'professional']) }).strict(),
])
export type MapCommand = z.infer<typeof MapCommand>
export type MapCommandType = MapCommand['type']
