import { request } from './request'
import { Session, SetupDone, SetupNeeded } from './contract'

export const fetchSession = () => request('GET', '/api/session', { schema: Session, expectUnauthorised: true })

export const signIn = (email: string, password: string) =>
  request('POST', '/api/session', { body: { email, password }, schema: Session, expectUnauthorised: true })

export const signOut = () => request('DELETE', '/api/session')

export const fetchSetupNeeded = () => request('GET', '/api/setup', { schema: SetupNeeded })

export const completeSetup = (setup: { token: string; name: string; email: string; password: string }) =>
  request('POST', '/api/setup', { body: setup, schema: SetupDone })
