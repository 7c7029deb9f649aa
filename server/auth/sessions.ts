import { staffActor, type Participant, type Staff } from '../policy.js'
import type { InvitationRow, ParticipantSessionRow, SessionRow, Store, UserRow } from '../store/store.js'
import { hashToken, randomToken } from './tokens.js'

export const SESSION_COOKIE = 'kinmap_session'

/**
 * A session ends after 12 hours without use (a working day plus slack, so a shared office
 * computer left signed in overnight is signed out by morning) and 7 days after sign-in whatever
 * happens, so a stolen cookie has a bounded life.
 */
export const IDLE_MS = 12 * 60 * 60_000
export const ABSOLUTE_MS = 7 * 24 * 60 * 60_000
/** Use extends the idle expiry at most this often, so reading a map is not a stream of writes. */
const EXTEND_EVERY_MS = 5 * 60_000

/** A member of staff, signed in with their account. */
export interface StaffSignedIn {
  kind: 'staff'
  session: SessionRow
  user: UserRow
  actor: Staff
}

/** A family or network member, in through their invitation. */
export interface ParticipantSignedIn {
  kind: 'participant'
  session: ParticipantSessionRow
  invitation: InvitationRow
  actor: Participant
}

/** Who a session cookie speaks for. Both kinds share the cookie, so a browser is one person at a time. */
export type SignedIn = StaffSignedIn | ParticipantSignedIn

/** A participant's session lives while their invitation does, and never longer than a staff session. */
export const invitationLive = (invitation: InvitationRow, now: number) => invitation.revokedAt === null && invitation.expiresAt > now

export class Sessions {
  constructor(
    private readonly store: Store,
    private readonly now: () => number = Date.now,
  ) {}

  /** Returns the cookie's token; only its hash is stored. */
  async start(userId: string): Promise<{ token: string; session: SessionRow }> {
    const token = randomToken()
    const createdAt = this.now()
    const session = { id: hashToken(token), userId, csrfToken: randomToken(), createdAt, expiresAt: createdAt + IDLE_MS }
    await this.store.sessions.create(session)
    return { token, session }
  }

  /** A session for a family or network member who has opened their invitation on this device. */
  async startParticipant(invitation: InvitationRow): Promise<{ token: string; session: ParticipantSessionRow }> {
    const token = randomToken()
    const createdAt = this.now()
    const expiresAt = Math.min(createdAt + IDLE_MS, invitation.expiresAt)
    const session = { id: hashToken(token), invitationId: invitation.id, csrfToken: randomToken(), createdAt, expiresAt }
    await this.store.invitations.createSession(session)
    return { token, session }
  }

  /** The live session and its user for a cookie's token, sliding its idle expiry; null if none. */
  async resume(token: string | undefined): Promise<SignedIn | null> {
    return token ? this.keepAlive(hashToken(token)) : null
  }

  /** A session by its stored id if it has not ended, counting this as use of it. */
  async keepAlive(sessionId: string): Promise<SignedIn | null> {
    return (await this.keepStaffAlive(sessionId)) ?? (await this.keepParticipantAlive(sessionId))
  }

  private async keepStaffAlive(sessionId: string): Promise<StaffSignedIn | null> {
    const session = await this.store.sessions.find(sessionId)
    if (!session) return null
    const now = this.now()
    if (hasEnded(session, now)) {
      await this.store.sessions.delete(session.id)
      return null
    }
    const user = await this.store.accounts.findById(session.userId)
    if (!user) return null
    await slideIdleExpiry(session, now, Infinity, (next) => this.store.sessions.extend(session.id, next))
    return { kind: 'staff', session, user, actor: staffActor(user) }
  }

  private async keepParticipantAlive(sessionId: string): Promise<ParticipantSignedIn | null> {
    const session = await this.store.invitations.findSession(sessionId)
    if (!session) return null
    const now = this.now()
    const invitation = await this.store.invitations.find(session.invitationId)
    if (!invitation || !invitationLive(invitation, now) || hasEnded(session, now)) {
      await this.store.invitations.deleteSession(session.id)
      return null
    }
    await slideIdleExpiry(session, now, invitation.expiresAt, (next) => this.store.invitations.extendSession(session.id, next))
    const actor: Participant = { kind: 'participant', id: invitation.id, mapId: invitation.mapId, personId: invitation.personId }
    return { kind: 'participant', session, invitation, actor }
  }

  async end(signedIn: SignedIn): Promise<void> {
    if (signedIn.kind === 'staff') await this.store.sessions.delete(signedIn.session.id)
    else await this.store.invitations.deleteSession(signedIn.session.id)
  }

  async sweepExpired(): Promise<number> {
    const now = this.now()
    return (await this.store.sessions.deleteExpired(now)) + (await this.store.invitations.deleteExpiredSessions(now))
  }
}

interface Lifetime {
  createdAt: number
  expiresAt: number
}

/** Idle too long, or past the absolute limit since sign-in (or since the invitation was opened). */
const hasEnded = (session: Lifetime, now: number) => session.expiresAt <= now || session.createdAt + ABSOLUTE_MS <= now

/** Use moves the idle expiry on, never past the absolute limit nor `limit`, and at most every few minutes. */
async function slideIdleExpiry(session: Lifetime, now: number, limit: number, extend: (expiresAt: number) => Promise<void>) {
  const next = Math.min(now + IDLE_MS, session.createdAt + ABSOLUTE_MS, limit)
  if (next - session.expiresAt < EXTEND_EVERY_MS) return
  await extend(next)
  session.expiresAt = next
}

/**
 * SameSite=Strict: every request that needs the session comes from Kinmap's own pages (the page
 * shell itself is public), so Strict costs nothing and also keeps the cookie off cross-site
 * top-level navigations, which Lax would allow. No Max-Age: closing the browser forgets it, which
 * suits shared office computers; the server enforces the idle and absolute limits either way.
 */
export function sessionCookieOptions(secure: boolean) {
  return { httpOnly: true, sameSite: 'strict' as const, secure, path: '/' }
}
