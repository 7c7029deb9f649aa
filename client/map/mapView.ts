import { useOutletContext } from 'react-router'
import type { Framework } from '../../shared/framework'
import type { MapDocuments, MapSettings } from '../../shared/model'
import type { MapAccess } from '../http/contract'
import type { MapRole } from '../../shared/map-roles'
import type { PresenceUser } from '../session/SessionContext'
import type { MapProviders } from './useMapDocuments'

/** What the map page hands to its views (canvas, three columns, analysis): the same open documents. */
export interface MapViewContext {
  mapId: string
  docs: MapDocuments
  providers: MapProviders
  /** The layers this person may edit or read; everything reads as 'read' once the server closed the map. */
  access: MapAccess
  /** This person's role on the map: observers read; owners and professionals also run commands. */
  role: MapRole
  user: PresenceUser
  framework: Framework
  settings: MapSettings | null
  /** Staff names by user id, for saying who did something. */
  memberNames: ReadonlyMap<string, string>
}

export const useMapView = () => useOutletContext<MapViewContext>()
