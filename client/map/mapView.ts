import { useOutletContext } from 'react-router'
import type { Framework } from '../../shared/framework'
import type { MapDocuments, MapSettings } from '../../shared/model'
import type { MapAccess } from '../http/contract'
import type { Audience } from '../../shared/audience'
import type { AccessRole } from '../../shared/map-roles'
import type { PresenceUser } from '../session/SessionContext'
import type { MapProviders } from './useMapDocuments'

/** What the map page hands to its views (canvas, three columns, analysis): the same open documents. */
export interface MapViewContext {
  mapId: string
  docs: MapDocuments
  providers: MapProviders
  /** The layers this person may edit or read; everything reads as 'read' once the server closed the map. */
  access: MapAccess
  /** This person's role on the map: observers and managers read; owners and professionals also
   * run commands; participants are the family and network. */
  role: AccessRole
  user: PresenceUser
  framework: Framework
  settings: MapSettings | null
  /** Staff names by user id, for saying who did something. */
  memberNames: ReadonlyMap<string, string>
  /** Who the screen is showing to: the family audience has plain words and no professional layer. */
  audience: Audience
}

export const useMapView = () => useOutletContext<MapViewContext>()

/**
 * The views a map page has, by their path under `/maps/:mapId` ('' is the canvas). A view that
 * links to or follows another asks here first: add a view's path when its route is added.
 */
export const MAP_VIEWS: ReadonlySet<string> = new Set(['', 'columns', 'analysis', 'scaling', 'plan', 'network', 'meeting'])
