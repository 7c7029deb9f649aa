import type { Audience } from '../../shared/audience'
import type { Framework } from '../../shared/framework'
import type { MapDocuments } from '../../shared/model'
import type { MapAccess } from '../http/contract'
import type { PresenceUser } from '../session/SessionContext'
import type { MapProviders } from './useMapDocuments'

/** The props client/canvas/CanvasView.tsx receives from the map page. */
export interface CanvasViewProps {
  docs: MapDocuments
  providers: MapProviders
  access: MapAccess
  user: PresenceUser
  framework: Framework
  /** The family audience words the map's domains plainly. */
  audience: Audience
  /** tldraw's licence key from the session; absent when the server has none. */
  licenseKey?: string
}
