import type { AddressInfo } from 'node:net'
import { fileURLToPath } from 'node:url'
import type pino from 'pino'
import { loadConfig, publicOrigin, usesSecureCookies, type KinmapConfig } from './config.js'
import { createLogger } from './log.js'
import { Policy } from './policy.js'
import { Sessions } from './auth/sessions.js'
import { SignInLockout } from './auth/lockout.js'
import { CouncilSignIn } from './auth/oidc.js'
import { prepareSetupLink } from './auth/setup-link.js'
import { buildApp } from './http/app.js'
import { openSqliteStore } from './store/sqlite/open-sqlite-store.js'
import type { Store } from './store/store.js'
import { Rooms } from './sync/rooms.js'
import { SyncAccess } from './sync/sync-access.js'
import { acceptSyncConnections } from './sync/upgrade.js'
import { participantName } from './invitations/participants.js'
import type { SignedIn } from './auth/sessions.js'
import { PersistenceTimings } from './sync/persistence-timings.js'
import { loadTemplates } from './export/templates.js'

export interface KinmapOptions extends Partial<KinmapConfig> {
  /** The built client; dist/client beside the repository root by default. */
  clientDir?: string
  /** How long a layer nobody has open stays loaded (30 s). */
  unloadAfterMs?: number
  /** Compact a layer into one snapshot after this many updates (500). */
  compactEvery?: number
  /** Where the first-run setup link is printed: standard output by default. */
  announce?: (line: string) => void
  logDestination?: pino.DestinationStream
  /** Record each update's time from arrival to disk, and log a summary on close. Off by default. */
  measurePersistence?: boolean
  signInLimit?: { max: number; timeWindowMs: number }
  /** How often open sync sockets are checked against their sessions (60 s). */
  sessionSweepMs?: number
}

export interface RunningKinmap {
  /** Where this process listens, e.g. http://127.0.0.1:41234 (what tests connect to). */
  url: string
  port: number
  /** The address people use; the setup link and the Origin check use it. */
  publicUrl: string
  store: Store
  rooms: Rooms
  close(): Promise<void>
}

const DEFAULT_CLIENT_DIR = fileURLToPath(new URL('../dist/client', import.meta.url))

/** Starts a whole Kinmap server: store, HTTP API, client files and sync, on one port. */
export async function startKinmap(options: KinmapOptions = {}): Promise<RunningKinmap> {
  const config: KinmapConfig = { ...loadConfig({}), ...definedOnly(options) }
  const log = createLogger(config.logLevel, options.logDestination)
  // A template that does not validate stops Kinmap here, naming the file and the field.
  const exportTemplates = loadTemplates(config.exportTemplatesDir)
  const store = openSqliteStore(config.dataDir)
  const timings = options.measurePersistence ? new PersistenceTimings() : null
  const rooms = new Rooms({
    store,
    log,
    compactEvery: options.compactEvery ?? 500,
    unloadAfterMs: options.unloadAfterMs ?? 30_000,
    measured: timings ? (ms) => timings.record(ms) : undefined,
  })
  const sessions = new Sessions(store)
  const policy = new Policy(store)
  const syncAccess = new SyncAccess(rooms, policy, sessions, log)
  let port = config.port
  const origin = () => publicOrigin(config, port)

  const app = await buildApp({
    store,
    sessions,
    policy,
    lockout: new SignInLockout(),
    rooms,
    syncAccess,
    log,
    tldrawLicenseKey: config.tldrawLicenseKey,
    origin,
    secureCookies: () => usesSecureCookies(config, origin()),
    clientDir: options.clientDir ?? DEFAULT_CLIENT_DIR,
    signInLimit: options.signInLimit ?? { max: 30, timeWindowMs: 60_000 },
    councilSignIn: config.oidc ? new CouncilSignIn(config.oidc, origin, log) : null,
    exportTemplates,
  })
  const nameOf = (signedIn: SignedIn) =>
    signedIn.kind === 'staff' ? Promise.resolve(signedIn.user.name) : participantName(rooms, signedIn.invitation.mapId, signedIn.invitation.personId)
  const wss = acceptSyncConnections({ server: app.server, sessions, policy, rooms, audit: store.audit, log, publicOrigin: origin, nameOf })
  try {
    await app.listen({ port: config.port, host: config.host })
  } catch (error) {
    await store.close()
    throw error
  }
  const address = app.server.address() as AddressInfo
  port = address.port
  syncAccess.startSweeping(options.sessionSweepMs ?? 60_000)

  const setupLink = await prepareSetupLink(store, origin())
  if (setupLink) (options.announce ?? ((line) => process.stdout.write(`${line}\n`)))(`First start: create the administrator at ${setupLink}`)

  let closing: Promise<void> | null = null
  return {
    url: `http://${listeningHost(address)}:${port}`,
    port,
    publicUrl: origin(),
    store,
    rooms,
    close: () =>
      (closing ??= (async () => {
        syncAccess.stopSweeping()
        await rooms.stop()
        // Sockets still upgrading when the rooms closed would hold the HTTP server open.
        for (const socket of wss.clients) socket.terminate()
        await app.close()
        if (timings) log.info(timings.summary(), 'persistence latency')
        await store.close()
      })()),
  }
}

function listeningHost(address: AddressInfo): string {
  if (address.address === '0.0.0.0') return '127.0.0.1'
  if (address.address === '::') return '[::1]'
  return address.family === 'IPv6' ? `[${address.address}]` : address.address
}

function definedOnly<T extends object>(options: T): Partial<T> {
  return Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined)) as Partial<T>
}
