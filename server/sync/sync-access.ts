import { CLOSE_CODES } from '../../shared/sync-protocol.js'
import type { Logger } from '../log.js'
import type { Policy } from '../policy.js'
import type { Sessions } from '../auth/sessions.js'
import type { Connection } from './connection.js'
import { type Rooms } from './rooms.js'

/**
 * Keeps open sync sockets in line with access as it changes: a removed member, a changed role,
 * a signed-out or expired session. Access is decided by the policy, asked again here.
 */
export class SyncAccess {
  private sweeper: NodeJS.Timeout | null = null

  constructor(
    private readonly rooms: Rooms,
    private readonly policy: Policy,
    private readonly sessions: Sessions,
    private readonly log: Logger,
  ) {}

  /**
   * After a change of access (a membership, a team, an invitation revoked): closes at once the
   * sockets the actor may no longer have, and with 4000 those whose rights changed.
   */
  async reviewAccess(mapId: string, actorId: string): Promise<void> {
    const open = this.rooms.connections((connection) => connection.room.mapId === mapId && connection.identity.actor.id === actorId)
    for (const connection of open) {
      const actor = await this.currentActor(connection.identity.sessionId)
      if (!actor) {
        connection.close(CLOSE_CODES.sessionEnded, 'Your session has ended.')
        continue
      }
      const layer = connection.room.layer
      if (!(await this.policy.can(actor, 'layer:read', mapId, layer))) {
        connection.close(CLOSE_CODES.accessRemoved, 'You no longer have access to this map.')
      } else if ((await this.policy.can(actor, 'layer:write', mapId, layer)) !== connection.canWrite) {
        // Reconnecting gives the socket its new rights; the client also learns to re-read them.
        connection.close(CLOSE_CODES.rightsChanged, 'Your role on this map has changed.')
      }
    }
    if (open.length > 0) this.log.info({ mapId, actorId, sockets: open.length }, 'sync access reviewed')
  }

  /** The actor as their session says now (a team or admin change is seen at once); null once it has ended. */
  private async currentActor(sessionId: string) {
    return (await this.sessions.keepAlive(sessionId))?.actor ?? null
  }

  /** An invitation withdrawn: its family member's sockets close at once, with the reason. */
  invitationWithdrawn(invitationId: string): void {
    const open = this.rooms.connections((connection) => connection.identity.actor.kind === 'participant' && connection.identity.actor.id === invitationId)
    for (const connection of open) connection.close(CLOSE_CODES.accessRemoved, 'Your invitation to this map has been withdrawn.')
  }

  sessionEnded(sessionId: string): void {
    for (const connection of this.rooms.connections((connection) => connection.identity.sessionId === sessionId)) {
      connection.close(CLOSE_CODES.sessionEnded, 'You have signed out.')
    }
  }

  /**
   * Every so often: an open map counts as use of its session; an ended session closes its sockets;
   * and access is asked again, so a change made outside this process (a team change from the CLI)
   * closes what it must within one sweep.
   */
  startSweeping(everyMs: number): void {
    this.sweeper = setInterval(() => {
      this.sweep().catch((error) => this.log.error({ err: error }, 'session sweep failed'))
    }, everyMs)
    this.sweeper.unref()
  }

  stopSweeping(): void {
    if (this.sweeper) clearInterval(this.sweeper)
    this.sweeper = null
  }

  private async sweep() {
    const bySession = new Map<string, Connection[]>()
    for (const connection of this.rooms.connections()) {
      const { sessionId } = connection.identity
      bySession.set(sessionId, [...(bySession.get(sessionId) ?? []), connection])
    }
    for (const [sessionId, connections] of bySession) {
      const signedIn = await this.sessions.keepAlive(sessionId)
      for (const connection of connections) {
        if (!signedIn) connection.close(CLOSE_CODES.sessionEnded, 'Your session has ended. Sign in again.')
        else if (!(await this.policy.can(signedIn.actor, 'layer:read', connection.room.mapId, connection.room.layer))) {
          connection.close(CLOSE_CODES.accessRemoved, 'You no longer have access to this map.')
        }
      }
    }
    await this.sessions.sweepExpired()
  }
}
