import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ConfigError, loadConfig } from '../../server/config.js'
import { createCouncilAccount } from '../../server/auth/oidc-accounts.js'
import { safeReturnPath } from '../../server/http/routes/oidc.js'
import type { UserRow } from '../../server/store/store.js'
import { signInAtProvider, startTestProvider, TestBrowser, type Answer, type TestProvider } from '../support/council-provider.js'
import { ApiClient } from '../support/http-client.js'
import { startTestKinmap, type TestKinmap } from '../support/kinmap-server.js'
import { PASSWORD, signedInStaff } from '../support/staff.js'

describe('council sign-in with OpenID Connect', () => {
  let provider: TestProvider
  let server: TestKinmap
  /** Kinmap as people reach it (http://localhost:<port>): the address registered at the provider. */
  let kinmap: string
  let priya: UserRow
  let sam: UserRow

  beforeAll(async () => {
    provider = await startTestProvider()
    server = await startTestKinmap({
      oidc: {
        issuer: provider.issuer,
        clientId: provider.clientId,
        clientSecret: provider.clientSecret,
        label: 'Sign in with Westshire Council',
        scopes: 'openid email',
      },
    })
    kinmap = server.kinmap.publicUrl
    provider.registerClient(`${kinmap}/api/oidc/callback`)
    // Made by an administrator beforehand, with no password: council sign-in only.
    priya = (await createCouncilAccount(server.kinmap.store, { email: 'priya.shah@westshire.example', name: 'Priya Shah' }, false))!
    sam = (await createCouncilAccount(server.kinmap.store, { email: 'sam.okafor@westshire.example', name: 'Sam Okafor' }, false))!
    provider.people.set('entra-priya', { email: 'Priya.Shah@westshire.example' })
    provider.people.set('entra-sam', { email: 'sam.okafor@westshire.example' })
  })
  afterAll(async () => {
    await server?.close()
    await provider?.close()
  })

  const trail = () => server.kinmap.store.audit.list({ limit: 1000 })

  /** Kinmap's start: its flow cookie, and the provider's address to go to. */
  async function start(browser: TestBrowser, returnTo = '/maps/abc') {
    const answer = await browser.get(`${kinmap}/api/oidc/start?returnTo=${encodeURIComponent(returnTo)}`)
    expect(answer.status).toBe(303)
    return answer
  }

  /** The whole flow up to the provider sending the browser back: the callback address, not yet visited. */
  async function toCallback(browser: TestBrowser, login: string, options?: { consent?: boolean }): Promise<URL> {
    const started = await start(browser)
    const back = await signInAtProvider(browser, started.location!, login, options)
    expect(back.status).toBe(303)
    const callback = new URL(back.location!)
    expect(callback.origin + callback.pathname).toBe(`${kinmap}/api/oidc/callback`)
    return callback
  }

  const sessionCookie = (answer: Answer) => answer.setCookies.find((line) => line.startsWith('kinmap_session='))

  async function whoIs(answer: Answer) {
    const client = new ApiClient(server.url)
    client.cookie = sessionCookie(answer)!.split(';')[0]
    return client.get('/api/session')
  }

  it('tells the sign-in page about the council button', async () => {
    const options = await new ApiClient(server.url).get('/api/session/options')
    expect(options.body).toEqual({ council: { label: 'Sign in with Westshire Council' } })
  })

  it('starts the code flow with PKCE, state and nonce, keeping them on the server', async () => {
    const browser = new TestBrowser()
    const answer = await start(browser)
    const to = new URL(answer.location!)
    expect(to.origin).toBe(provider.issuer)
    expect(Object.fromEntries(to.searchParams)).toMatchObject({
      response_type: 'code',
      client_id: provider.clientId,
      redirect_uri: `${kinmap}/api/oidc/callback`,
      scope: 'openid email',
      code_challenge_method: 'S256',
    })
    for (const parameter of ['state', 'nonce', 'code_challenge']) expect(to.searchParams.get(parameter)).toMatch(/^[\w-]{20,}$/)
    // The browser holds a random token only, in a cookie that comes back on the provider's
    // cross-site redirect (Lax), to our callback only, for ten minutes.
    const flow = answer.setCookies.find((line) => line.startsWith('kinmap_oidc='))!
    expect(flow).toMatch(/HttpOnly/)
    expect(flow).toMatch(/SameSite=Lax/)
    expect(flow).toMatch(/Path=\/api\/oidc/)
    expect(flow).toMatch(/Max-Age=600/)
    for (const parameter of ['state', 'nonce']) expect(flow).not.toContain(to.searchParams.get(parameter))
  })

  it('signs in a person whose account an administrator made, links it, and gives them a session', async () => {
    const browser = new TestBrowser()
    const callback = await toCallback(browser, 'entra-priya')
    const answer = await browser.get(callback)
    expect(answer.status).toBe(200)
    // A same-site page that moves on by itself, so the Strict session cookie goes with what follows.
    expect(answer.text).toContain('<meta http-equiv="refresh" content="0;url=/maps/abc">')
    const cookie = sessionCookie(answer)!
    expect(cookie).toMatch(/HttpOnly/)
    expect(cookie).toMatch(/SameSite=Strict/)
    expect(answer.setCookies.some((line) => /^kinmap_oidc=;/.test(line))).toBe(true)

    const session = await whoIs(answer)
    expect(session.status).toBe(200)
    expect(session.body.user).toMatchObject({ id: priya.id, email: 'priya.shah@westshire.example' })
    expect(await server.kinmap.store.accounts.findByIdentity(provider.issuer, 'entra-priya')).toMatchObject({ id: priya.id })
    expect((await trail())[0]).toMatchObject({ event: 'sign-in', actorUserId: priya.id, detail: { method: 'oidc' } })
  })

  it('finds the account by the identity, never by the email the provider now gives', async () => {
    // The council renames Priya's mailbox to Sam's address: she is still Priya in Kinmap.
    provider.people.set('entra-priya', { email: 'sam.okafor@westshire.example' })
    try {
      const browser = new TestBrowser()
      const answer = await browser.get(await toCallback(browser, 'entra-priya'))
      expect((await whoIs(answer)).body.user.id).toBe(priya.id)
    } finally {
      provider.people.set('entra-priya', { email: 'priya.shah@westshire.example' })
    }
  })

  it('refuses a person nobody made an account for, on a clear page, and records it', async () => {
    provider.people.set('entra-stranger', { email: 'stranger@westshire.example' })
    const accounts = await server.kinmap.store.accounts.count()
    const browser = new TestBrowser()
    const answer = await browser.get(await toCallback(browser, 'entra-stranger'))
    expect(answer.status).toBe(303)
    expect(answer.location).toBe(`${kinmap}/sign-in?council=not-recognised`)
    expect(sessionCookie(answer)).toBeUndefined()
    expect(await server.kinmap.store.accounts.count()).toBe(accounts)
    expect(await server.kinmap.store.accounts.findByIdentity(provider.issuer, 'entra-stranger')).toBeNull()
    expect((await trail())[0]).toMatchObject({ event: 'sign-in-failed', actorUserId: null, detail: { reason: 'provider-refused' } })
  })

  it('does not link by an address the provider says it has not checked', async () => {
    provider.people.set('entra-unchecked', { email: 'sam.okafor@westshire.example', emailVerified: false })
    const browser = new TestBrowser()
    const answer = await browser.get(await toCallback(browser, 'entra-unchecked'))
    expect(answer.location).toBe(`${kinmap}/sign-in?council=not-recognised`)
    expect(await server.kinmap.store.accounts.findByIdentity(provider.issuer, 'entra-unchecked')).toBeNull()
  })

  it('refuses an answer whose state was tampered with, and that flow cannot be finished afterwards', async () => {
    const browser = new TestBrowser()
    const callback = await toCallback(browser, 'entra-sam')
    const tampered = new URL(callback)
    tampered.searchParams.set('state', `${callback.searchParams.get('state')}x`)
    const before = (await trail()).length
    const answer = await browser.get(tampered)
    expect(answer.status).toBe(303)
    expect(answer.location).toBe(`${kinmap}/sign-in?council=failed`)
    expect(sessionCookie(answer)).toBeUndefined()
    const events = await trail()
    expect(events.length).toBe(before + 1)
    expect(events[0]).toMatchObject({ event: 'sign-in-failed', detail: { reason: 'provider-refused' } })
    // The real answer, now: the flow was spent on the forged one.
    const real = await browser.get(callback)
    expect(real.location).toBe(`${kinmap}/sign-in?council=expired`)
    expect(sessionCookie(real)).toBeUndefined()
  })

  it("will not finish one person's sign-in in another person's browser", async () => {
    // Sam's answer (code and state) lands in a browser that started its own flow: refused.
    const samsBrowser = new TestBrowser()
    const samsCallback = await toCallback(samsBrowser, 'entra-sam')
    const otherBrowser = new TestBrowser()
    await start(otherBrowser)
    const answer = await otherBrowser.get(samsCallback)
    expect(answer.location).toBe(`${kinmap}/sign-in?council=failed`)
    expect(sessionCookie(answer)).toBeUndefined()
    // And in a browser that started nothing at all.
    const bare = await new TestBrowser().get(samsCallback)
    expect(bare.location).toBe(`${kinmap}/sign-in?council=expired`)
    expect(sessionCookie(bare)).toBeUndefined()
  })

  it("will not let a second identity with the same email take over a linked account", async () => {
    // Someone else at the provider is given Priya's address after Priya linked her account.
    provider.people.set('entra-impostor', { email: 'priya.shah@westshire.example' })
    const browser = new TestBrowser()
    const answer = await browser.get(await toCallback(browser, 'entra-impostor'))
    expect(answer.location).toBe(`${kinmap}/sign-in?council=already-linked`)
    expect(sessionCookie(answer)).toBeUndefined()
    expect(await server.kinmap.store.accounts.findByIdentity(provider.issuer, 'entra-impostor')).toBeNull()
    expect((await trail())[0]).toMatchObject({ event: 'sign-in-failed', actorUserId: priya.id, detail: { reason: 'provider-refused' } })
  })

  it('ends a declined consent on the sign-in page with its reason', async () => {
    provider.people.set('entra-declines', { email: sam.email })
    const browser = new TestBrowser()
    const answer = await browser.get(await toCallback(browser, 'entra-declines', { consent: false }))
    expect(answer.location).toBe(`${kinmap}/sign-in?council=cancelled`)
    expect(sessionCookie(answer)).toBeUndefined()
    expect(await server.kinmap.store.accounts.findByIdentity(provider.issuer, 'entra-declines')).toBeNull()
  })

  it('never lets a password sign in to an account that has none', async () => {
    const client = new ApiClient(server.url)
    for (const password of ['', ' ', PASSWORD]) {
      expect((await client.signIn('sam.okafor@westshire.example', password)).status).toBe(401)
    }
    expect((await trail())[0]).toMatchObject({ event: 'sign-in-failed', actorUserId: sam.id, detail: { reason: 'wrong-password' } })
  })

  it('goes back only to pages of Kinmap', () => {
    expect(safeReturnPath('/maps/abc/columns')).toBe('/maps/abc/columns')
    for (const bad of ['//evil.example/x', '/\\evil.example', 'https://evil.example', '/maps/"><script>', 'maps', '', undefined, ['/']]) {
      expect(safeReturnPath(bad)).toBe('/')
    }
  })
})

describe('council sign-in, when it is not there', () => {
  it('offers no council button and has no council routes when not configured', async () => {
    const server = await startTestKinmap()
    try {
      const client = new ApiClient(server.url)
      expect((await client.get('/api/session/options')).body).toEqual({ council: null })
      expect((await client.get('/api/oidc/start')).status).toBe(404)
      expect((await client.get('/api/oidc/callback?code=x&state=y')).status).toBe(404)
      // Password sign-in is unchanged.
      const staff = await signedInStaff(server)
      expect((await staff.client.get('/api/session')).status).toBe(200)
    } finally {
      await server.close()
    }
  })

  it('says the provider cannot be reached when it cannot, and keeps trying afterwards', async () => {
    const provider = await startTestProvider()
    const issuer = provider.issuer
    await provider.close() // nothing listens there now
    const server = await startTestKinmap({ oidc: { issuer, clientId: 'kinmap', clientSecret: 'secret', label: 'Council', scopes: 'openid' } })
    try {
      const answer = await new TestBrowser().get(`${server.kinmap.publicUrl}/api/oidc/start`)
      expect(answer.status).toBe(303)
      expect(answer.location).toBe(`${server.kinmap.publicUrl}/sign-in?council=unavailable`)
      expect(answer.setCookies.some((line) => line.startsWith('kinmap_oidc='))).toBe(false)
    } finally {
      await server.close()
    }
  })
})

describe('council sign-in configuration', () => {
  const base = { KINMAP_OIDC_ISSUER: 'https://login.microsoftonline.com/00000000-0000-0000-0000-000000000000/v2.0', KINMAP_OIDC_CLIENT_ID: 'kinmap', KINMAP_OIDC_CLIENT_SECRET: 's3cret' }
  const problems = (env: Record<string, string>) => {
    try {
      loadConfig(env)
    } catch (error) {
      if (error instanceof ConfigError) return error.problems
      throw error
    }
    return []
  }

  it('is off unless configured, and reads the issuer, client and words from the environment', () => {
    expect(loadConfig({}).oidc).toBeNull()
    expect(loadConfig(base).oidc).toEqual({
      issuer: base.KINMAP_OIDC_ISSUER,
      clientId: 'kinmap',
      clientSecret: 's3cret',
      label: 'Sign in with your council account',
      scopes: 'openid email profile',
    })
    expect(loadConfig({ ...base, KINMAP_OIDC_NAME: 'Sign in with Westshire Council', KINMAP_OIDC_SCOPES: 'openid email' }).oidc).toMatchObject({
      label: 'Sign in with Westshire Council',
      scopes: 'openid email',
    })
  })

  it('names what is missing or wrong, and never prints the secret', () => {
    expect(problems({ KINMAP_OIDC_ISSUER: base.KINMAP_OIDC_ISSUER })).toEqual([
      'KINMAP_OIDC_CLIENT_ID must be set when KINMAP_OIDC_ISSUER is',
      'KINMAP_OIDC_CLIENT_SECRET must be set when KINMAP_OIDC_ISSUER is',
    ])
    expect(problems({ KINMAP_OIDC_CLIENT_SECRET: 's3cret' })).toEqual(['KINMAP_OIDC_CLIENT_SECRET is set but KINMAP_OIDC_ISSUER is not: set both, or neither'])
    expect(problems({ ...base, KINMAP_OIDC_ISSUER: 'http://login.example.org' })).toEqual([
      'KINMAP_OIDC_ISSUER must be an https:// address (plain http is allowed only on this machine, for testing)',
    ])
    expect(problems({ ...base, KINMAP_OIDC_SCOPES: 'email profile' })).toEqual(['KINMAP_OIDC_SCOPES must include openid'])
    expect(problems({ ...base, KINMAP_OIDC_ISSUER: 'not a url' }).join()).not.toContain('s3cret')
  })
})
