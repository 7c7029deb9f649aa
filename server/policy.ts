import type { Layer } from '../shared/model/schema.js'
import type { MapRole, Store } from './store/store.js'

/**
 * The one place that decides who may do what. Routes, the sync upgrade, open sync sockets and
 * server commands all ask `can`; nothing else decides access.
 *
 * - owner: everything on the map, including its members.
 * - professional: reads every layer, edits the shared and professional layers, runs commands
 *   (rename, framework), because professionals run the meeting as much as owners do.
 * - observer: reads every layer, changes nothing.
 * - The record layer is never written by a client; the server writes it through commands.
 * - Being an administrator gives no access to any map: access to a case follows need to know,
 *   recorded as membership.
 */
export type MapAction = 'map:open' | 'map:manage-members' | 'map:command' | 'layer:read' | 'layer:write'
export type AccountAction = 'account:create'

export interface Actor {
  id: string
  isAdmin: boolean
}

export function roleAllows(role: MapRole | null, action: MapAction, layer?: Layer): boolean {
  if (role === null) return false
  switch (action) {
    case 'map:open':
    case 'layer:read':
      return true
    case 'map:manage-members':
      return role === 'owner'
    case 'map:command':
      return role === 'owner' || role === 'professional'
    case 'layer:write':
      return layer !== undefined && layer !== 'record' && role !== 'observer'
  }
}

export class Policy {
  constructor(private readonly store: Store) {}

  can(actor: Actor, action: AccountAction): Promise<boolean>
  can(actor: Actor, action: MapAction, mapId: string, layer?: Layer): Promise<boolean>
  async can(actor: Actor, action: MapAction | AccountAction, mapId?: string, layer?: Layer): Promise<boolean> {
    if (action === 'account:create') return actor.isAdmin
    if (mapId === undefined) return false
    return roleAllows(await this.store.catalogue.roleOf(mapId, actor.id), action, layer)
  }
}
