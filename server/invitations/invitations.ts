import type { InvitationRow, Store } from '../store/store.js'
import { invitationLive } from '../auth/sessions.js'
import { hashToken, randomToken } from '../auth/tokens.js'

/** A link lasts a week unless the practitioner chooses otherwise: long enough to reach a family
 * before a meeting, short enough that a forwarded message stops working. */
export const DEFAULT_INVITATION_DAYS = 7
export const MAX_INVITATION_DAYS = 28
const DAY_MS = 24 * 60 * 60_000

export type InvitationState = 'waiting' | 'in-use' | 'expired' | 'withdrawn'

/** What staff see of an invitation: never its token, which exists only in the link. */
export interface InvitationView {
  id: string
  personId: string
  createdBy: string
  createdAt: string
  expiresAt: string
  firstUsedAt: string | null
  state: InvitationState
}

export function invitationState(invitation: InvitationRow, now: number): InvitationState {
  if (invitation.revokedAt !== null) return 'withdrawn'
  if (invitation.expiresAt <= now) return 'expired'
  return invitation.firstUsedAt === null ? 'waiting' : 'in-use'
}

const iso = (time: number | null) => (time === null ? null : new Date(time).toISOString())

export const invitationView = (invitation: InvitationRow, now: number): InvitationView => ({
  id: invitation.id,
  personId: invitation.personId,
  createdBy: invitation.createdBy,
  createdAt: iso(invitation.createdAt)!,
  expiresAt: iso(invitation.expiresAt)!,
  firstUsedAt: iso(invitation.firstUsedAt),
  state: invitationState(invitation, now),
})

/** Makes an invitation and returns it with the token for its link; only the token's hash is kept. */
export async function createInvitation(
  store: Store,
  invite: { mapId: string; personId: string; createdBy: string; days: number },
  now: number,
): Promise<{ invitation: InvitationRow; token: string }> {
  const token = randomToken()
  const invitation: InvitationRow = {
    id: crypto.randomUUID(),
    mapId: invite.mapId,
    personId: invite.personId,
    tokenHash: hashToken(token),
    createdBy: invite.createdBy,
    createdAt: now,
    expiresAt: now + invite.days * DAY_MS,
    revokedAt: null,
    firstUsedAt: null,
    deviceHash: null,
  }
  await store.invitations.create(invitation)
  return { invitation, token }
}

export type Redemption =
  | { ok: true; invitation: InvitationRow; firstUse: boolean }
  | { ok: false; reason: 'unknown' | 'expired' | 'revoked' | 'other-device'; invitation: InvitationRow | null }

/**
 * Opens an invitation link on a device. The first device to open it keeps it: a link forwarded
 * to someone else, or copied from a shared phone, lets nobody else in.
 */
export async function redeemInvitation(store: Store, token: string, deviceToken: string, now: number): Promise<Redemption> {
  const invitation = await store.invitations.findByTokenHash(hashToken(token))
  if (!invitation) return { ok: false, reason: 'unknown', invitation: null }
  if (invitation.revokedAt !== null) return { ok: false, reason: 'revoked', invitation }
  if (!invitationLive(invitation, now)) return { ok: false, reason: 'expired', invitation }
  const firstUse = invitation.deviceHash === null
  if (!(await store.invitations.claim(invitation.id, hashToken(deviceToken), now))) return { ok: false, reason: 'other-device', invitation }
  return { ok: true, invitation, firstUse }
}

export const REFUSAL_WORDS: Record<Exclude<Redemption, { ok: true }>['reason'], { status: 403 | 404 | 410; message: string }> = {
  unknown: { status: 404, message: 'This invitation link is not valid. Check that the whole link was copied, or ask the worker who sent it for a new one.' },
  expired: { status: 410, message: 'This invitation link has expired. Ask the worker who sent it for a new one.' },
  revoked: { status: 410, message: 'This invitation has been withdrawn. Ask the worker who sent it if you think this is a mistake.' },
  'other-device': {
    status: 403,
    message: 'This invitation has already been opened on another device, and works only there. Ask the worker who sent it for a new link for this device.',
  },
}
