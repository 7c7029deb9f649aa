import type { Logger } from '../log.js'
import type { CouncilSignIn } from '../auth/oidc.js'
import type { Policy } from '../policy.js'
import type { Sessions } from '../auth/sessions.js'
import type { SignInLockout } from '../auth/lockout.js'
import type { Store } from '../store/store.js'
import type { Rooms } from '../sync/rooms.js'
import type { SyncAccess } from '../sync/sync-access.js'
import type { TemplateSet } from '../export/templates.js'

/** What the HTTP routes work with, built once by `startKinmap`. */
export interface AppContext {
  store: Store
  sessions: Sessions
  policy: Policy
  lockout: SignInLockout
  rooms: Rooms
  syncAccess: SyncAccess
  log: Logger
  tldrawLicenseKey: string | null
  /** The public origin, known once the server is listening. */
  origin(): string
  secureCookies(): boolean
  clientDir: string
  signInLimit: { max: number; timeWindowMs: number }
  /** Council sign-in with OpenID Connect; null when the environment does not configure it. */
  councilSignIn: CouncilSignIn | null
  /** Export templates: Kinmap's and the council's own, validated at start-up. */
  exportTemplates: TemplateSet
}
