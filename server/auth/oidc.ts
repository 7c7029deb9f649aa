import * as oidc from 'openid-client'
import type { OidcSettings } from '../config.js'
import type { Logger } from '../log.js'
import { Email } from './accounts.js'
import { PendingFlows } from './oidc-flows.js'

/**
 * Council sign-in with OpenID Connect: the authorization code flow with PKCE, state and nonce,
 * through `openid-client`. This module speaks to the provider; which Kinmap account a provider's
 * person is (and whether they get one) is `oidc-accounts.ts`'s business; the routes are in
 * `http/routes/oidc.ts`.
 */

/** Why a council sign-in did not end in a session: each has its own words on the sign-in page. */
export const COUNCIL_PROBLEMS = ['cancelled', 'expired', 'failed', 'unavailable', 'not-recognised', 'already-linked'] as const
export type CouncilProblem = (typeof COUNCIL_PROBLEMS)[number]

export class CouncilSignInProblem extends Error {
  constructor(readonly problem: CouncilProblem) {
    super(`council sign-in: ${problem}`)
  }
}

/** The email address the provider vouches for; `verified` is null when it does not say. */
export interface VouchedEmail {
  address: string
  verified: boolean | null
}

/** A person the provider has signed in, for this flow. */
export interface CouncilIdentity {
  issuer: string
  subject: string
  /** The page they were on their way to. */
  returnTo: string
  /** Asked only when an account is first linked: from the ID token, or the provider's userinfo. */
  email(): Promise<VouchedEmail | null>
}

export const CALLBACK_PATH = '/api/oidc/callback'

export class CouncilSignIn {
  readonly flows: PendingFlows
  private discovered: Promise<oidc.Configuration> | null = null

  constructor(
    private readonly settings: OidcSettings,
    private readonly origin: () => string,
    private readonly log: Logger,
    now: () => number = Date.now,
  ) {
    this.flows = new PendingFlows(now)
  }

  get label(): string {
    return this.settings.label
  }

  /** What Kinmap's registration at the provider must list as its redirect URI. */
  redirectUri(): string {
    return `${this.origin()}${CALLBACK_PATH}`
  }

  /** Starts a flow: the provider's address to send the browser to, and the token for its cookie. */
  async begin(returnTo: string): Promise<{ redirectTo: URL; flowToken: string }> {
    const config = await this.configuration()
    const codeVerifier = oidc.randomPKCECodeVerifier()
    const state = oidc.randomState()
    const nonce = oidc.randomNonce()
    const redirectTo = oidc.buildAuthorizationUrl(config, {
      redirect_uri: this.redirectUri(),
      scope: this.settings.scopes,
      code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: 'S256',
      state,
      nonce,
    })
    return { redirectTo, flowToken: this.flows.add({ state, nonce, codeVerifier, returnTo }) }
  }

  /**
   * Finishes the flow the browser's cookie names, with the provider's answer in `currentUrl`:
   * state, PKCE, nonce, the ID token's signature, issuer, audience and times are all checked by
   * openid-client. Throws a CouncilSignInProblem for anything short of a signed-in person.
   */
  async finish(flowToken: string | undefined, currentUrl: URL): Promise<CouncilIdentity> {
    const flow = this.flows.take(flowToken)
    if (!flow) throw new CouncilSignInProblem('expired')
    const config = await this.configuration()
    let tokens: Awaited<ReturnType<typeof oidc.authorizationCodeGrant>>
    try {
      tokens = await oidc.authorizationCodeGrant(config, currentUrl, {
        pkceCodeVerifier: flow.codeVerifier,
        expectedState: flow.state,
        expectedNonce: flow.nonce,
        idTokenExpected: true,
      })
    } catch (error) {
      // The state is checked before the provider's error: a "denied" with a forged state is a failure.
      if (error instanceof oidc.AuthorizationResponseError && error.error === 'access_denied') throw new CouncilSignInProblem('cancelled')
      this.log.warn({ err: describe(error) }, 'council sign-in answer refused')
      throw new CouncilSignInProblem('failed')
    }
    const claims = tokens.claims()!
    return {
      issuer: claims.iss,
      subject: claims.sub,
      returnTo: flow.returnTo,
      email: async () => vouchedEmail(claims) ?? (await this.userinfoEmail(config, tokens.access_token, claims.sub)),
    }
  }

  /** Providers that keep the ID token small (oidc-provider, some ADFS set-ups) give the email here. */
  private async userinfoEmail(config: oidc.Configuration, accessToken: string, subject: string): Promise<VouchedEmail | null> {
    if (!config.serverMetadata().userinfo_endpoint) return null
    try {
      return vouchedEmail(await oidc.fetchUserInfo(config, accessToken, subject))
    } catch (error) {
      this.log.warn({ err: describe(error) }, 'council userinfo not read')
      return null
    }
  }

  /**
   * The provider's metadata, read on first use and kept; a failure is forgotten so the next
   * attempt tries again (Kinmap starts, and password sign-in works, while the provider is down).
   */
  private configuration(): Promise<oidc.Configuration> {
    this.discovered ??= this.discover().catch((error) => {
      this.discovered = null
      this.log.error({ err: describe(error) }, 'council identity provider not reachable')
      throw new CouncilSignInProblem('unavailable')
    })
    return this.discovered
  }

  private async discover(): Promise<oidc.Configuration> {
    const issuer = new URL(this.settings.issuer)
    const config = await oidc.discovery(
      issuer,
      this.settings.clientId,
      { client_secret: this.settings.clientSecret },
      oidc.ClientSecretPost(this.settings.clientSecret),
      // Plain http only reaches a provider on this machine (config.ts refuses any other).
      { execute: issuer.protocol === 'http:' ? [oidc.allowInsecureRequests] : [], timeout: 10 },
    )
    // Entra ID's "common" or "organizations" endpoints let anyone with any Microsoft tenant sign
    // in, and a tenant's owner can give its people any email address: never link by that.
    if (config.serverMetadata().issuer.includes('{tenantid}')) {
      throw new Error("KINMAP_OIDC_ISSUER must be the council's own tenant (https://login.microsoftonline.com/<tenant id>/v2.0)")
    }
    return config
  }
}

function vouchedEmail(claims: Record<string, unknown>): VouchedEmail | null {
  const parsed = Email.safeParse(claims.email)
  if (!parsed.success) return null
  return { address: parsed.data, verified: typeof claims.email_verified === 'boolean' ? claims.email_verified : null }
}

/** What a log may say about a failure: the library's own words and code, nothing the person typed. */
function describe(error: unknown) {
  if (!(error instanceof Error)) return { message: String(error) }
  return {
    name: error.name,
    message: error.message,
    code: (error as { code?: unknown }).code,
    ...(error instanceof oidc.AuthorizationResponseError ? { error: error.error } : {}),
  }
}
