import { SignInOptions } from './contract'
import { request } from './request'

export const fetchSignInOptions = () => request('GET', '/api/session/options', { schema: SignInOptions })

/** A whole-page navigation: the server sends the browser on to the council's identity provider. */
export const councilSignInAddress = (returnTo: string) => `/api/oidc/start?returnTo=${encodeURIComponent(returnTo)}`
