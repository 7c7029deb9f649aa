import { request } from './request'
import { Redeemed, Session, SetupDone, SetupNeeded, StaffSession } from './contract'

export const fetchSession = () => request('GET', '/api/session', { schema: Session, expectUnauthorised: true })

export const signIn = (email: string, password: string) =>
  request('POST', '/api/session', { body: { email, password }, schema: StaffSession, expectUnauthorised: true })

export const signOut = () => request('DELETE', '/api/session')

export const fetchSetupNeeded = () => request('GET', '/api/setup', { schema: SetupNeeded })

export const completeSetup = (setup: { token: string; name: string; email: string; password: string }) =>
  request('POST', '/api/setup', { body: setup, schema: SetupDone })

/** Opens a family or network member's invitation on this device; the server sets the session cookie. */
export const redeemInvitation = (token: string) =>
  request('POST', '/api/invitations/redeem', { body: { token }, schema: Redeemed, expectUnauthorised: true })
