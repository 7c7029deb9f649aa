import http from 'node:http'
import type { AddressInfo } from 'node:net'
import Provider from 'oidc-provider'

/** A person at the council's identity provider: its subject is the login typed at its form. */
export interface CouncilPerson {
  email: string
  emailVerified?: boolean
}

export interface TestProvider {
  issuer: string
  clientId: string
  clientSecret: string
  /** The provider's people by login (the subject); change them between sign-ins as a council would. */
  people: Map<string, CouncilPerson>
  /** Registers Kinmap's callback, once Kinmap knows its own address. */
  registerClient(redirectUri: string): void
  close(): Promise<void>
}

/**
 * A real OpenID Connect provider (panva's oidc-provider) on a port of its own, standing in for the
 * council's Microsoft Entra ID: authorization code flow, PKCE, its own login and consent pages
 * (devInteractions), and email claims handed out through userinfo, as a strict provider does.
 * The HTTP server listens first so Kinmap can be configured with the issuer; the provider itself
 * is made when Kinmap's callback address is known.
 */
export async function startTestProvider(): Promise<TestProvider> {
  let handler: http.RequestListener | null = null
  const server = http.createServer((request, response) => {
    if (handler) return handler(request, response)
    response.writeHead(503).end()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  const people = new Map<string, CouncilPerson>()
  const clientId = 'kinmap-test'
  const clientSecret = 'a test secret, never a real one'

  return {
    issuer,
    clientId,
    clientSecret,
    people,
    registerClient(redirectUri) {
      const provider = new Provider(issuer, {
        clients: [
          {
            client_id: clientId,
            client_secret: clientSecret,
            redirect_uris: [redirectUri],
            response_types: ['code'],
            grant_types: ['authorization_code'],
            token_endpoint_auth_method: 'client_secret_post',
          },
        ],
        claims: { openid: ['sub'], email: ['email', 'email_verified'] },
        cookies: { keys: ['a test cookie key'] },
        features: { devInteractions: { enabled: true } },
        pkce: { required: () => true },
        ttl: { Interaction: 600, Session: 3600, Grant: 3600, AccessToken: 600, IdToken: 600, AuthorizationCode: 60 },
        async findAccount(_ctx, accountId) {
          const person = people.get(accountId)
          if (!person) return undefined
          return {
            accountId,
            claims: async () => ({ sub: accountId, email: person.email, email_verified: person.emailVerified ?? true }),
          }
        },
      })
      handler = provider.callback()
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

export interface Answer {
  status: number
  location: string | null
  setCookies: string[]
  text: string
  url: URL
}

/**
 * A browser as far as redirects and cookies go: one cookie jar per host and port (so Kinmap's
 * cookies never reach the provider), redirects followed by hand so a test can stop at any step,
 * `localhost` dialled as 127.0.0.1 (where the test servers listen).
 */
export class TestBrowser {
  private readonly jars = new Map<string, Map<string, string>>()

  cookie(url: string | URL, name: string): string | undefined {
    return this.jar(new URL(url)).get(name)
  }

  cookieHeader(url: string | URL): string | null {
    const jar = this.jar(new URL(url))
    return jar.size ? [...jar].map(([name, value]) => `${name}=${value}`).join('; ') : null
  }

  async request(method: 'GET' | 'POST', target: string | URL, form?: Record<string, string>): Promise<Answer> {
    const url = new URL(target)
    const body = form ? new URLSearchParams(form).toString() : undefined
    const headers: Record<string, string> = {}
    const cookie = this.cookieHeader(url)
    if (cookie) headers.cookie = cookie
    if (body) headers['content-type'] = 'application/x-www-form-urlencoded'
    const answer = await new Promise<Answer>((resolve, reject) => {
      const request = http.request(
        { host: url.hostname === 'localhost' ? '127.0.0.1' : url.hostname, port: url.port, path: url.pathname + url.search, method, headers: { ...headers, host: url.host }, agent: false },
        (response) => {
          let text = ''
          response.setEncoding('utf8')
          response.on('data', (chunk: string) => (text += chunk))
          response.on('end', () => {
            const setCookie = response.headers['set-cookie'] ?? []
            const location = response.headers.location ? new URL(response.headers.location, url).href : null
            resolve({ status: response.statusCode ?? 0, location, setCookies: setCookie, text, url })
          })
        },
      )
      request.on('error', reject)
      request.end(body)
    })
    for (const line of answer.setCookies) this.store(url, line)
    return answer
  }

  get = (url: string | URL) => this.request('GET', url)

  /** Follows redirects until an answer is not one, or `stopAt` says to stop at an address. */
  async follow(start: string | URL, stopAt: (url: URL) => boolean = () => false): Promise<Answer> {
    let answer = await this.get(start)
    for (let hops = 0; answer.location && [302, 303, 307].includes(answer.status); hops++) {
      if (hops > 20) throw new Error('too many redirects')
      if (stopAt(new URL(answer.location))) return answer
      answer = await this.get(answer.location)
    }
    return answer
  }

  private jar(url: URL) {
    let jar = this.jars.get(url.host)
    if (!jar) this.jars.set(url.host, (jar = new Map()))
    return jar
  }

  private store(url: URL, line: string) {
    const [pair, ...attributes] = line.split(';').map((part) => part.trim())
    const split = pair.indexOf('=')
    const name = pair.slice(0, split)
    const value = pair.slice(split + 1)
    const expired = attributes.some((attribute) => /^max-age=0$/i.test(attribute) || (/^expires=/i.test(attribute) && Date.parse(attribute.slice(8)) <= Date.now()))
    if (expired || value === '') this.jar(url).delete(name)
    else this.jar(url).set(name, value)
  }
}

/** Signs in at the provider's own pages as `login`, consenting, until the provider sends the browser back. */
export async function signInAtProvider(browser: TestBrowser, providerAddress: string, login: string, { consent = true } = {}): Promise<Answer> {
  const providerHost = new URL(providerAddress).host
  let answer = await browser.follow(providerAddress, (url) => url.host !== providerHost)
  for (let step = 0; step < 6; step++) {
    if (answer.status !== 200) return answer
    const form = /<form[^>]*action="([^"]+)"[^>]*>[\s\S]*?name="prompt" value="(login|consent)"/.exec(answer.text)
    if (!form) throw new Error(`unexpected page at the provider:\n${answer.text.slice(0, 500)}`)
    const action = new URL(form[1].replaceAll('&amp;', '&'), answer.url)
    if (form[2] === 'login') {
      answer = await browser.request('POST', action, { prompt: 'login', login, password: 'anything' })
    } else if (consent) {
      answer = await browser.request('POST', action, { prompt: 'consent' })
    } else {
      answer = await browser.get(new URL(`${action.pathname}/abort`, action))
    }
    while (answer.location && answer.status >= 300 && answer.status < 400 && new URL(answer.location).host === action.host) {
      answer = await browser.get(answer.location)
    }
  }
  return answer
}
