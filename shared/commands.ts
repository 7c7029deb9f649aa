import { z } from 'zod'
import { Framework } from './framework.js'
import { MapSettings } from './model/schema.js'

/**
 * Server commands: changes only the server may make, to the `record` layer. A client sends one to
 * `POST /api/maps/<mapId>/commands`; the server validates it, asks the policy, and applies it.
 */
export const MapCommand = z.discriminatedUnion('type', [
  z.object({ type: z.literal('rename-map'), title: MapSettings.shape.title }).strict(),
  z.object({ type: z.literal('set-framework'), framework: Framework }).strict(),
])
export type MapCommand = z.infer<typeof MapCommand>
export type MapCommandType = MapCommand['type']
