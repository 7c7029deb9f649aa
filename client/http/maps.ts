import type { Audience } from '../../shared/audience'
import type { Framework } from '../../shared/framework'
import type { MapCommand } from '../../shared/commands'
import { request } from './request'
import type { MapRole } from '../../shared/map-roles'
import { CommandDone, CreatedMap, MapInfo, MapList, MemberList } from './contract'

export const mapPath = (mapId: string) => `/api/maps/${encodeURIComponent(mapId)}`

export const listMaps = () => request('GET', '/api/maps', { schema: MapList })

export const createMap = (map: { title: string; framework: Framework; children: { name: string }[] }) =>
  request('POST', '/api/maps', { body: map, schema: CreatedMap })

export const fetchMap = (mapId: string) => request('GET', mapPath(mapId), { schema: MapInfo })

export const listMembers = (mapId: string) => request('GET', `${mapPath(mapId)}/members`, { schema: MemberList })

export const putMember = (mapId: string, email: string, role: MapRole) =>
  request('PUT', `${mapPath(mapId)}/members`, { body: { email, role }, schema: MemberList })

export const removeMember = (mapId: string, userId: string) =>
  request('DELETE', `${mapPath(mapId)}/members/${encodeURIComponent(userId)}`)

/** Title and framework change only through the server; the change comes back through sync. */
export const sendMapCommand = (mapId: string, command: MapCommand) =>
  request('POST', `${mapPath(mapId)}/commands`, { body: command, schema: CommandDone })

/** Records that this screen now shows the map to the family and network, or to professionals again. */
export const recordAudienceSwitch = (mapId: string, audience: Audience) =>
  request('POST', `${mapPath(mapId)}/audience`, { body: { audience }, schema: CommandDone })
